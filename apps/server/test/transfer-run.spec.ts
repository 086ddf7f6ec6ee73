import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plugins as datasetPlugins } from '@transferlab/plugins-datasets';
import { plugins as analysisPlugins } from '@transferlab/plugins-analyses';
import { BUNDLED_ZOO_DIR } from '@transferlab/plugins-models';
import { datasetKey, type DatasetPlugin } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, trialKey } from '../src/runs/trial-key';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'transfer-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';

async function loadMnist() {
  const mnist = datasetPlugins.find((p) => p.name === 'mnist') as DatasetPlugin;
  return mnist.load(mnist.params.parse({}), createTestContext());
}

// The built-in transfer analysis through the server: its trials declare their source and
// target, the server resolves them (the models table, the dataset's checksum) into the key,
// and the worker's engine fine-tunes the stored model.
describe('the transfer analysis in pool workers', { timeout: 240_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a run naming a source model that is not stored, listing the stored ones', async () => {
    const params = { sources: ['no-such-model'], targets: ['mnist'], n: [20], depths: [0], seeds: [0], epochs: 1, testLimit: 50 };
    const { body } = await postQuery(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    expect(body.errors?.[0]?.message).toMatch(/no-such-model/);
    expect(body.errors?.[0]?.message).toMatch(/fashion-mnist-a-resnet8-w16-natural/);
  });

  it('refuses an unknown target and an n larger than the target, naming the field, and stores nothing', async () => {
    const base = { sources: [NATURAL], n: [20], depths: [0], seeds: [0], epochs: 1, testLimit: 50 };
    const unknown = await postQuery(server.url, START, { input: { analysis: 'transfer', params: { ...base, targets: ['no-such-dataset'] } } }, TOKEN);
    expect(unknown.body.errors?.[0]?.message).toMatch(/no dataset plugin named 'no-such-dataset'; available: .*mnist/);
    const subset = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } };
    const oversize = await postQuery(server.url, START, { input: { analysis: 'transfer', params: { ...base, targets: ['mnist', 'mnist-01'], views: { 'mnist-01': subset }, n: [20, 1_000_000] } } }, TOKEN);
    expect(oversize.body.errors?.[0]?.extensions?.reason).toBe('INVALID_PARAMS');
    expect(oversize.body.errors?.[0]?.message).toMatch(/n\.1: n = 1000000 exceeds the \d+ training images of target 'mnist' \(targets\.0\)/);
    expect(oversize.body.errors?.[0]?.message).toMatch(/n\.1: n = 1000000 exceeds the \d+ training images of target 'mnist-01' \(targets\.1\)/);
    // A dataset whose files are missing: the refusal names its root, not the server's paths.
    const missing = await postQuery(server.url, START, { input: { analysis: 'transfer', params: { ...base, targets: ['cifar-10'] } } }, TOKEN);
    expect(missing.body.errors?.[0]?.message).toMatch(/^params for analysis 'transfer': a dataset could not be read: .*<dataset root>/);
    expect(missing.body.errors?.[0]?.message).not.toContain(server.config.dataDir);
    const runs = await postQuery<{ runs: unknown[] }>(server.url, '{ runs { id } }');
    expect(runs.body.data!.runs).toEqual([]);
  });

  it('refuses a depth beyond the source model\'s blocks before anything is queued, naming the field and the source', async () => {
    const params = { sources: [NATURAL], targets: ['mnist'], n: [20], depths: [0, 60], seeds: [0], epochs: 1, testLimit: 50 };
    const { body } = await postQuery(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    expect(body.errors?.[0]?.extensions?.reason).toBe('INVALID_PARAMS');
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`depths\\.1: depth 60 needs 61 block boundaries .*but source '${NATURAL}' has \\d+`));
    const runs = await postQuery<{ runs: unknown[] }>(server.url, '{ runs { id } }');
    expect(runs.body.data!.runs).toEqual([]);
  });

  it('refuses a run of 1,024,000 trials at once, before expanding it, and stores nothing', async () => {
    // 4 sources x 4 targets x 16 n x 4 depths x 1000 seeds: a 4 KB request.
    const params = {
      sources: [NATURAL, 'b', 'c', 'd'],
      targets: ['mnist', 'fashion-mnist', 'fashion-mnist-a', 'fashion-mnist-b'],
      n: Array.from({ length: 16 }, (_, i) => 10 + i),
      depths: [0, 1, 2, 3],
      seeds: Array.from({ length: 1000 }, (_, i) => i),
    };
    const t0 = performance.now();
    const { body } = await postQuery(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    const ms = performance.now() - t0;
    expect(body.errors?.[0]?.message).toBe("params for analysis 'transfer' expand into 1024000 trials; one run may have at most 20000 (TRANSFERLAB_MAX_TRIALS_PER_RUN)");
    // The bound for this refusal: the count is a product of list lengths, nothing is expanded.
    expect(ms).toBeLessThan(100);
    expect((await postQuery<{ runs: unknown[] }>(server.url, '{ runs { id } }')).body.data!.runs).toEqual([]);
  });

  it('fine-tunes a zoo model on a dataset with params, keyed by what the trial declared', async () => {
    const target = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1, 2] } };
    const params = { sources: [NATURAL], targets: ['mnist-012'], views: { 'mnist-012': target }, n: [30], depths: [0, 1], seeds: [0], epochs: 2, batchSize: 16, testLimit: 60 };
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    expect(body.data!.startRun.trialCount).toBe(2);
    const run = await waitForRun(server.url, body.data!.startRun.id, 180_000);
    expect(run.status).toBe('COMPLETED');
    for (const t of run.trials) {
      expect(t.uses).toEqual({ models: [NATURAL], datasets: [target], attacks: [] });
      // Three classes, stratified: better than chance after two epochs.
      expect(t.result!.metrics.testAccuracy).toBeGreaterThan(1 / 3);
      expect(t.result!.provider).toBe('cpu');
    }

    // The key covers the dataset's content (with its params) and the model's checksum, recomputed here.
    const subset = datasetPlugins.find((p) => p.name === 'class-subset') as DatasetPlugin;
    const ctx = createTestContext({ datasets: { mnist: await loadMnist() } });
    const dataset = await subset.load(subset.params.parse(target.params), ctx);
    const transfer = analysisPlugins.find((p) => p.name === 'transfer')!;
    const modelSum = (JSON.parse(readFileSync(join(BUNDLED_ZOO_DIR, 'manifest.json'), 'utf8')) as { models: { id: string; sha256: string }[] }).models.find((m) => m.id === NATURAL)!.sha256;
    const t0 = run.trials[0]!;
    expect(t0.key).toBe(
      trialKey({
        config: JSON.parse(canonicalJson(t0.config)) as Record<string, unknown>,
        uses: { models: [NATURAL], datasets: [target], attacks: [] },
        pluginVersions: { 'analysis:transfer': transfer.version, 'dataset:class-subset': subset.version },
        checksums: { [`model:${NATURAL}`]: modelSum, [`dataset:${datasetKey(target)}`]: dataset.checksum },
      }),
    );
  });
});
