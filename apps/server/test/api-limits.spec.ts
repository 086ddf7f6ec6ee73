import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATIONS_PER_CONNECTION } from '../src/graphql/websocket';
import { START } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'limits-test-token-0001';

interface WsError {
  message: string;
  extensions?: { code?: string; reason?: string };
}
interface WsResult<T> {
  data?: T | null;
  errors?: WsError[];
}

/** A graphql-ws client whose socket sends `origin` (as a browser page would) when given. */
function wsClient(url: string, options: { origin?: string; token?: string } = {}): Client {
  const { origin, token } = options;
  class OriginSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, origin !== undefined ? { headers: { origin } } : {});
    }
  }
  return createClient({
    url: url.replace('http:', 'ws:'),
    webSocketImpl: OriginSocket,
    lazy: true,
    retryAttempts: 0,
    ...(token !== undefined ? { connectionParams: { authorization: `Bearer ${token}` } } : {}),
  });
}

/** One query or mutation over the client: its result, or the errors graphql-ws sent instead. */
function execute<T>(client: Client, query: string, variables?: Record<string, unknown>): Promise<WsResult<T>> {
  return new Promise((done, fail) => {
    let result: WsResult<T> = {};
    client.subscribe<T>(
      { query, variables },
      {
        next: (r) => (result = r as WsResult<T>),
        error: (e) => (Array.isArray(e) ? done({ errors: e as WsError[] }) : fail(e instanceof Error ? e : new Error(JSON.stringify(e)))),
        complete: () => done(result),
      },
    );
  });
}

/** Opens a raw graphql-transport-ws socket with `origin`, sends connection_init; resolves with the close code or 'ack'. */
function handshake(url: string, origin: string): Promise<{ code: number | 'ack'; reason?: string }> {
  return new Promise((done, fail) => {
    const ws = new WebSocket(url.replace('http:', 'ws:'), 'graphql-transport-ws', { headers: { origin } });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (m: Buffer) => {
      if ((JSON.parse(m.toString()) as { type: string }).type === 'connection_ack') {
        ws.close();
        done({ code: 'ack' });
      }
    });
    ws.on('close', (code: number, reason: Buffer) => done({ code, reason: reason.toString() }));
    ws.on('error', fail);
  });
}

/** A selection nine `ofType` levels deep (13 in all): a real schema path past the depth limit. */
function depthBomb(): string {
  let nested = 'name';
  for (let i = 0; i < 9; i++) nested = `ofType { ${nested} }`;
  return `{ __type(name: "Run") { fields { type { ${nested} } } } }`;
}

