import { plugins as datasetPlugins } from '@transferlab/plugins-datasets';
import { plugins as analysisPlugins } from '@transferlab/plugins-analyses';
import type { DatasetPlugin } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, trialKey } from '../src/runs/trial-key';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'transfer-test-token-01';

// The built-in transfer analysis through the server: its trials reach the worker's engine,
// which fine-tunes through the engine's FineTuneService and looks source models up among the
// registered model plugins. (The bundled zoo is empty until its models are trained, so this
// checks the wiring up to the model lookup; a full sweep needs a trained zoo.)
describe('the transfer analysis in pool workers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs its trials with fineTune available and reports an unknown source model as the failure reason', async () => {
    const params = { sources: ['no-such-model'], targets: ['mnist'], n: [20], depths: [0], seeds: [0], epochs: 1, testLimit: 50 };
    const { body } = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    expect(body.errors).toBeUndefined();
    expect(body.data!.startRun.trialCount).toBe(1);
    const run = await waitForRun(server.url, body.data!.startRun.id, 120_000);
    expect(run).toMatchObject({ status: 'FAILED', failedCount: 1 });
    expect(run.trials[0]!.failureReason).toMatch(/^no source model 'no-such-model'; available: /);
    expect(run.trials[0]!.attempts).toBe(1);

    // The key covers the dataset's content: recomputed here from the mnist plugin loaded in this process.
    const mnist = datasetPlugins.find((p) => p.name === 'mnist') as DatasetPlugin;
    const dataset = await mnist.load(mnist.params.parse({}), createTestContext());
    const transfer = analysisPlugins.find((p) => p.name === 'transfer')!;
    const config = JSON.parse(canonicalJson(run.trials[0]!.config)) as Record<string, unknown>;
    expect(run.trials[0]!.key).toBe(
      trialKey({
        config,
        pluginVersions: { 'analysis:transfer': transfer.version, 'dataset:mnist': mnist.version },
        checksums: { 'dataset:mnist': dataset.checksum },
      }),
    );
  });
});
