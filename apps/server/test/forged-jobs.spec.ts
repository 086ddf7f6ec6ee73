import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDescriptor } from '../src/job-host/model-descriptor';
import { ModelEntity } from '../src/models/model.entity';
import { jobRefusal } from '../src/remote-workers/bullmq-job-check';
import { TRIAL_QUEUE_NAME, type QueuedTrials } from '../src/queue/bullmq-names';
import { redisClient } from '../src/queue/redis-connection';
import { TrialWorkerNode } from '../src/remote-workers/trial-worker-node';
import { ResultEntity } from '../src/results/result.entity';
import { RunEntity } from '../src/runs/run.entity';
import { RunStatus, TrialStatus } from '../src/runs/run-status';
import { TrialEntity } from '../src/runs/trial.entity';
import { startBullmqTestServer, type BullmqTestServer } from './helpers/bullmq-test-server';
import { START, waitForRun } from './helpers/runs';
import { postQuery, type TestServer } from './helpers/test-server';
import { until } from './helpers/until';

const TOKEN = 'forged-jobs-api-token-01';
const WORKER_TOKEN = 'forged-jobs-worker-token-01';
/** One fixture-sweep trial: synthetic numbers, no model or dataset to fetch. */
const PARAMS = { sources: ['natural'], targets: ['t1'], ns: [10], seeds: 1, epochs: 1 };

// Anyone who can write to Redis can add a job. A worker runs a job only when the database
// stands behind it (a run the server created, its analysis, a stored trial with that exact
// config); a forged job fails at once, naming the field, and stores nothing.
describe('a worker refuses jobs written straight into Redis', { timeout: 120_000 }, () => {
  let deployment: BullmqTestServer;
  let server: TestServer;
  let worker: TrialWorkerNode | undefined;
  let queue: Queue;

  beforeAll(async () => {
    deployment = await startBullmqTestServer(TOKEN, WORKER_TOKEN, { TRANSFERLAB_GROUP_TRIALS: 'off' });
    server = deployment.server;
    queue = new Queue(TRIAL_QUEUE_NAME, { connection: redisClient(deployment.redisUrl) });
  });
  afterAll(async () => {
    await worker?.close(0);
    await queue?.close();
    await deployment?.close();
  });

  it('fails each forged job naming what is wrong, and only the real trial stores a result', async () => {
    const db = server.app.get(DataSource);
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: PARAMS } },
      TOKEN,
    );
    expect(body.errors).toBeUndefined();
    const runId = body.data!.startRun.id;
    const real = await until(
      'the run queued',
      async () => (await db.getRepository(TrialEntity).findBy({ runId }))[0],
    );
    const trial = {
      config: real.config,
      uses: real.uses,
      trialKey: real.trialKey,
      checksums: real.checksums,
    };
    const genuine: QueuedTrials = { analysis: 'fixture-sweep', models: [], runId, trials: [trial] };
    const otherRun = randomUUID();
    const forged: [string, QueuedTrials, string][] = [
      [
        'a run the server never created',
        { ...genuine, runId: otherRun, trials: [{ ...trial }] },
        `runId: the server has no run ${otherRun}`,
      ],
      [
        'a trial key of no trial of the run',
        { ...genuine, trials: [{ ...trial, trialKey: 'f'.repeat(64) }] },
        `trialKey: ${'f'.repeat(64)} is not a trial of run ${runId}`,
      ],
      [
        "a real trial key with another config (it would store the forged config's result under it)",
        { ...genuine, trials: [{ ...trial, config: { ...trial.config, n: 1024 } }] },
        'config: trial',
      ],
      ['another analysis for the real trial', { ...genuine, analysis: 'fixture-hog' }, 'analysis: run'],
      [
        'a model the trial was not keyed with',
        {
          ...genuine,
          models: [{ id: 'zoo-x', checksum: '0'.repeat(64) }] as unknown as QueuedTrials['models'],
        },
        "models: model 'zoo-x'",
      ],
    ];
    // Last in, first out: the worker takes every forged job before the server's own.
    for (const [i, [, data]] of forged.entries())
      await queue.add('trial', data, { jobId: `forged-${i}`, lifo: true });

    worker = new TrialWorkerNode(server.config as ConstructorParameters<typeof TrialWorkerNode>[0], db);
    const run = await waitForRun(server.url, runId);
    expect(run.status).toBe('COMPLETED');
    for (const [i, [what, , reason]] of forged.entries()) {
      const state = await until(`forged job ${i} settled`, async () => {
        const s = await queue.getJobState(`forged-${i}`);
        return s === 'completed' || s === 'failed' ? s : undefined;
      });
      expect(state, what).toBe('failed');
      const job = await queue.getJob(`forged-${i}`);
      expect(job?.failedReason, what).toContain(`refused: ${reason}`);
      // Refused for good: no retry.
      expect(job?.attemptsMade, what).toBe(1);
    }
    // One row: the real trial's, computed from its stored config (n = 10, not the forged 1024).
    const rows = await db.getRepository(ResultEntity).find();
    expect(rows.map((r) => [r.runId, r.trialKey])).toEqual([[runId, real.trialKey]]);
    expect(rows[0]!.metrics.testAccuracy).toBeLessThan(0.9);
  });

  it("refuses a job whose model descriptor states other facts than the server's record", async () => {
    const db = server.app.get(DataSource);
    const model = await db
      .getRepository(ModelEntity)
      .findOneByOrFail({ id: 'fashion-mnist-a-resnet8-w16-natural' });
    // A run and trial as the server stores them (written here: only the check is under test).
    const runId = randomUUID();
    const trialKey = 'a'.repeat(64);
    const uses = { models: [model.id] };
    const checksums = { [`model:${model.id}`]: model.checksum };
    await db
      .getRepository(RunEntity)
      .insert({
        id: runId,
        analysisName: 'fixture-probe',
        analysisVersion: '1.0.0',
        params: {},
        status: RunStatus.RUNNING,
        trialCount: 1,
        createdAt: new Date().toISOString(),
      });
    await db
      .getRepository(TrialEntity)
      .insert({
        id: randomUUID(),
        runId,
        ordinal: 0,
        trialKey,
        config: { model: model.id },
        uses,
        checksums,
        status: TrialStatus.PENDING,
      });
    const descriptor: ModelDescriptor = {
      id: model.id,
      name: model.name,
      origin: model.origin,
      checksum: model.checksum,
      file: '/elsewhere/model.onnx',
      architecture: model.architecture,
      numClasses: model.numClasses,
      input: model.input,
      training: model.training,
      featureTensor: model.featureTensor,
      blocks: model.blocks,
      metrics: model.metrics,
      gradientProblem: model.gradientProblem,
    };
    const data = (models: ModelDescriptor[]): QueuedTrials => ({
      analysis: 'fixture-probe',
      runId,
      models,
      trials: [{ config: { model: model.id }, uses, trialKey, checksums }],
    });
    await expect(jobRefusal(db, data([descriptor]))).resolves.toBeUndefined();
    await expect(jobRefusal(db, data([{ ...descriptor, numClasses: 1000 }]))).resolves.toBe(
      `models: model '${model.id}': numClasses differs from the server's record`,
    );
    await expect(
      jobRefusal(db, data([{ ...descriptor, input: { ...descriptor.input, mean: [0] } }])),
    ).resolves.toBe(`models: model '${model.id}': input differs from the server's record`);
    await db.getRepository(RunEntity).update({ id: runId }, { status: RunStatus.CANCELLED });
    await expect(jobRefusal(db, data([descriptor]))).resolves.toBe(`runId: run ${runId} is cancelled`);
  });
});
