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

/** The named request headers, with the server's API token added when the request carries none. */
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
 * GraphQL-shaped 502 the page can show. With `apiToken`, a request that carries no
 * Authorization header gets the server's token: the dashboard's own forms (start, cancel)
 * can then mutate without the browser ever holding the token; the server's CSRF prevention
 * still judges the browser's own headers.
 */
export async function forwardGraphQL(
  request: Request,
  upstream: string,
  fetchImpl: typeof fetch = fetch,
  apiToken?: string,
): Promise<Response> {
  const target = new URL(upstream);
  target.search = new URL(request.url).search;
  const headers = forwardedHeaders(request, FORWARDED_HEADERS, apiToken);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let response: Response;
  try {
    response = await fetchImpl(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
    });
  } catch (e) {
    const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    return Response.json(
      { errors: [{ message: `the Transferlab server at ${upstream} is not reachable (${reason})` }] },
      { status: 502 },
    );
  }
  const out = new Headers();
  for (const name of RETURNED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) out.set(name, value);
  }
  return new Response(await response.arrayBuffer(), { status: response.status, headers: out });
}
