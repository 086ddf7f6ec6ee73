import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_QUERY, START, waitForRun, type RunData } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'trial-limits-token';

// Trials of a misbehaving plugin (the fixture plugin's fixture-hog): one over the worker's memory
// cap and one over the trial timeout each fail once, with the limit named, and are not retried;
// one that throws, exits its process or returns a malformed result fails with the plugin named.
// The replaced worker runs the next trial, and the server answers queries meanwhile.
describe.runIf(process.platform === 'linux')('trials of a misbehaving plugin', { timeout: 120_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN, TRANSFERLAB_WORKER_MEMORY_MB: '512', TRANSFERLAB_TRIAL_TIMEOUT_S: '4' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('fail with the reason, without retries, while the server keeps answering', async () => {
    expect(server.config).toMatchObject({ workerMemoryMb: 512, trialTimeoutS: 4 });
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-hog', params: { hogs: ['memory', 'busy', 'none'], mb: 2048 } } },
      TOKEN,
    );
    const id = body.data!.startRun.id;
    // While the busy trial spins in its worker, queries are answered.
    let answeredDuringBusy = false;
    const end = Date.now() + 60_000;
    while (!answeredDuringBusy && Date.now() < end) {
      const { status, body: q } = await postQuery<{ run: RunData }>(server.url, RUN_QUERY, { id });
      expect(status).toBe(200);
      const busy = q.data!.run.trials.find((t) => t.config.hog === 'busy');
      if (busy?.status === 'RUNNING') answeredDuringBusy = true;
      else if (busy?.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(answeredDuringBusy).toBe(true);

    const run = await waitForRun(server.url, id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 1, failedCount: 2 });
    const byHog = Object.fromEntries(run.trials.map((t) => [t.config.hog as string, t]));
    expect(byHog.memory).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byHog.memory!.failureReason).toMatch(/^analysis 'fixture-hog' 1\.0\.0: the trial's worker exceeded its memory cap of 512 MB \(TRANSFERLAB_WORKER_MEMORY_MB\): .*Array buffer allocation failed/);
    expect(byHog.busy).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byHog.busy!.failureReason).toBe("analysis 'fixture-hog' 1.0.0: the trial ran longer than its timeout of 4 s (TRANSFERLAB_TRIAL_TIMEOUT_S); its worker was killed and replaced");
    expect(byHog.none).toMatchObject({ status: 'DONE', failureReason: null });
  });

  it('fails a trial whose plugin throws, exits its process or returns a malformed result, naming the plugin, while the rest run', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-hog', params: { hogs: ['throw', 'exit', 'malformed', 'huge', 'none'] } } },
      TOKEN,
    );
    const run = await waitForRun(server.url, body.data!.startRun.id);
    expect(run).toMatchObject({ status: 'COMPLETED', completedCount: 1, failedCount: 4 });
    const byHog = Object.fromEntries(run.trials.map((t) => [t.config.hog as string, t]));
    expect(byHog.throw).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byHog.throw!.failureReason).toBe("analysis 'fixture-hog' 1.0.0: fixture-hog: cannot read properties of undefined");
    // An exit looks like a crash from outside: retried on a fresh worker, then failed with the exit code.
    expect(byHog.exit).toMatchObject({ status: 'FAILED' });
    expect(byHog.exit!.failureReason).toMatch(/^analysis 'fixture-hog' 1\.0\.0: worker process \d+ died while running job 'transferlab\.run-trial': exited with code 3 \(after \d+ attempts\)$/);
    expect(byHog.malformed).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(byHog.malformed!.failureReason).toBe(
      "analysis 'fixture-hog' 1.0.0 returned a malformed result: metrics.accuracy is the string \"high\", not a number",
    );
    expect(byHog.huge!.failureReason).toMatch(/^analysis 'fixture-hog' 1\.0\.0 returned a malformed result: the result is \d+ bytes as JSON; at most 67108864$/);
    expect(byHog.none).toMatchObject({ status: 'DONE', failureReason: null });
  });
});
