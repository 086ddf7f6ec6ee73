import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ResultEntity } from '../src/results/result.entity';
import { RunEntity } from '../src/runs/run.entity';
import { TrialEntity } from '../src/runs/trial.entity';
import { DATABASES, type TestDatabase } from './helpers/databases';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'test-token-0123456789';

describe.each(DATABASES)('runs over GraphQL on $kind', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  let direct: DataSource;
  const counts = async (): Promise<number[]> => [
    await direct.getRepository(RunEntity).count(),
    await direct.getRepository(TrialEntity).count(),
    await direct.getRepository(ResultEntity).count(),
  ];

  beforeAll(async () => {
    db = await create();
    server = await startTestServer({ TRANSFERLAB_DATABASE_URL: db.url, TRANSFERLAB_API_TOKEN: TOKEN });
    direct = server.app.get(DataSource);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('refuses a mutation without the token, or with a wrong one, and writes nothing', async () => {
    const input = { analysis: 'fixture-sweep', params: {} };
    const missing = await postQuery(server.url, START, { input });
    expect(missing.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/needs the API token/), extensions: { code: 'UNAUTHENTICATED' } });
    const wrong = await postQuery(server.url, START, { input }, 'not-the-token');
    expect(wrong.body.errors?.[0]).toMatchObject({ message: 'the API token is not valid', extensions: { code: 'UNAUTHENTICATED' } });
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('refuses an unknown analysis, naming the available ones, and writes nothing', async () => {
    const { body } = await postQuery(server.url, START, { input: { analysis: 'no-such-analysis', params: {} } }, TOKEN);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/^no analysis plugin named 'no-such-analysis'; available: .*fixture-sweep/);
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('refuses params that fail the plugin schema, naming the field, and writes nothing', async () => {
    const { body } = await postQuery(server.url, START, { input: { analysis: 'fixture-sweep', params: { seeds: 0, sources: ['imagenet'] } } }, TOKEN);
    expect(body.errors?.[0]?.extensions?.reason).toBe('INVALID_PARAMS');
    expect(body.errors?.[0]?.message).toMatch(/^params for analysis 'fixture-sweep' are not valid: .*sources\.0: .*seeds: /);
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('refuses params naming a dataset that cannot be read (its checksum is part of the trial key), and writes nothing', async () => {
    // fixture-probe declares its dataset (uses.datasets); the server loads it for its checksum.
    const params = { models: ['fashion-mnist-a-resnet8-w16-natural'], dataset: 'fixture-set' };
    const { body } = await postQuery(server.url, START, { input: { analysis: 'fixture-probe', params } }, TOKEN);
    expect(body.errors?.[0]).toMatchObject({
      message: "params for analysis 'fixture-probe': a dataset could not be read: fixture-set is never loaded in these tests",
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_PARAMS' },
    });
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('refuses a query past the depth, cost or alias limit, before any resolver runs', async () => {
    // Nine levels of __type's ofType chain: a real schema path, thirteen deep in all.
    let nested = 'name';
    for (let i = 0; i < 9; i++) nested = `ofType { ${nested} }`;
    const tooDeep = await postQuery(server.url, `{ __type(name: "Run") { fields { type { ${nested} } } } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0]).toMatchObject({ message: 'Syntax Error: Query depth limit of 8 exceeded, found 13.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    // Within the limit, the same chain is answered.
    expect((await postQuery(server.url, '{ __type(name: "Run") { fields { type { ofType { ofType { name } } } } } }')).body.errors).toBeUndefined();

    // Size: the same field selected over and over (no aliases) is stopped by the parser's token cap.
    const costly = await postQuery(server.url, `{ ${'system { version plugins { name } } '.repeat(1000)}}`);
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.message).toBe('Syntax Error: Document contains more that 1000 tokens. Parsing aborted.');

    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: system { version }`).join(' ');
    const tooMany = await postQuery(server.url, `{ ${aliases} }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.message).toBe('Syntax Error: Aliases limit of 15 exceeded, found 16.');
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('bounds the page size of runs', async () => {
    const { body } = await postQuery(server.url, '{ runs(take: 101) { id } }');
    expect(body.errors?.[0]?.message).toMatch(/take must not be greater than 100/);
  });

  it('runs a sweep to completion: one stored result per trial, numbers from the plugin', async () => {
    const params = { ns: [10, 40], seeds: 2, epochs: 2 };
    const { body } = await postQuery<{ startRun: { id: string; status: string; trialCount: number; analysisVersion: string; params: Record<string, unknown> } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params } },
      TOKEN,
    );
    expect(body.errors).toBeUndefined();
    const started = body.data!.startRun;
    expect(started).toMatchObject({ trialCount: 2 * 2 * 2, analysisVersion: '2.0.0' });
    // Defaults filled in by the schema are stored with the run.
    expect(started.params).toMatchObject({ ...params, sources: ['natural', 'robust'], targets: ['t1'] });

    const run = await waitForRun(server.url, started.id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 8, failedCount: 0, progress: 1, error: null });
    expect(new Set(run.trials.map((t) => t.key)).size).toBe(8);
    for (const t of run.trials) {
      expect(t).toMatchObject({ status: 'DONE', attempts: 1 });
      expect(t.result).toMatchObject({ pluginName: 'fixture-sweep', pluginVersion: '2.0.0' });
      expect(t.result!.series).toHaveLength(2);
      expect(t.result!.metrics.testAccuracy).toBeCloseTo(t.result!.series[1]!.testAccuracy!, 12);
    }
    expect(await direct.getRepository(ResultEntity).countBy({ runId: started.id })).toBe(8);
  });

  it('records an analysis failure as a failed trial with the reason (no retry: the worker did not die)', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: { ns: [10], seeds: 1, failSource: 'robust' } } },
      TOKEN,
    );
    const run = await waitForRun(server.url, body.data!.startRun.id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 1, failedCount: 1, error: '1 of 2 trials failed' });
    const failed = run.trials.find((t) => t.status === 'FAILED')!;
    expect(failed).toMatchObject({ attempts: 1, result: null, config: { source: 'robust' } });
    expect(failed.failureReason).toMatch(/source robust fails on purpose/);
  });

  it('cancels a running run: queued trials are cancelled, a finished run cannot be', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: { ns: [10, 20, 40, 80], seeds: 3, delayMs: 200 } } },
      TOKEN,
    );
    const id = body.data!.startRun.id;
    const cancel = `mutation ($id: ID!) { cancelRun(id: $id) { status } }`;
    const first = await postQuery<{ cancelRun: { status: string } }>(server.url, cancel, { id }, TOKEN);
    expect(first.body.data?.cancelRun.status).toBe('CANCELLED');
    const again = await postQuery(server.url, cancel, { id }, TOKEN);
    expect(again.body.errors?.[0]).toMatchObject({ message: `run ${id} is already cancelled; only a queued or running run can be cancelled`, extensions: { code: 'CONFLICT' } });
    const unknown = await postQuery(server.url, cancel, { id: 'nope' }, TOKEN);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const run = await waitForRun(server.url, id);
    expect(run.trials.filter((t) => t.status === 'CANCELLED').length).toBeGreaterThan(16);
  });

  it('gives the same params the same trial keys in every run, and pages runs newest first', async () => {
    const start = async (): Promise<string> => {
      const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'fixture-sweep', params: { ns: [10], seeds: 2 } } }, TOKEN);
      return body.data!.startRun.id;
    };
    const a = await waitForRun(server.url, await start());
    const b = await waitForRun(server.url, await start());
    expect(b.trials.map((t) => t.key)).toEqual(a.trials.map((t) => t.key));
    const page = async (take: number, skip: number): Promise<string[]> =>
      (await postQuery<{ runs: { id: string }[] }>(server.url, `{ runs(take: ${take}, skip: ${skip}) { id } }`)).body.data!.runs.map((r) => r.id);
    expect(await page(1, 0)).toEqual([b.id]);
    expect(await page(1, 1)).toEqual([a.id]);
    const all = await page(100, 0);
    expect(all.slice(0, 2)).toEqual([b.id, a.id]);
    expect(all).toHaveLength(await direct.getRepository(RunEntity).count());
  });
});
