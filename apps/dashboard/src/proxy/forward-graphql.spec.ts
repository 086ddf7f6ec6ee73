import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardGraphQL } from './forward-graphql';
import { graphqlUpstream } from './upstream';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// A real HTTP server standing in for the GraphQL server: it records what arrives.
let server: Server;
let upstream: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.headers['content-type'] === 'application/json' ? 200 : 400, {
        'content-type': 'application/json; charset=utf-8',
        'set-cookie': 'upstream=1',
      });
      res.end(JSON.stringify({ data: { echo: body } }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  upstream = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});

describe('forwardGraphQL', () => {
  it('passes a POST body, the content type and Apollo headers, but no cookies', async () => {
    const body = JSON.stringify({ query: '{ system { version } }' });
    const request = new Request('http://dashboard.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: 'session=secret',
        'x-apollo-operation-name': 'System',
      },
      body,
    });
    const response = await forwardGraphQL(request, upstream);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { echo: body } });
    expect(response.headers.get('set-cookie')).toBeNull();
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/graphql', body });
    expect(last.headers['x-apollo-operation-name']).toBe('System');
    expect(last.headers.cookie).toBeUndefined();
  });

  it('adds the token it is given (a logged-in session) when the request has none, and keeps one the request brings', async () => {
    const post = (headers: Record<string, string>): Request =>
      new Request('http://dashboard.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    await forwardGraphQL(post({}), upstream, fetch, 'server-token-0123456789');
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer server-token-0123456789');
    await forwardGraphQL(
      post({ authorization: 'Bearer own-token' }),
      upstream,
      fetch,
      'server-token-0123456789',
    );
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer own-token');
    await forwardGraphQL(post({}), upstream);
    expect(seen.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('passes a GET query string and keeps a refused status', async () => {
    const request = new Request('http://dashboard.test/graphql?query=%7Bsystem%7Bversion%7D%7D', {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const response = await forwardGraphQL(request, upstream);
    expect(response.status).toBe(400);
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/graphql?query=%7Bsystem%7Bversion%7D%7D' });
    expect(seen.at(-1)!.headers['apollo-require-preflight']).toBe('true');
  });

  it('answers 413 for an announced body over the cap without reading it or calling the server', async () => {
    const before = seen.length;
    const response = await forwardGraphQL(
      new Request('http://dashboard.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
        body: new Uint8Array(16),
      }),
      upstream,
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ message: expect.stringMatching(/1048576 bytes/) as string }],
    });
    expect(seen.length).toBe(before);
  });

  it('streams an unannounced 300 MB body and answers 413 once 1 MiB has passed, having read little more', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(32);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(c) {
          if (pulled >= 300 * 1024 * 1024) return c.close();
          pulled += chunk.byteLength;
          c.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request('http://dashboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await forwardGraphQL(request, upstream);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1024 * 1024 + chunk.byteLength);
  });

  it('answers 502 with a GraphQL error when the server is down', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    const port = (probe.address() as { port: number }).port;
    await new Promise((ok) => probe.close(ok));
    const down = `http://127.0.0.1:${port}/graphql`;
    const response = await forwardGraphQL(
      new Request('http://dashboard.test/graphql', { method: 'POST', body: '{}' }),
      down,
    );
    expect(response.status).toBe(502);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(
      new RegExp(`^the Transferlab server at ${down} is not reachable \\(.*ECONNREFUSED`),
    );
  });
});

describe('graphqlUpstream', () => {
  it('connects to loopback when the server listens on every interface', () => {
    expect(graphqlUpstream({ host: '127.0.0.1', serverPort: 4000 })).toBe('http://127.0.0.1:4000/graphql');
    expect(graphqlUpstream({ host: '0.0.0.0', serverPort: 4001 })).toBe('http://127.0.0.1:4001/graphql');
    expect(graphqlUpstream({ host: '::', serverPort: 4002 })).toBe('http://[::1]:4002/graphql');
  });
});
