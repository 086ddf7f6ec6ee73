import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRIAL_QUEUE_DRIVER } from '../src/queue/trial-queue';
import type { LocalTrialQueue } from '../src/queue/local-trial-queue';
import { RUN_QUERY, START, waitForRun, type RunData } from './helpers/runs';
import { FIXTURE_PLUGIN_FOLDER, postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'analysis-host-test-token';
const EXAMPLE_ANALYSIS = resolve(__dirname, '..', '..', '..', 'examples', 'example-analysis');
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

async function start(server: TestServer, analysis: string, params: Record<string, unknown>): Promise<string> {
  const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis, params } }, TOKEN);
  expect(body.errors).toBeUndefined();
  return body.data!.startRun.id;
}

async function run(server: TestServer, id: string): Promise<RunData> {
  const { body } = await postQuery<{ run: RunData }>(server.url, RUN_QUERY, { id });
  return body.data!.run;
}

const TABLE = `query ($id: ID!, $table: String!, $filter: JSON, $options: JSON, $facets: [String!], $take: Int) {
  runTable(runId: $id, table: $table, filter: $filter, options: $options, facets: $facets, take: $take) { total rows facets { column values } table { columns { name role format } } }
}`;

interface TablePage {
  total: number;
  rows: Record<string, unknown>[];
  facets: { column: string; values: unknown[] }[];
  table: { columns: { name: string; role: string; format: string | null }[] };
}

/** The example's declared tables through runTable and CSV: typed columns, rows from the stored results, filters and refusals. */
async function checkOutputTables(server: TestServer, id: string, done: RunData): Promise<void> {
  const table = async (vars: Record<string, unknown>) => postQuery<{ runTable: TablePage }>(server.url, TABLE, { id, ...vars });
  const accuracy = await table({ table: 'accuracy' });
  expect(accuracy.body.errors).toBeUndefined();
  const page = accuracy.body.data!.runTable;
  expect(page.table.columns.map((c) => [c.name, c.role])).toEqual([
    ['model', 'model'],
    ['kind', 'dimension'],
    ['accuracy', 'interval'],
    ['images', 'measure'],
    ['meanFeatureNorm', 'measure'],
    ['meanGradientNorm', 'measure'],
  ]);
  expect(page.total).toBe(2);
  for (const row of page.rows) {
    const stored = done.trials.find((t) => t.config.model === row.model)!.result!.metrics;
    const acc = row.accuracy as { mean: number; low: number; high: number; n: number };
    expect(acc.mean).toBe(stored.accuracy);
    expect(acc.n).toBe(64);
    expect(acc.low).toBeLessThanOrEqual(acc.mean);
    expect(acc.high).toBeGreaterThanOrEqual(acc.mean);
    // The training kind comes from the model record, not from the id.
    expect(row.kind).toBe(row.model === NATURAL ? 'natural' : 'adversarial');
  }
  // The gallery's rows, filtered to one model, with the facet's values over the whole table.
  const mistakes = await table({ table: 'mistakes', filter: { model: ROBUST }, facets: ['model'] });
  expect(mistakes.body.errors).toBeUndefined();
  const m = mistakes.body.data!.runTable;
  expect(m.facets).toEqual([{ column: 'model', values: [NATURAL, ROBUST].sort() }]);
  expect(m.rows.every((r) => r.model === ROBUST)).toBe(true);
  for (const r of m.rows) expect(r.image).toMatchObject({ dataset: 'fashion-mnist-a', split: 'test' });
  // CSV: the same rows with the interval flattened.
  const csv = await fetch(`${server.url.replace(/\/graphql$/, '')}/runs/${id}/tables/accuracy.csv`);
  expect(csv.status).toBe(200);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe('model,kind,accuracy.mean,accuracy.low,accuracy.high,accuracy.n,images,meanFeatureNorm,meanGradientNorm');
  expect(lines).toHaveLength(3);
  // Bad input is refused naming the field.
  const refusals: [Record<string, unknown>, string][] = [
    [{ table: 'nope' }, "table: analysis 'clean-accuracy' has no table 'nope'"],
    [{ table: 'accuracy', filter: { accuracy: 1 } }, 'filter.accuracy: column'],
    [{ table: 'accuracy', filter: { zz: 1 } }, "filter.zz: no column 'zz'"],
    [{ table: 'accuracy', options: { baseline: 'x' } }, "options: analysis 'clean-accuracy' takes no table options"],
    [{ table: 'accuracy', take: 501 }, 'take must not be greater than 500'],
    [{ table: 'accuracy', facets: ['accuracy'] }, "facets: column 'accuracy' has role interval"],
  ];
  for (const [vars, message] of refusals) {
    const r = await table(vars);
    expect(r.body.errors?.[0]?.message, JSON.stringify(vars)).toContain(message);
  }
  const badCsv = await fetch(`${server.url.replace(/\/graphql$/, '')}/runs/${id}/tables/accuracy.csv?filter=${encodeURIComponent('{"zz":1}')}`);
  expect(badCsv.status).toBe(400);
}

