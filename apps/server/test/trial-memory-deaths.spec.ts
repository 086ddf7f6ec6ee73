import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'trial-memory-deaths-token';
const CAP_MB = 2048;

// Workers that die of a signal: one holding ~1.75 GB of a 2 GB cap and aborted (SIGABRT, as
// std::bad_alloc in ONNX Runtime ends a process), one of the same size killed (SIGKILL, as the
// kernel's OOM killer does), and a small one with SIGSEGV. The first two are memory by their
// evidence (signal and resident size against the cap), stated in the reason and not retried;
// the third is a plain crash, retried, and its reason names only the signal.
describe.runIf(process.platform === 'linux')('trials whose worker dies of a signal', { timeout: 180_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_WORKER_MEMORY_MB: String(CAP_MB), TRANSFERLAB_GROUP_TRIALS: 'off' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('say memory where the evidence says so, and only the signal otherwise', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-hog', params: { hogs: ['abort-large', 'killed-large', 'segv', 'none'], mb: 1750 } } },
      TOKEN,
    );
    const run = await waitForRun(server.url, body.data!.startRun.id, 150_000);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 1, failedCount: 3 });
    const byHog = Object.fromEntries(run.trials.map((t) => [t.config.hog as string, t]));
    const memory = (signal: string): RegExp =>
      new RegExp(
        `^analysis 'fixture-hog' 1\\.0\\.0: the trial's worker exceeded its memory cap of ${CAP_MB} MB \\(TRANSFERLAB_WORKER_MEMORY_MB\\): worker process \\d+ killed by ${signal} with 1\\.[7-9] GB resident of a 2\\.0 GB cap: out of memory$`,
      );
    expect(byHog['abort-large']).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byHog['abort-large']!.failureReason).toMatch(memory('SIGABRT'));
    expect(byHog['killed-large']).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byHog['killed-large']!.failureReason).toMatch(memory('SIGKILL'));
    expect(byHog.segv).toMatchObject({ status: 'FAILED' });
    expect(byHog.segv!.failureReason).toMatch(/^analysis 'fixture-hog' 1\.0\.0: worker process \d+ died while running job 'transferlab\.run-trial': killed by signal SIGSEGV \(after \d+ attempts\)$/);
    expect(byHog.none).toMatchObject({ status: 'DONE', failureReason: null });
  });
});
