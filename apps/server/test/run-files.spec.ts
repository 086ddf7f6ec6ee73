import { gzipSync } from 'node:zlib';
import type { RunFile } from '@transferlab/sdk/run-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase, sqliteDatabase, type TestDatabase } from './helpers/databases';
import { RUN_QUERY, START, waitForRun, type RunData } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'test-token-0123456789';

const TABLE = /* GraphQL */ `
  query ($id: ID!, $table: String!, $options: JSON) {
    runTable(runId: $id, table: $table, options: $options, take: 500) { total rows }
  }
`;
const IMPORTED = /* GraphQL */ `
  query ($id: ID!) {
    run(id: $id) { id analysis analysisVersion params status trialCount completedCount failedCount createdAt imported { sourceChecksum sourceRunId exportedAt serverVersion importedAt } }
    runs(take: 10) { id imported { sourceChecksum } }
  }
`;

const base = (s: TestServer): string => s.url.replace(/\/graphql$/, '');

async function upload(s: TestServer, body: Uint8Array | string, token: string | null = TOKEN, type = 'application/octet-stream') {
  const res = await fetch(`${base(s)}/runs/import`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, body: (await res.json()) as { run?: { id: string; status: string }; message?: string; reason?: string; field?: string } };
}

/** Export from a SQLite server, import into a PostgreSQL one: the same run, the same tables. */
describe('run files between two servers (SQLite to PostgreSQL)', () => {
  let dbA: TestDatabase;
  let dbB: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let run: RunData;
  let text: string;
  let file: RunFile;

  beforeAll(async () => {
    dbA = sqliteDatabase();
    dbB = await postgresDatabase();
    a = await startTestServer({ TRANSFERLAB_DATABASE_URL: dbA.url, TRANSFERLAB_API_TOKEN: TOKEN });
    b = await startTestServer({ TRANSFERLAB_DATABASE_URL: dbB.url, TRANSFERLAB_API_TOKEN: TOKEN });
    // One source fails, so the file carries failed trials (with reasons) beside completed ones.
    const params = { sources: ['natural', 'robust'], targets: ['t1'], ns: [10, 20], seeds: 3, epochs: 2 };
    const { body } = await postQuery<{ startRun: { id: string } }>(a.url, START, { input: { analysis: 'fixture-transfer', params } }, TOKEN);
    run = await waitForRun(a.url, body.data!.startRun.id);
    const res = await fetch(`${base(a)}/runs/${run.id}/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    text = await res.text();
    file = JSON.parse(text) as RunFile;
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dbA?.drop();
    await dbB?.drop();
  });

  it('exports the run, its trials and every result row, sealed by a checksum', () => {
    expect(run.status).toBe('COMPLETED');
    expect(file).toMatchObject({ format: 'transferlab-run', formatVersion: 1, run: { id: run.id, analysis: 'fixture-transfer', status: 'COMPLETED' } });
    expect(file.trials.map((t) => t.key)).toEqual(run.trials.map((t) => t.key));
    expect(file.results).toHaveLength(run.trials.length);
    const byKey = new Map(run.trials.map((t) => [t.key, t.result]));
    for (const r of file.results) expect(byKey.get(r.trialKey)).toMatchObject({ metrics: r.metrics, series: r.series, pluginName: r.pluginName, pluginVersion: r.pluginVersion, provider: r.provider });
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('imports it (gzip) into the other server as a run marked imported, with identical tables', async () => {
    const res = await upload(b, gzipSync(text));
    expect(res.status).toBe(201);
    const id = res.body.run!.id;
    const { body } = await postQuery<{ run: Record<string, unknown>; runs: { id: string; imported: { sourceChecksum: string } | null }[] }>(b.url, IMPORTED, { id });
    expect(body.errors).toBeUndefined();
    expect(body.data!.run).toMatchObject({
      analysis: 'fixture-transfer',
      analysisVersion: file.run.analysisVersion,
      params: file.run.params,
      status: 'COMPLETED',
      trialCount: file.trials.length,
      completedCount: file.trials.length,
      createdAt: file.run.createdAt,
      imported: { sourceChecksum: file.checksum, sourceRunId: run.id, exportedAt: file.exportedAt, serverVersion: file.server.version },
    });
    expect(body.data!.runs.find((r) => r.id === id)?.imported?.sourceChecksum).toBe(file.checksum);
    // Trials and results as exported; nothing queued.
    const imported = (await postQuery<{ run: RunData }>(b.url, RUN_QUERY, { id })).body.data!.run;
    expect(imported.trials.map((t) => [t.key, t.status, t.config, t.result?.metrics, t.result?.series])).toEqual(
      run.trials.map((t) => [t.key, t.status, t.config, t.result?.metrics, t.result?.series]),
    );
    for (const [table, options] of [['leaderboard', { baseline: 'natural' }], ['accuracy', undefined], ['deltas', { baseline: 'natural' }], ['efficiency', undefined]] as const) {
      const there = await postQuery<{ runTable: { total: number; rows: unknown[] } }>(a.url, TABLE, { id: run.id, table, options });
      const here = await postQuery<{ runTable: { total: number; rows: unknown[] } }>(b.url, TABLE, { id, table, options });
      expect(there.body.errors).toBeUndefined();
      expect(there.body.data!.runTable.total).toBeGreaterThan(0);
      expect(here.body.data).toEqual(there.body.data);
    }
  });

  it('never executes an imported run, also after a restart (which resumes unfinished runs)', async () => {
    const { body } = await postQuery<{ runs: { id: string; imported: unknown }[] }>(b.url, '{ runs(take: 10) { id imported { sourceChecksum } } }');
    const id = body.data!.runs.find((r) => r.imported !== null)!.id;
    await b.close();
    b = await startTestServer({ TRANSFERLAB_DATABASE_URL: dbB.url, TRANSFERLAB_API_TOKEN: TOKEN });
    await new Promise((r) => setTimeout(r, 500));
    const after = (await postQuery<{ run: RunData }>(b.url, RUN_QUERY, { id })).body.data!.run;
    expect(after.status).toBe('COMPLETED');
    expect(after.trials.map((t) => [t.key, t.status, t.attempts])).toEqual(run.trials.map((t) => [t.key, 'DONE', 0]));
  });

  it('refuses the same file a second time, naming the run it made', async () => {
    const res = await upload(b, text);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ reason: 'RUN_ALREADY_IMPORTED', field: 'checksum', message: expect.stringMatching(/already imported here as run [0-9a-f-]{36}/) as unknown });
  });

  it('refuses a file with one metric changed, naming the checksum', async () => {
    const changed = JSON.parse(text) as RunFile;
    changed.results[0]!.metrics = { ...changed.results[0]!.metrics, testAccuracy: 0.99 };
    const res = await upload(b, JSON.stringify(changed));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ reason: 'INVALID_RUN_FILE', field: 'checksum', message: expect.stringMatching(/^the run file is not valid: checksum: the file says [0-9a-f]{64} but its content hashes to [0-9a-f]{64}/) as unknown });
  });

  it("reads a file sent as application/json itself, past the JSON parser's 100 KB cap", async () => {
    // Already imported above: the route's own answer shows it read all 300 KB.
    const padded = `${text}${' '.repeat(300 * 1024)}`;
    const res = await upload(b, padded, TOKEN, 'application/json');
    expect(res).toMatchObject({ status: 409, body: { reason: 'RUN_ALREADY_IMPORTED', field: 'checksum' } });
  });

  it('refuses an import without the token, as text, or over the size limit', async () => {
    expect((await upload(b, text, null)).status).toBe(401);
    const json = await upload(b, text, TOKEN, 'text/plain');
    expect(json).toMatchObject({ status: 415, body: { reason: 'RUN_FILE_CONTENT_TYPE' } });
    const res = await fetch(`${base(b)}/runs/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(300 * 1024 * 1024), authorization: `Bearer ${TOKEN}` },
      body: 'x',
    }).catch((e: unknown) => e);
    // Announced over the limit: refused before the body is read (or the connection is closed on it).
    if (res instanceof Response) expect(res.status).toBe(413);
  });

  it('refuses to export a run that does not exist, or one still running', async () => {
    const missing = await fetch(`${base(a)}/runs/no-such-run/export.json`);
    expect(missing.status).toBe(404);
    const { body } = await postQuery<{ startRun: { id: string } }>(a.url, START, { input: { analysis: 'fixture-sweep', params: { seeds: 1, ns: [10], delayMs: 3000 } } }, TOKEN);
    const running = await fetch(`${base(a)}/runs/${body.data!.startRun.id}/export.json`);
    expect(running.status).toBe(409);
    expect(await running.json()).toMatchObject({ reason: 'RUN_NOT_FINISHED' });
  });
});
