import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { datasetKey } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { jobRefusal } from './bullmq-job-check';
import { CANCEL_CHANNEL, MAX_STALLED_COUNT, queuedTrials, TRIAL_QUEUE_NAME, type EarlierQueuedTrial, type QueuedTrials } from '../queue/bullmq-names';
import { LocalTrialQueue } from '../queue/local-trial-queue';
import { redisClient } from '../queue/redis-connection';
import type { TrialOutcome } from '../queue/trial-queue';
import { storedOutcome, storeResult } from '../runs/store-result';
import { HEARTBEAT_MS, HEARTBEAT_TTL_MS, LIVE_WORKER_PREFIX, type LiveWorkerRecord } from '../queue/worker-announcements';
import { RemoteFiles } from './remote-files';
import { workerMemoryRecord } from '../queue/worker-memory-record';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The trial's models or datasets could not be fetched (or were refused): retried, unlike an analysis error. */
class FetchError extends Error {}

/**
 * One worker command's trial workers: a BullMQ worker whose processor hands each job (a trial,
 * or a group) to local engine processes (the local driver's pool: CPU-bound ONNX Runtime never
 * blocks this event loop, so lock renewal keeps running), after fetching what its trials use
 * from the server. The results are written to the database here, idempotently, and returned.
 */
export class TrialWorkerNode {
  readonly id = randomUUID();
  private readonly local: LocalTrialQueue;
  private readonly worker: Worker<QueuedTrials | EarlierQueuedTrial, TrialOutcome[]>;
  private readonly files: RemoteFiles;
  private readonly redis: Redis;
  private readonly subscriber: Redis;
  /** Per running job, its trials (one, or a group's). */
  private readonly running = new Map<string, readonly { runId: string; trialKey: string }[]>();
  private readonly startedAt = new Date().toISOString();
  private readonly heartbeat: NodeJS.Timeout;
  private provider: string;
  private completed = 0;
  private stopping = false;

  constructor(
    private readonly config: TransferlabConfig & { queue: { driver: 'bullmq'; redisUrl: string; stallS: number } },
    private readonly db: DataSource,
  ) {
    this.provider = config.executionProvider;
    this.local = new LocalTrialQueue(config);
    this.files = new RemoteFiles(config.serverUrl, config.workerToken, config.dataDir);
    this.redis = redisClient(config.queue.redisUrl);
    this.redis.on('error', () => undefined);
    const stallMs = config.queue.stallS * 1000;
    this.worker = new Worker<QueuedTrials | EarlierQueuedTrial, TrialOutcome[]>(TRIAL_QUEUE_NAME, (job, _token, signal) => this.process(job, signal), {
      connection: redisClient(config.queue.redisUrl),
      concurrency: config.workers,
      lockDuration: stallMs,
      stalledInterval: stallMs,
      maxStalledCount: MAX_STALLED_COUNT,
    });
    // A Redis restart surfaces here (and is survived: ioredis reconnects); it must not crash the process.
    this.worker.on('error', (e) => process.stderr.write(`[worker] queue: ${e.message}\n`));
    this.subscriber = redisClient(config.queue.redisUrl);
    this.subscriber.on('error', () => undefined);
    void this.subscriber.subscribe(CANCEL_CHANNEL);
    this.subscriber.on('message', (_channel: string, jobId: string) => {
      if (this.running.has(jobId)) this.worker.cancelJob(jobId, 'cancelled');
    });
    this.heartbeat = setInterval(() => void this.announce(), HEARTBEAT_MS);
    void this.announce();
  }

  /** Engine process ids (tests). */
  get pids(): number[] {
    return this.local.pids;
  }

