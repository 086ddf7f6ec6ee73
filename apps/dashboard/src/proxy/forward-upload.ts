import { forwardedHeaders } from './forward-graphql';
/** Request headers an upload carries to the server: the body's type and size, and a caller's own token. */
const FORWARDED_HEADERS = ['authorization', 'content-length', 'content-type'] as const;

/**
 * Forward a model upload (the .onnx file as the raw body) to the server's POST /models/upload,
 * streaming the body through (never buffered here), with the server's API token added when the
 * request carries none, as the GraphQL proxy does for mutations. A request another site makes
 * (`sec-fetch-site: cross-site`) is refused: the token must not upload on a stranger's behalf
 * (the server also takes only application/octet-stream bodies, which a plain form cannot send).
 * The server's answer (`{ uploadId, sha256, bytes }`, or `{ statusCode, message, reason }`)
 * comes back as it is; an unreachable server is a 502 in the same shape.
 */
export async function forwardUpload(
  request: Request,
  uploadUrl: string,
  fetchImpl: typeof fetch = fetch,
  apiToken?: string,
): Promise<Response> {
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return Response.json(
      { statusCode: 403, message: "model uploads are accepted from the dashboard's own pages only" },
      { status: 403 },
    );
  }
  const headers = forwardedHeaders(request, FORWARDED_HEADERS, apiToken);
  let response: Response;
  try {
    response = await fetchImpl(uploadUrl, {
      method: 'POST',
      headers,
      body: request.body,
      redirect: 'manual',
      // A streamed request body (Node's fetch needs to be told).
      duplex: 'half',
    } as RequestInit);
  } catch (e) {
    const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    return Response.json(
      { statusCode: 502, message: `the Transferlab server at ${uploadUrl} is not reachable (${reason})` },
      { status: 502 },
    );
  }
  const out = new Headers();
  const type = response.headers.get('content-type');
  if (type !== null) out.set('content-type', type);
  return new Response(response.body, { status: response.status, headers: out });
}
