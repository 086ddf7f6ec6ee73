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
    const agg = await postQuery<{ runAggregate: { model: string; accuracy: number }[] }>(server.url, 'query ($id: ID!) { runAggregate(runId: $id) }', { id });
    expect(agg.body.data!.runAggregate.map((r) => r.model).sort()).toEqual([NATURAL, ROBUST].sort());
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