describe('limits of the GraphQL API over the WebSocket and for inputs', { timeout: 120_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a depth bomb, a 60-alias bomb and a 1,000-field document over the WebSocket with the same messages as over HTTP', async () => {
    const aliasBomb = `{ ${Array.from({ length: 60 }, (_, i) => `r${i}: runTable(runId: "x", table: "t") { total }`).join(' ')} }`;
    // 8,000 tokens: refused by the parser's token cap before the cost rule would see its cost.
    const costBomb = `{ ${'system { version plugins { name } } '.repeat(1000)}}`;
    const client = wsClient(server.url);
    try {
      for (const query of [depthBomb(), aliasBomb, costBomb]) {
        const http = await postQuery(server.url, query);
        expect(http.status).toBe(400);
        const ws = await execute(client, query);
        expect(ws.data ?? undefined).toBeUndefined();
        expect(ws.errors?.map((e) => e.message)).toEqual(http.body.errors?.map((e) => e.message));
        expect(ws.errors?.[0]?.message).toMatch(/^Syntax Error: ((Query depth limit of 8|Aliases limit of 15) exceeded, found \d+\.|Document contains more that 1000 tokens\. Parsing aborted\.)$/);
      }
      // Within the limits, the same connection answers.
      expect(await execute(client, '{ system { version } }')).toMatchObject({ data: { system: { version: expect.any(String) } } });
    } finally {
      await client.dispose();
    }
  });

  it('refuses a page from a foreign Origin at connection_init (4403) and accepts the server, dashboard and loopback origins', async () => {
    const port = new URL(server.url).port;
    for (const origin of ['https://evil.example', `http://evil.example:${port}`, 'null', `http://127.0.0.1.evil.example:${port}`]) {
      expect(await handshake(server.url, origin)).toEqual({ code: 4403, reason: 'Forbidden' });
    }
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`, `http://localhost:${server.config.dashboardPort}`]) {
      expect(await handshake(server.url, origin)).toEqual({ code: 'ack' });
    }
    // Nothing can be read through a refused connection.
    const foreign = wsClient(server.url, { origin: 'https://evil.example' });
    await expect(execute(foreign, '{ runs { id } }')).rejects.toThrow();
    await foreign.dispose();
  });

  it(`refuses operation ${MAX_OPERATIONS_PER_CONNECTION + 1} on one connection while ${MAX_OPERATIONS_PER_CONNECTION} subscriptions are open`, async () => {
    // One long trial keeps the run going while the subscriptions are open.
    const started = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: { sources: ['natural'], ns: [10], seeds: 1, delayMs: 10_000 } } },
      TOKEN,
    );
    const id = started.body.data!.startRun.id;
    const client = wsClient(server.url);
    const query = `subscription ($id: ID!) { runProgress(id: $id) { status } }`;
    try {
      const first = (): Promise<{ dispose: () => void; event: WsResult<unknown> }> =>
        new Promise((done) => {
          const dispose = client.subscribe({ query, variables: { id } }, {
            next: (event) => done({ dispose, event: event as WsResult<unknown> }),
            error: (errors) => done({ dispose, event: { errors: errors as WsError[] } }),
            complete: () => undefined,
          });
        });
      const open = [];
      for (let i = 0; i < MAX_OPERATIONS_PER_CONNECTION; i++) open.push(await first());
      for (const s of open) expect(s.event.errors).toBeUndefined();

      const refused = await first();
      expect(refused.event.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^at most 16 operations \(subscriptions included\) may be open at once on one WebSocket connection/),
        extensions: { code: 'BAD_REQUEST', reason: 'TOO_MANY_OPERATIONS' },
      });
      // Completing one frees its place.
      open[0]!.dispose();
      const again = await first();
      expect(again.event.errors).toBeUndefined();
    } finally {
      await client.dispose();
      await postQuery(server.url, 'mutation ($id: ID!) { cancelRun(id: $id) { id } }', { id }, TOKEN);
    }
  });

  it('answers a mutation over the WebSocket UNAUTHENTICATED without the token in connectionParams, and runs it with the token', async () => {
    const mutation = 'mutation ($input: StartRunInput!) { startRun(input: $input) { id status } }';
    const variables = { input: { analysis: 'fixture-sweep', params: { sources: ['natural'], ns: [10], seeds: 1 } } };
    for (const token of [undefined, 'not-the-token-000000']) {
      const anonymous = wsClient(server.url, token !== undefined ? { token } : {});
      try {
        const result = await execute<{ startRun: { id: string } }>(anonymous, mutation, variables);
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]).toMatchObject({
          message: token === undefined ? expect.stringMatching(/needs the API token: open the WebSocket with connectionParams/) : 'the API token is not valid',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      } finally {
        await anonymous.dispose();
      }
    }
    const authorised = wsClient(server.url, { token: TOKEN });
    try {
      const result = await execute<{ startRun: { id: string; status: string } }>(authorised, mutation, variables);
      expect(result.errors).toBeUndefined();
      expect(result.data?.startRun.id).toEqual(expect.any(String));
    } finally {
      await authorised.dispose();
    }
  });

  it('refuses params nested 10,000 deep through startRun as BAD_USER_INPUT naming the argument and the cap', async () => {
    // Written out by hand: JSON.stringify of such a value overflows the test's own stack.
    const params = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: `{"query":${JSON.stringify(START)},"variables":{"input":{"analysis":"fixture-sweep","params":${params}}}}`,
    });
    const body = (await res.json()) as { errors?: WsError[] };
    expect(res.status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$input" got invalid value .* at "input\.params"; JSON nested deeper than 32 levels/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a literal nested 10,000 deep in the document itself, over HTTP and the WebSocket, by its token count', async () => {
    // Inline, the nesting reaches graphql-js's recursive parser, not the JSON scalar's depth check.
    const deep = (levels: number): string =>
      `mutation { startRun(input: { analysis: "fixture-sweep", params: { a: ${'['.repeat(levels)}1${']'.repeat(levels)} } }) { id } }`;
    const http = await postQuery<unknown>(server.url, deep(10_000), undefined, TOKEN);
    expect(http.status).toBe(400);
    expect(http.body.errors?.[0]?.message).toMatch(/more tha[nt] 1000 tokens/);
    const client = wsClient(server.url, { token: TOKEN });
    try {
      const ws = await execute(client, deep(10_000));
      expect(ws.errors?.[0]?.message).toMatch(/more tha[nt] 1000 tokens/);
      // Under the cap the parser finishes and the JSON scalar refuses the depth, on a socket that stays open.
      const shallow = await execute(client, deep(400));
      expect(shallow.errors?.[0]?.message).toMatch(/^JSON nested deeper than 32 levels/);
    } finally {
      await client.dispose();
    }
    const after = await postQuery<{ __typename: string }>(server.url, '{ __typename }');
    expect(after.body.data?.__typename).toBe('Query');
  });

  it('refuses variables with more than 50 coercion errors as BAD_USER_INPUT (HTTP 400) naming the cap, over HTTP and the WebSocket', async () => {
    // 60 variables of the wrong type, and one list variable with 80 bad elements: graphql-js
    // stops at its error cap with an error of its own, which must read as the client's mistake.
    const n = 60;
    const many = `query Many(${Array.from({ length: n }, (_, i) => `$v${i}: Boolean!`).join(' ')}) { system { ${Array.from({ length: n }, (_, i) => `__typename @include(if: $v${i})`).join(' ')} } }`;
    const manyVars = Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, 'yes']));
    const list = 'mutation List($i: ImportModelInput!) { importModel(input: $i) { id } }';
    const listVars = { i: { uploadId: 'u', blocks: Array.from({ length: 80 }, (_, k) => k) } };
    // Apollo codes each coercion error BAD_USER_INPUT; graphql-ws sends graphql-js's errors as they are.
    const expectCapped = (errors: readonly WsError[] | undefined, coded: boolean): void => {
      expect(errors).toHaveLength(51);
      if (coded) expect(errors?.slice(0, 50).every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      expect(errors?.[50]).toEqual({
        message: expect.stringMatching(/^too many invalid variable values: checking stopped after 50 errors/),
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_VARIABLE_ERRORS' },
      });
    };
    for (const [query, variables] of [[many, manyVars], [list, listVars]] as const) {
      const http = await postQuery<unknown>(server.url, query, variables, TOKEN);
      expect(http.status).toBe(400);
      expectCapped(http.body.errors, true);
    }
    const client = wsClient(server.url, { token: TOKEN });
    try {
      expectCapped((await execute(client, many, manyVars)).errors, false);
      expectCapped((await execute(client, list, listVars)).errors, false);
    } finally {
      await client.dispose();
    }
  });

  it('names the server folders in a dataset loadError by placeholder, not by absolute path', async () => {
    const { body } = await postQuery<{ dataset: { loadError: string | null } }>(server.url, '{ dataset(name: "cifar-10") { loadError } }');
    const message = body.data!.dataset.loadError!;
    expect(message).toMatch(/^dataset 'cifar-10' cannot be loaded with its default params: .*<dataset root>/);
    expect(message).not.toContain(server.config.dataDir);
  });
});