  /**
   * A job's trials (one, or a group of one run and group key) through the local pool, after
   * fetching what they use; each result is stored under its own trial key, and a job whose
   * results are all stored (BullMQ delivers at least once) is answered from the database.
   */
  private async process(job: Job<QueuedTrials | EarlierQueuedTrial, TrialOutcome[]>, signal: AbortSignal | undefined): Promise<TrialOutcome[]> {
    const d = queuedTrials(job.data);
    // Anyone who can write to Redis can add a job: only what the database stands behind runs.
    const refusal = await jobRefusal(this.db, d);
    if (refusal !== undefined) {
      process.stderr.write(`[worker] refused job ${job.id ?? '?'}: ${refusal}\n`);
      throw new UnrecoverableError(`refused: ${refusal}`);
    }
    const stored = await Promise.all(d.trials.map((t) => storedOutcome(this.db, d.runId, t.trialKey)));
    if (stored.every((o) => o !== undefined)) return stored;
    this.running.set(job.id!, d.trials.map((t) => ({ runId: d.runId, trialKey: t.trialKey })));
    void this.announce();
    try {
      const checksums = Object.assign({}, ...d.trials.map((t) => t.checksums)) as Record<string, string>;
      const specs = new Map(d.trials.flatMap((t) => t.uses.datasets ?? []).map((s) => [datasetKey(s), s]));
      let models: Awaited<ReturnType<RemoteFiles['models']>>;
      let datasetFiles: Record<string, string>;
      try {
        models = await this.files.models(d.models);
        datasetFiles = await this.files.datasets([...specs.values()], checksums);
      } catch (e) {
        // The server may be restarting: BullMQ tries again after its backoff.
        throw new FetchError(message(e));
      }
      const outcomes = await this.local.execute(
        { analysis: d.analysis, trials: d.trials, models, datasetFiles, checksums },
        {
          ...(signal ? { signal } : {}),
          onProgress: (fraction, msg) => void job.updateProgress({ fraction, message: msg }).catch(() => undefined),
        },
      );
      // The database may be away for a moment: the server stores the returned outcomes as well.
      for (const [i, t] of d.trials.entries()) {
        await storeResult(this.db, d.runId, t.trialKey, d.analysis, outcomes[i]!).catch((e: unknown) =>
          process.stderr.write(`[worker] could not store the result of ${d.runId}.${t.trialKey}; the server will: ${message(e)}\n`),
        );
      }
      this.provider = outcomes[0]?.provider ?? this.provider;
      this.completed += outcomes.length;
      return outcomes;
    } catch (e) {
      throw this.failure(e, signal);
    } finally {
      this.running.delete(job.id!);
      void this.announce();
    }
  }

  /** What BullMQ gets from a failed job: a retryable error, or an unrecoverable one. */
  private failure(e: unknown, signal: AbortSignal | undefined): Error {
    // Handed back at shutdown, or an engine process lost: BullMQ retries it (with backoff), here or elsewhere.
    if (this.stopping || e instanceof FetchError || this.local.isWorkerLost(e)) return e instanceof Error ? e : new Error(message(e));
    // Cancelled, or the analysis itself failed: trying again would end the same way.
    return new UnrecoverableError(signal?.aborted ? 'cancelled' : message(e));
  }

  private async announce(): Promise<void> {
    if (this.stopping && this.running.size === 0) return;
    const record: LiveWorkerRecord = {
      id: this.id,
      host: hostname(),
      pid: process.pid,
      provider: this.provider,
      threads: this.config.threadsPerWorker,
      slots: this.config.workers,
      startedAt: this.startedAt,
      lastSeen: new Date().toISOString(),
      completed: this.completed,
      trials: [...this.running.values()].flat(),
      memory: workerMemoryRecord(this.local.memory()),
    };
    await this.redis.set(`${LIVE_WORKER_PREFIX}${this.id}`, JSON.stringify(record), 'PX', HEARTBEAT_TTL_MS).catch(() => undefined);
  }

  /**
   * Graceful stop: take no new trials, let running ones finish for `graceMs`, then hand them
   * back (their engine processes are stopped and the jobs fail this attempt, so BullMQ gives
   * them to another worker).
   */
  async close(graceMs: number): Promise<void> {
    this.stopping = true;
    const timer = setTimeout(() => this.worker.cancelAllJobs('shutdown'), graceMs);
    try {
      await this.worker.close();
    } finally {
      clearTimeout(timer);
      clearInterval(this.heartbeat);
    }
    await this.local.close();
    await this.redis.del(`${LIVE_WORKER_PREFIX}${this.id}`).catch(() => undefined);
    this.redis.disconnect();
    this.subscriber.disconnect();
  }
}
