import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'plugin-failures-api-token';
const FAULTY_PLUGIN_FOLDER = resolve(__dirname, 'fixtures', 'faulty-plugins');

// A dataset or attack plugin that throws inside a trial: the trial's failure reason names the
// analysis and, inside it, the plugin that failed, with their versions.
describe('failure reasons name the dataset or attack plugin that failed', { timeout: 120_000 }, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN }, [FAULTY_PLUGIN_FOLDER]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['dataset-load', "analysis 'fixture-faults' 1.4.0: dataset 'fixture-broken-set' 0.2.0: the archive is truncated at byte 512"],
    ['dataset-read', "analysis 'fixture-faults' 1.4.0: dataset 'fixture-broken-set' 0.2.0: image 1 of test is corrupt"],
    ['attack', "analysis 'fixture-faults' 1.4.0: attack 'fixture-broken-attack' 0.3.0: the step size is NaN"],
  ])('%s', async (fault, reason) => {
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'fixture-faults', params: { faults: [fault] } } }, TOKEN);
    expect(body.errors).toBeUndefined();
    const run = await waitForRun(server.url, body.data!.startRun.id);
    expect(run.trials.map((t) => [t.status, t.failureReason])).toEqual([['FAILED', reason]]);
  });
});
