import type { ChildProcess } from 'node:child_process';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trialJobId, TRIAL_QUEUE_NAME, type QueuedTrials } from '../src/queue/bullmq-names';
import { BullmqTrialQueue } from '../src/queue/bullmq-trial-queue';
import { redisClient } from '../src/queue/redis-connection';
import type { TrialJob, TrialOutcome } from '../src/queue/trial-queue';
import { exited, freePort, startRedis } from './helpers/processes';
import { until } from './helpers/until';

const RUN = '00000000-0000-4000-8000-000000000001';
const RUN2 = '00000000-0000-4000-8000-000000000002';
const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => c.repeat(64));

/** A job of the given trials of RUN, as the executor hands it to the driver. */
function job(keys: readonly string[], runId = RUN): TrialJob {
  return {
    analysis: 'fixture',
    runId,
    models: [],
    trials: keys.map((trialKey) => ({ config: { trialKey }, uses: {}, trialKey, checksums: {} })),
  };
}

function outcome(trialKey: string): TrialOutcome {
  return { metrics: {}, series: null, details: { trialKey }, pluginVersion: '1.0.0', provider: 'cpu' };
}

// A Redis of this test's own (the queue name is shared by every deployment on one Redis).
describe('bullmq driver: a restarted server with other groups runs each trial once', () => {
  let redis: ChildProcess;
  let url: string;
  const config = (): TransferlabConfig =>
    ({ queue: { driver: 'bullmq', redisUrl: url } }) as unknown as TransferlabConfig;

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = await startRedis(port);
  });
  afterAll(async () => {
    redis?.kill('SIGKILL');
    if (redis) await exited(redis);
  });

  it('follows the jobs still queued from before the restart instead of adding their trials again', async () => {
    const inspect = new Queue(TRIAL_QUEUE_NAME, { connection: redisClient(url) });
    // Before the restart: four trials in two groups of two (and two more queued alone), no worker yet.
    const before = await BullmqTrialQueue.open(config());
    const lost = [job(KEYS.slice(0, 2)), job(KEYS.slice(2, 4)), job([KEYS[4]!])].map((j) =>
      before.execute(j).catch(() => undefined),
    );
    await until(
      'three queued jobs',
      async () => ((await inspect.getWaitingCount()) === 3 ? true : undefined),
      10_000,
    );
    await before.close();
    await Promise.all(lost);

    // After: every trial still wanted; the executor groups the same trials otherwise.
    const after = await BullmqTrialQueue.open(config());
    await after.reconcile(new Set(KEYS.map((k) => trialJobId(RUN, k))));
    const done = Promise.all([
      after.execute(job([KEYS[1]!, KEYS[2]!, KEYS[5]!])),
      after.execute(job([KEYS[0]!, KEYS[3]!, KEYS[4]!])),
    ]);

    const runs = new Map<string, number>();
    const worker = new Worker<QueuedTrials, TrialOutcome[]>(
      TRIAL_QUEUE_NAME,
      (j) => {
        for (const t of j.data.trials) runs.set(t.trialKey, (runs.get(t.trialKey) ?? 0) + 1);
        return Promise.resolve(j.data.trials.map((t) => outcome(t.trialKey)));
      },
      { connection: redisClient(url), concurrency: 4 },
    );
    try {
      const [first, second] = await done;
      // Each outcome is its own trial's, in the order the executor asked.
      expect(first.map((o) => o.details?.trialKey)).toEqual([KEYS[1], KEYS[2], KEYS[5]]);
      expect(second.map((o) => o.details?.trialKey)).toEqual([KEYS[0], KEYS[3], KEYS[4]]);
      await until(
        'the queue drained',
        async () =>
          (await inspect.getWaitingCount()) + (await inspect.getActiveCount()) === 0 ? true : undefined,
        10_000,
      );
      expect(Object.fromEntries(runs)).toEqual(Object.fromEntries(KEYS.map((k) => [k, 1])));
    } finally {
      await worker.close();
      await after.close();
      await inspect.close();
    }
  });

  it('lets go of the trials of a kept job that fails: tried again, they go into a new job', async () => {
    const inspect = new Queue(TRIAL_QUEUE_NAME, { connection: redisClient(url) });
    const before = await BullmqTrialQueue.open(config());
    const lost = before.execute(job(KEYS.slice(0, 2), RUN2)).catch(() => undefined);
    await until(
      'one queued job',
      async () => ((await inspect.getWaitingCount()) === 1 ? true : undefined),
      10_000,
    );
    await before.close();
    await lost;

    const after = await BullmqTrialQueue.open(config());
    await after.reconcile(new Set(KEYS.slice(0, 2).map((k) => trialJobId(RUN2, k))));
    // The old group fails (its worker refuses it); the executor then runs its trials one by one.
    const jobs: string[] = [];
    const worker = new Worker<QueuedTrials, TrialOutcome[]>(
      TRIAL_QUEUE_NAME,
      (j) => {
        jobs.push(j.id!);
        if (j.data.trials.length > 1) return Promise.reject(new UnrecoverableError('the group breaks'));
        return Promise.resolve(j.data.trials.map((t) => outcome(t.trialKey)));
      },
      { connection: redisClient(url) },
    );
    try {
      await expect(after.execute(job([KEYS[0]!], RUN2))).rejects.toThrow('the group breaks');
      const [alone] = await after.execute(job([KEYS[0]!], RUN2));
      expect(alone!.details).toEqual({ trialKey: KEYS[0] });
      expect(jobs.slice(1)).toEqual([trialJobId(RUN2, KEYS[0]!)]);
    } finally {
      await worker.close();
      await after.close();
      await inspect.close();
    }
  });
});
