import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  readonly status: number;
  readonly body: string;
  /** Bytes written before the answer came. */
  readonly sent: number;
}

/**
 * A POST sent with exactly the given headers (Host and Origin included, which a browser or
 * Playwright's request context would set for us), with a body of `bytes` made on the fly in
 * 64 KiB chunks (nothing held: hundreds of MB cost the test no memory); writing stops as soon
 * as the answer arrives. `chunked: true` announces no length.
 */
export function rawPost(
  url: string,
  headers: Record<string, string>,
  body: string | { bytes: number; chunked: boolean },
): Promise<RawAnswer> {
  const target = new URL(url);
  return new Promise((ok, fail) => {
    let sent = 0;
    let answered = false;
    const lengthHeader =
      typeof body === 'string'
        ? { 'content-length': String(Buffer.byteLength(body)) }
        : body.chunked
          ? { 'transfer-encoding': 'chunked' }
          : { 'content-length': String(body.bytes) };
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { ...lengthHeader, ...headers },
      },
      (res) => {
        answered = true;
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          ok({ status: res.statusCode ?? 0, body: text, sent });
          req.destroy();
        });
      },
    );
    // A server that answers early and closes may break the pipe while we still write.
    req.on('error', (e) => {
      if (!answered) fail(e);
    });
    if (typeof body === 'string') {
      req.end(body);
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const write = (): void => {
      while (!answered && sent < body.bytes) {
        const part = Math.min(chunk.length, body.bytes - sent);
        sent += part;
        if (!req.write(part === chunk.length ? chunk : chunk.subarray(0, part)))
          return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
