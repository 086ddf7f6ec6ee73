import { announcedTooLarge, capBody, tooLargeResponse } from './capped-body';
import { forwardedHeaders } from './forward-graphql';
import { streamUpstream } from './stream-upstream';

/** Request headers an upload carries to the server: the body's type and size, and a caller's own token. */
const FORWARDED_HEADERS = ['authorization', 'content-length', 'content-type'] as const;

/**
 * Forward a model upload (the .onnx file as the raw body) to the server's POST /models/upload,
 * streamed through with the model cap (TRANSFERLAB_MAX_MODEL_BYTES: 413 as soon as it is passed,
 * announced or not; never buffered here), with `apiToken` added when the request carries no
 * Authorization header (the route passes it only for a logged-in session, and checks the
 * request's Host and Origin first). The server's answer (`{ uploadId, sha256, bytes }`, or
 * `{ statusCode, message, reason }`) comes back as it is; an unreachable server is a 502 in the
 * same shape.
 */
export async function forwardUpload(
  request: Request,
  uploadUrl: string,
  fetchImpl: typeof fetch = fetch,
  apiToken: string | undefined,
  cap: number,
): Promise<Response> {
  if (announcedTooLarge(request, cap)) return tooLargeResponse(cap);
  const headers = forwardedHeaders(request, FORWARDED_HEADERS, apiToken);
  const body = request.body === null ? undefined : capBody(request.body, cap);
  return streamUpstream(
    {
      url: uploadUrl,
      method: 'POST',
      headers,
      body,
      cap,
      returnedHeaders: ['content-type'],
      unreachable: (reason) =>
        Response.json(
          { statusCode: 502, message: `the Transferlab server at ${uploadUrl} is not reachable (${reason})` },
          { status: 502 },
        ),
    },
    fetchImpl,
  );
}
