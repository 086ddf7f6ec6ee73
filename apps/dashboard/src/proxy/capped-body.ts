/** Largest GraphQL request body the proxy passes on (the sdk's configuration has no variable for it). */
export const GRAPHQL_MAX_BODY_BYTES = 1024 * 1024;

/** Raised inside a capped body once more than the cap has passed through. */
export class BodyTooLargeError extends Error {
  constructor(readonly cap: number) {
    super(`the request body is larger than ${cap} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** True when the request announces more than `cap` bytes: refused before a byte is read. */
export function announcedTooLarge(request: Request, cap: number): boolean {
  const length = Number(request.headers.get('content-length') ?? NaN);
  return Number.isFinite(length) && length > cap;
}

export interface CappedBody {
  readonly stream: ReadableStream<Uint8Array>;
  /** True once the cap was passed (the fetch that read the stream then fails, however it words it). */
  exceeded(): boolean;
}

/**
 * The body, passed through chunk by chunk (pulled only as fast as the reader takes it, so at
 * most a chunk or two is held here), erroring with BodyTooLargeError as soon as more than
 * `cap` bytes have passed, whatever the request announced. The error cancels the source,
 * which stops reading the client's upload.
 */
export function capBody(body: ReadableStream<Uint8Array>, cap: number): CappedBody {
  const reader = body.getReader();
  let total = 0;
  let exceeded = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        total += value.byteLength;
        if (total > cap) {
          exceeded = true;
          const error = new BodyTooLargeError(cap);
          controller.error(error);
          await reader.cancel(error).catch(() => undefined);
          return;
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    // No read-ahead: a chunk is pulled from the client only when the upstream asks for one.
    { highWaterMark: 0 },
  );
  return { stream, exceeded: () => exceeded };
}

/** The 413 answer, with a `message` (upload callers) and GraphQL-shaped `errors` (Apollo). */
export function tooLargeResponse(cap: number): Response {
  const message = `the request body is larger than the dashboard accepts (${cap} bytes)`;
  return Response.json({ statusCode: 413, message, errors: [{ message }] }, { status: 413 });
}
