import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TransferlabClient } from './client';
import { TransferlabError } from './errors';
import { cancelRunMutation, runsQuery } from './operations/runs';

const TOKEN = 'secret-token-0123456789abcdef';

/** A fetch that records what it was asked and answers with `answer`. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response): { fetch: typeof fetch; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    calls.push({ url, init: init ?? {} });
    return Promise.resolve(answer(url, init ?? {}));
  };
  return { fetch: fn, calls };
}

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('TransferlabClient', () => {
  it('posts the operation to <url>/graphql with the bearer token and returns data', async () => {
    const { fetch, calls } = fakeFetch(() => json({ data: { runs: [] } }));
    const client = new TransferlabClient({ url: 'http://127.0.0.1:4000/', token: TOKEN, fetch });
    await expect(client.request(runsQuery, { take: 5, skip: 0 })).resolves.toEqual({ runs: [] });
    expect(calls[0]!.url).toBe('http://127.0.0.1:4000/graphql');
    const headers = new Headers(calls[0]!.init.headers);
    expect(headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    const body = JSON.parse(calls[0]!.init.body as string);
    expect(body.variables).toEqual({ take: 5, skip: 0 });
    expect(body.query).toMatch(/query Runs\(\$take: Int!, \$skip: Int!, \$analysis: String\)[\s\S]*fragment RunSummary on Run/);
  });

  it('sends no Authorization header without a token', async () => {
    const { fetch, calls } = fakeFetch(() => json({ data: { runs: [] } }));
    await new TransferlabClient({ url: 'http://h:1', fetch }).request(runsQuery, { take: 1, skip: 0 });
    expect(new Headers(calls[0]!.init.headers).has('authorization')).toBe(false);
  });

  it("rejects with the server's code, reason and field", async () => {
    const { fetch } = fakeFetch(() =>
      json({ errors: [{ message: 'the API token is not valid', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' } }], data: null }),
    );
    const error = await new TransferlabClient({ url: 'http://h:1', token: TOKEN, fetch }).request(cancelRunMutation, { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferlabError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN', message: 'the API token is not valid' });
  });

  it('says UNREACHABLE, naming the server, when nothing answers', async () => {
    const client = new TransferlabClient({ url: 'http://127.0.0.1:9', token: TOKEN });
    const error = await client.request(runsQuery, { take: 1, skip: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNREACHABLE' });
    expect((error as Error).message).toMatch(/http:\/\/127\.0\.0\.1:9 is not reachable/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('says HTTP for an answer that is not GraphQL', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(new TransferlabClient({ url: 'http://h:1', fetch }).request(runsQuery, { take: 1, skip: 0 })).rejects.toMatchObject({
      code: 'HTTP',
      status: 502,
    });
  });

  it('never shows the token when printed or serialised', () => {
    const client = new TransferlabClient({ url: 'http://h:1', token: TOKEN });
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(client)).not.toContain(TOKEN);
    expect(client.hasToken).toBe(true);
  });

  it('gets the trials CSV from GET /runs/<id>/trials.csv and maps a 404', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.includes('nope') ? json({ statusCode: 404, message: 'run nope not found' }, 404) : new Response('key,ordinal\r\n', { status: 200 }),
    );
    const client = new TransferlabClient({ url: 'http://h:1', fetch });
    await expect(client.trialsCsv('r/1')).resolves.toBe('key,ordinal\r\n');
    expect(calls[0]!.url).toBe('http://h:1/runs/r%2F1/trials.csv');
    await expect(client.trialsCsv('nope')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'run nope not found' });
  });

  it('gets a table CSV from GET /runs/<id>/tables/<table>.csv with options and filter as JSON, and maps a 400 and a 404', async () => {
    const refused = "table: analysis 'transfer' has no table 'nope'; tables: leaderboard, accuracy";
    const { fetch, calls } = fakeFetch((url) =>
      url.includes('/nope.csv')
        ? json({ statusCode: 400, message: refused, error: 'Bad Request' }, 400)
        : url.includes('/gone/')
          ? json({ statusCode: 404, message: "no run with id 'gone'" }, 404)
          : url.includes('/boom/')
            ? new Response('upstream down', { status: 502 })
            : new Response('source,accuracy.mean\r\n', { status: 200 }),
    );
    const client = new TransferlabClient({ url: 'http://h:1/graphql', fetch });
    await expect(client.tableCsv('r1', 'leaderboard', { options: { baseline: 'nat' }, filter: { n: [100, 400] } })).resolves.toBe('source,accuracy.mean\r\n');
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/runs/r1/tables/leaderboard.csv');
    expect([url.searchParams.get('options'), url.searchParams.get('filter')]).toEqual(['{"baseline":"nat"}', '{"n":[100,400]}']);
    await client.tableCsv('r1', 'leaderboard');
    expect(calls[1]!.url).toBe('http://h:1/runs/r1/tables/leaderboard.csv');
    await expect(client.tableCsv('r1', 'nope')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', status: 400, message: refused });
    await expect(client.tableCsv('gone', 'leaderboard')).rejects.toMatchObject({ code: 'NOT_FOUND', message: "no run with id 'gone'" });
    await expect(client.tableCsv('boom', 'leaderboard')).rejects.toMatchObject({ code: 'HTTP', status: 502, message: 'GET leaderboard.csv answered HTTP 502: upstream down' });
  });

  it('uploads a model as the raw body and maps a 401 to UNAUTHENTICATED', async () => {
    const { fetch, calls } = fakeFetch((_url, init) =>
      new Headers(init.headers).get('authorization') === `Bearer ${TOKEN}`
        ? json({ uploadId: 'u1', sha256: 'ab', bytes: 3 }, 201)
        : json({ statusCode: 401, message: 'the API token is not valid', reason: 'INVALID_TOKEN' }, 401),
    );
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(new TransferlabClient({ url: 'http://h:1', token: TOKEN, fetch }).uploadModel(bytes)).resolves.toEqual({ uploadId: 'u1', sha256: 'ab', bytes: 3 });
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBe('application/octet-stream');
    await expect(new TransferlabClient({ url: 'http://h:1', token: 'wrong', fetch }).uploadModel(bytes)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
  it('exports a run from GET /runs/<id>/export.json, mapping 404 and 409', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.includes('nope')
        ? json({ statusCode: 404, message: "no run with id 'nope'", reason: 'RUN_NOT_FOUND' }, 404)
        : url.includes('busy')
          ? json({ statusCode: 409, message: 'run busy is running', reason: 'RUN_NOT_FINISHED' }, 409)
          : new Response('{"format":"transferlab-run"}', { status: 200 }),
    );
    const client = new TransferlabClient({ url: 'http://h:1', fetch });
    await expect(client.exportRun('r/1')).resolves.toBe('{"format":"transferlab-run"}');
    expect(calls[0]!.url).toBe('http://h:1/runs/r%2F1/export.json');
    await expect(client.exportRun('nope')).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'RUN_NOT_FOUND', status: 404 });
    await expect(client.exportRun('busy')).rejects.toMatchObject({ code: 'CONFLICT', message: 'run busy is running' });
  });

  it('imports a run file by POST /runs/import with the token, mapping refusals with their field', async () => {
    const { fetch, calls } = fakeFetch((_url, init) => {
      const auth = new Headers(init.headers).get('authorization');
      if (auth !== `Bearer ${TOKEN}`) return json({ statusCode: 401, message: 'the API token is not valid', reason: 'INVALID_TOKEN' }, 401);
      const body = new TextDecoder().decode(init.body as Uint8Array);
      if (body === 'again') return json({ statusCode: 409, message: 'already imported here as run r9', reason: 'RUN_ALREADY_IMPORTED', field: 'checksum' }, 409);
      if (body === 'bad') return json({ statusCode: 400, message: 'the run file is not valid: checksum: changed', reason: 'INVALID_RUN_FILE', field: 'checksum' }, 400);
      return json({ run: { id: 'r2', analysis: 'transfer', status: 'COMPLETED', trialCount: 4 } }, 201);
    });
    const client = new TransferlabClient({ url: 'http://h:1', token: TOKEN, fetch });
    const bytes = (t: string) => new TextEncoder().encode(t);
    await expect(client.importRun(bytes('{}'))).resolves.toEqual({ run: { id: 'r2', analysis: 'transfer', status: 'COMPLETED', trialCount: 4 } });
    expect(calls[0]!.url).toBe('http://h:1/runs/import');
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBe('application/octet-stream');
    await expect(client.importRun(bytes('bad'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RUN_FILE', field: 'checksum' });
    await expect(client.importRun(bytes('again'))).rejects.toMatchObject({ code: 'CONFLICT', message: 'already imported here as run r9' });
    await expect(new TransferlabClient({ url: 'http://h:1', token: 'wrong', fetch }).importRun(bytes('{}'))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
