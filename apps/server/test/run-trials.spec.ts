import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { RunExecutor } from '../src/runs/run-executor.service';
import { TRIAL_QUEUE_DRIVER } from '../src/queue/trial-queue';
import type { LocalTrialQueue } from '../src/queue/local-trial-queue';
import { ResultEntity } from '../src/results/result.entity';
import { DATABASES, type TestDatabase } from './helpers/databases';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';
import { until } from './helpers/until';

const TOKEN = 'trials-test-token-0123';

interface TrialRow {
  key: string;
  ordinal: number;
  status: string;
  attempts: number;
  progress: number;
  progressMessage: string | null;
}
interface Counts {
  queued: number;
  running: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

const PAGE = /* GraphQL */ `
  query ($id: ID!, $take: Int!, $skip: Int!, $status: TrialStatus) {
    run(id: $id) {
      status
      progress
      runningCount
      trials(take: $take, skip: $skip, status: $status) {
        key
        ordinal
        status
        attempts
        progress
        progressMessage
      }
      trialCounts {
        queued
        running
        completed
        failed
        cancelled
        total
      }
      failures {
        key
        ordinal
        attempts
        reason
      }
    }
  }
`;

interface PageData {
  run: {
    status: string;
    progress: number;
    runningCount: number;
    trials: TrialRow[];
    trialCounts: Counts;
    failures: { key: string; ordinal: number; attempts: number; reason: string }[];
  };
}

describe.each(DATABASES)('run trials: pages, counts, progress, cancel on $kind', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  const start = async (params: Record<string, unknown>): Promise<string> => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params } },
      TOKEN,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.startRun.id;
  };
  const page = async (id: string, take: number, skip = 0, status?: string): Promise<PageData['run']> => {
    const { body } = await postQuery<PageData>(server.url, PAGE, { id, take, skip, status });
    expect(body.errors).toBeUndefined();
    return body.data!.run;
  };

  beforeAll(async () => {
    db = await create();
    server = await startTestServer({ TRANSFERLAB_DATABASE_URL: db.url, TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('pages trials in expansion order, filters by status, counts by status and lists failures with reasons', async () => {
    // 2 sources x 3 n x 2 seeds; the robust half fails.
    const id = await start({ ns: [10, 20, 40], seeds: 2, failSource: 'robust' });
    const run = await waitForRun(server.url, id);
    const all = await page(id, 500);
    expect(all.trials.map((t) => t.ordinal)).toEqual([...Array(12).keys()]);
    expect(all.trials.map((t) => t.key)).toEqual(run.trials.map((t) => t.key));
    expect((await page(id, 3, 2)).trials.map((t) => t.ordinal)).toEqual([2, 3, 4]);
    expect((await page(id, 5, 10)).trials.map((t) => t.ordinal)).toEqual([10, 11]);

    const failed = all.trials.filter((t) => t.status === 'FAILED');
    expect(failed).toHaveLength(6);
    expect((await page(id, 500, 0, 'FAILED')).trials).toEqual(failed);
    expect((await page(id, 2, 1, 'DONE')).trials).toEqual(
      all.trials.filter((t) => t.status === 'DONE').slice(1, 3),
    );
    expect(all.trials.map((t) => t.progress)).toEqual(all.trials.map((t) => (t.status === 'DONE' ? 1 : 0)));

    expect(all.trialCounts).toEqual({
      queued: 0,
      running: 0,
      completed: 6,
      failed: 6,
      cancelled: 0,
      total: 12,
    });
    expect(all.failures.map((f) => f.key)).toEqual(failed.map((t) => t.key));
    for (const f of all.failures)
      expect(f).toMatchObject({ attempts: 1, reason: "analysis 'fixture-sweep' 2.0.0: fixture-sweep: source robust fails on purpose" });
  });

  it('refuses a page larger than 500 trials or a negative skip with a clear error', async () => {
    const id = await start({ ns: [10], seeds: 1 });
    await waitForRun(server.url, id);
    const tooBig = await postQuery(server.url, PAGE, { id, take: 501, skip: 0 });
    expect(tooBig.body.errors?.[0]).toMatchObject({
      message: 'take must not be greater than 500',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ARGUMENTS' },
    });
    expect(tooBig.body.data).toBeNull();
    const negative = await postQuery(server.url, PAGE, { id, take: 10, skip: -1 });
    expect(negative.body.errors?.[0]).toMatchObject({
      message: 'skip must not be less than 0',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('reports in-trial progress (epochs) on the run and on the running trial', async () => {
    // One trial of 8 epochs, 0.5 s each; the fixture reports each epoch like the transfer analysis.
    const id = await start({ sources: ['natural'], ns: [10], seeds: 1, epochs: 8, delayMs: 4000 });
    const seen = await until('a fraction of the trial', async () => {
      const r = await page(id, 10);
      return r.progress > 0 && r.progress < 1 ? r : undefined;
    });
    expect(seen).toMatchObject({ status: 'RUNNING', runningCount: 1, trialCounts: { running: 1, total: 1 } });
    const [trial] = seen.trials;
    expect(trial!.status).toBe('RUNNING');
    expect(trial!.progress).toBe(seen.progress);
    // The message belongs to the fraction: epoch k of 8 is k/8.
    const k = Number(/^epoch (\d)\/8$/.exec(trial!.progressMessage ?? '')?.[1]);
    expect(trial!.progress).toBe(k / 8);
    const done = await waitForRun(server.url, id);
    expect(done).toMatchObject({ status: 'COMPLETED', progress: 1 });
    expect((await page(id, 10)).runningCount).toBe(0);
  });

  it('cancels a run while its trial is running: the worker is killed, the trial is cancelled, not retried, no result', async () => {
    const id = await start({ sources: ['natural'], ns: [10, 20], seeds: 1, epochs: 10, delayMs: 10_000 });
    // A progress message proves the trial is inside a worker, not waiting in the pool's queue.
    await until('the first trial to report an epoch', async () =>
      (await page(id, 10)).trials[0]?.progressMessage ? true : undefined,
    );
    const driver = server.app.get<LocalTrialQueue>(TRIAL_QUEUE_DRIVER);
    const [worker] = driver.pids;
    const { body } = await postQuery<{ cancelRun: { status: string; trialCounts: Counts } }>(
      server.url,
      'mutation ($id: ID!) { cancelRun(id: $id) { status trialCounts { queued running completed failed cancelled total } } }',
      { id },
      TOKEN,
    );
    expect(body.errors).toBeUndefined();
    // Both trials are cancelled when the mutation answers: the running one stopped, the queued one dropped.
    expect(body.data!.cancelRun).toEqual({
      status: 'CANCELLED',
      trialCounts: { queued: 0, running: 0, completed: 0, failed: 0, cancelled: 2, total: 2 },
    });
    expect(() => process.kill(worker!, 0)).toThrow();
    await server.app.get(RunExecutor).idle();
    const after = await page(id, 10);
    expect(after.status).toBe('CANCELLED');
    expect(after.trials.map((t) => [t.status, t.attempts])).toEqual([
      ['CANCELLED', 1],
      ['CANCELLED', 0],
    ]);
    expect(after.failures).toEqual([]);
    expect(await server.app.get(DataSource).getRepository(ResultEntity).countBy({ runId: id })).toBe(0);
    // The pool replaced the killed worker: the next run still completes.
    const next = await start({ sources: ['natural'], ns: [10], seeds: 1 });
    expect(await waitForRun(server.url, next)).toMatchObject({ status: 'COMPLETED', completedCount: 1 });
  });
});