// Analyses other than transfer, through the server and a real pool worker: the worker plugin
// host gives them the whole engine, the stored models they declared, a live cancel signal.
describe('analysis plugins in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    // auto, on a machine with no GPU: every trial must record cpu.
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_EXECUTION_PROVIDER: 'auto' }, [FIXTURE_PLUGIN_FOLDER, EXAMPLE_ANALYSIS]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs the example analysis: logits, features and input gradients in a worker, stored with the provider that ran them', async () => {
    const id = await start(server, 'clean-accuracy', { models: [NATURAL, ROBUST], dataset: 'fashion-mnist-a', limit: 64, batchSize: 32 });
    const done = await waitForRun(server.url, id, 180_000);
    expect(done.status).toBe('COMPLETED');
    expect(done.trials).toHaveLength(2);
    for (const t of done.trials) {
      expect(t.uses).toEqual({ models: [t.config.model], datasets: [{ name: 'fashion-mnist-a' }], attacks: [] });
      const m = t.result!.metrics;
      // The zoo's models score ~85-90% on their own training distribution.
      expect(m.accuracy).toBeGreaterThan(0.6);
      expect(m.images).toBe(64);
      expect(m.meanFeatureNorm).toBeGreaterThan(0);
      expect(m.meanGradientNorm).toBeGreaterThan(0);
      expect(t.result!.provider).toBe('cpu');
    }
    // A robust model's input gradient is smaller than a natural one's (the point of adversarial training).
    const norm = (model: string) => done.trials.find((t) => t.config.model === model)!.result!.metrics.meanGradientNorm!;
    expect(norm(ROBUST)).toBeLessThan(norm(NATURAL));
    await checkOutputTables(server, id, done);
  });

  it('runs and aggregates an analysis defined only in a test fixture, with no server change', async () => {
    const id = await start(server, 'fixture-probe', { models: [NATURAL, ROBUST], images: 32 });
    const done = await waitForRun(server.url, id, 180_000);
    expect(done.status).toBe('COMPLETED');
    const agg = await postQuery<{ runAggregate: { best: string; byModel: { model: string; accuracy: number; provider: string }[] } }>(
      server.url,
      'query ($id: ID!) { runAggregate(runId: $id) }',
      { id },
    );
    expect(agg.body.errors).toBeUndefined();
    const { best, byModel } = agg.body.data!.runAggregate;
    expect(byModel).toHaveLength(2);
    expect(byModel.every((r) => r.provider === 'cpu')).toBe(true);
    expect(best).toBe(byModel.reduce((a, b) => (b.accuracy > a.accuracy ? b : a)).model);
    const rows = await postQuery<{ runRows: { config: { model: string }; details: { predictions: number[] }; metrics: { classes: number } }[] }>(
      server.url,
      'query ($id: ID!) { runRows(runId: $id, take: 10) }',
      { id },
    );
    expect(rows.body.data!.runRows).toHaveLength(2);
    for (const r of rows.body.data!.runRows) {
      expect(r.details.predictions).toHaveLength(32);
      expect(r.metrics.classes).toBe(5);
    }
  });

  it('refuses a run whose trials declare a model that is not stored, naming it', async () => {
    const { body } = await postQuery(server.url, START, { input: { analysis: 'fixture-probe', params: { models: ['no-such-model'] } } }, TOKEN);
    expect(body.errors?.[0]?.message).toMatch(/no-such-model/);
  });

  it('stops a running trial within 5 s of a cancel through its signal, without killing its worker', async () => {
    const driver = server.app.get<LocalTrialQueue>(TRIAL_QUEUE_DRIVER);
    const id = await start(server, 'fixture-probe', { models: [NATURAL], images: 16, loops: 100000 });
    // Wait until the trial is running and has reported progress.
    for (let i = 0; ; i++) {
      const r = await run(server, id);
      if (r.trials[0]?.status === 'RUNNING' && r.trials[0].progress > 0) break;
      if (i > 600) throw new Error('the trial never started');
      await new Promise((r) => setTimeout(r, 100));
    }
    const pids = driver.pids;
    const t0 = Date.now();
    const cancelled = await postQuery<{ cancelRun: { status: string } }>(server.url, 'mutation ($id: ID!) { cancelRun(id: $id) { status } }', { id }, TOKEN);
    expect(cancelled.body.errors).toBeUndefined();
    const ended = await waitForRun(server.url, id, 10_000);
    const seconds = (Date.now() - t0) / 1000;
    expect(ended.status).toBe('CANCELLED');
    expect(ended.trials[0]!.status).toBe('CANCELLED');
    expect(seconds).toBeLessThan(5);
    // It stopped at its signal: the same worker process serves on.
    expect(driver.pids).toEqual(pids);
  });
});
