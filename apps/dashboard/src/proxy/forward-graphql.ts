import { announcedTooLarge, capBody, GRAPHQL_MAX_BODY_BYTES, tooLargeResponse } from './capped-body';
import { streamUpstream } from './stream-upstream';

/**
 * Request headers passed on to the server. The content type and Apollo's preflight header
 * travel unchanged so the server's CSRF prevention judges the browser's own request;
 * cookies and the host do not.
 */
export const FORWARDED_HEADERS = [
  'accept',
  'apollo-require-preflight',
  'authorization',
  'content-type',
  'x-apollo-operation-name',
] as const;

/**
 * The named request headers, with the server's API token added when the request carries none
 * (a caller's own Authorization header, a tool's, passes unchanged).
 */
export function forwardedHeaders(
  request: Request,
  names: readonly string[],
  apiToken: string | undefined,
): Headers {
  const headers = new Headers();
  for (const name of names) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (apiToken !== undefined && !headers.has('authorization'))
    headers.set('authorization', `Bearer ${apiToken}`);
  return headers;
}

/** Response headers passed back to the browser. */
const RETURNED_HEADERS = ['content-type', 'cache-control'] as const;

/**
 * Forward one GraphQL request (GET with the query in the URL, or POST with a body) to the
 * server, so that the browser talks to a single origin. An unreachable server becomes a
 * GraphQL-shaped 502 the page can show. The body is streamed through with a byte cap (413 as
 * soon as it is passed) and the answer streamed back: nothing is held whole here. `apiToken`
 * is added to a request that carries no Authorization header; the route passes it only for a
 * logged-in session, so without one the server itself refuses mutations (UNAUTHENTICATED)
 * while queries still work. The server's CSRF prevention judges the browser's own headers.
 */
export async function forwardGraphQL(
  request: Request,
  upstream: string,
  fetchImpl: typeof fetch = fetch,
  apiToken?: string,
  cap: number = GRAPHQL_MAX_BODY_BYTES,
): Promise<Response> {
  const target = new URL(upstream);
  target.search = new URL(request.url).search;
  const headers = forwardedHeaders(request, FORWARDED_HEADERS, apiToken);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  if (hasBody && announcedTooLarge(request, cap)) return tooLargeResponse(cap);
  const body = hasBody && request.body !== null ? capBody(request.body, cap) : undefined;
  return streamUpstream(
    {
      url: target,
      method: request.method,
      headers,
      body,
      cap,
      returnedHeaders: RETURNED_HEADERS,
      unreachable: (reason) =>
        Response.json(
          { errors: [{ message: `the Transferlab server at ${upstream} is not reachable (${reason})` }] },
          { status: 502 },
        ),
    },
    fetchImpl,
  );
}
