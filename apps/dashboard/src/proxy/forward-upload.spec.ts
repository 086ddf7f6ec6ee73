import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardUpload } from './forward-upload';

interface Seen {
  headers: IncomingHttpHeaders;
  bytes: number;
  sha256: string;
}

// A real HTTP server standing in for POST /models/upload: it hashes what arrives.
let server: Server;
let uploadUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (c: Buffer) => {
      bytes += c.length;
      hash.update(c);
    });
    req.on('end', () => {
      const sha256 = hash.digest('hex');
      seen.push({ headers: req.headers, bytes, sha256 });
      const ok = req.headers.authorization !== undefined;
      res.writeHead(ok ? 201 : 401, {
        'content-type': 'application/json; charset=utf-8',
        'set-cookie': 'upstream=1',
      });
      res.end(
        JSON.stringify(ok ? { uploadId: 'u1', sha256, bytes } : { statusCode: 401, message: 'no token' }),
      );
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  uploadUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/models/upload`;
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});

const CAP = 1_000_000;
const file = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
const upload = (headers: Record<string, string> = {}): Request =>
  new Request('http://dashboard.test/catalog/models/upload', {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(file.byteLength),
      cookie: 'session=secret',
      ...headers,
    },
    body: file,
  });

describe('forwardUpload', () => {
  it('streams the body through with its type and size, adds the token, and returns the answer', async () => {
    const res = await forwardUpload(upload(), uploadUrl, fetch, 'dashboard-token-000001', CAP);
    expect(res.status).toBe(201);
    const sha256 = createHash('sha256').update(file).digest('hex');
    expect(await res.json()).toEqual({ uploadId: 'u1', sha256, bytes: file.byteLength });
    expect(res.headers.get('set-cookie')).toBeNull();
    const last = seen.at(-1)!;
    expect(last.headers).toMatchObject({
      authorization: 'Bearer dashboard-token-000001',
      'content-type': 'application/octet-stream',
      'content-length': String(file.byteLength),
    });
    expect(last.headers.cookie).toBeUndefined();
  });

  it("keeps a caller's own token and passes refusals through", async () => {
    await forwardUpload(
      upload({ authorization: 'Bearer own-token' }),
      uploadUrl,
      fetch,
      'dashboard-token-000001',
      CAP,
    );
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer own-token');
    const refused = await forwardUpload(upload(), uploadUrl, fetch, undefined, CAP);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ statusCode: 401, message: 'no token' });
  });

  it('answers 413 for a body over the cap, announced (before reading) or not (as soon as it is passed)', async () => {
    const before = seen.length;
    const announced = await forwardUpload(upload(), uploadUrl, fetch, 'x', file.byteLength - 1);
    expect(announced.status).toBe(413);
    expect(seen.length).toBe(before);
    // No content-length: a stream the proxy must count itself.
    const chunks = [file.subarray(0, 200_000), file.subarray(200_000)];
    const streamed = new Request('http://dashboard.test/catalog/models/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new ReadableStream<Uint8Array>({
        pull(c) {
          const next = chunks.shift();
          if (next) c.enqueue(next);
          else c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    const res = await forwardUpload(streamed, uploadUrl, fetch, 'x', 250_000);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(
      /larger than the dashboard accepts \(250000 bytes\)/,
    );
  });

  it('answers 502 with the reason when the server is not reachable', async () => {
    const res = await forwardUpload(upload(), 'http://127.0.0.1:1/models/upload', fetch, 'x', CAP);
    expect(res.status).toBe(502);
    expect(((await res.json()) as { message: string }).message).toMatch(/is not reachable/);
  });
});
