/**
 * The server's base URL from what a user may type: `http://host:4000`, with or without a
 * trailing slash or `/graphql` (the URL `npm start` prints). Anything but http(s) is refused.
 */
export function serverBaseUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`the server URL ${JSON.stringify(input)} is not a URL; expected e.g. http://127.0.0.1:4000`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`the server URL ${JSON.stringify(input)} must start with http:// or https://`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/graphql$/, '') + '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** A path under the server's base URL (`graphql`, `runs/<id>/trials.csv`). */
export function serverPath(base: URL, path: string): string {
  return new URL(path.replace(/^\//, ''), base).toString();
}

/** The GraphQL WebSocket URL: the HTTP one with ws(s). */
export function websocketUrl(base: URL): string {
  const url = new URL('graphql', base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
