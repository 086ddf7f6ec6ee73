import { tooLargeResponse, type CappedBody } from './capped-body';

export interface UpstreamRequest {
  readonly url: string | URL;
  readonly method: string;
  readonly headers: Headers;
  /** The request body with its cap (none for GET/HEAD or an empty body). */
  readonly body: CappedBody | undefined;
  readonly cap: number;
  /** Response headers passed back to the browser. */
  readonly returnedHeaders: readonly string[];
  /** The answer when the server cannot be reached, in the route's own shape. */
  unreachable(reason: string): Response;
}

/**
 * Sends a request to the server with its body streamed through the cap and streams the answer
 * back: a body that passed the cap is a 413 (whether the server had answered or not), an
 * unreachable server the route's own 502.
 */
export async function streamUpstream(r: UpstreamRequest, fetchImpl: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(r.url, {
      method: r.method,
      headers: r.headers,
      body: r.body?.stream,
      redirect: 'manual',
      // A streamed request body (Node's fetch needs to be told).
      duplex: 'half',
    } as RequestInit);
  } catch (e) {
    if (r.body?.exceeded()) return tooLargeResponse(r.cap);
    return r.unreachable(
      e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e),
    );
  }
  if (r.body?.exceeded()) {
    await response.body?.cancel();
    return tooLargeResponse(r.cap);
  }
  const out = new Headers();
  for (const name of r.returnedHeaders) {
    const value = response.headers.get(name);
    if (value !== null) out.set(name, value);
  }
  return new Response(response.body, { status: response.status, headers: out });
}
