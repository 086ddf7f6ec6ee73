import { Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { CANCEL_CHANNEL, memberJobIds, queuedJobId, queuedTrials, TRIAL_JOB_OPTIONS, TRIAL_QUEUE_NAME, type EarlierQueuedTrial, type QueuedTrials } from './bullmq-names';
import { HeldJobs, type HeldJob } from './bullmq-held-jobs';
import { checkRedis, redisClient } from './redis-connection';
import type { TrialExecution, TrialJob, TrialOutcome, TrialQueueDriver } from './trial-queue';
import { readLiveWorkerRecords } from './worker-announcements';
import type { TrialProgressMessage } from '../job-host/worker-payload';

/** Trials one server keeps queued in Redis at once; workers on any number of machines take them. */
export const BULLMQ_IN_FLIGHT = 1024;

/** How often the server checks the jobs it waits for: a job lost with Redis is added again. */
export const JOB_CHECK_MS = 3000;

/** The job failed on a worker after its retries (or at once, for an analysis error). */
export class RemoteTrialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteTrialError';
  }
}

/** The server stopped waiting (shutdown): the job stays queued and the trial is resumed at the next start. */
export class QueueClosedError extends Error {
  constructor() {
    super('the server stopped waiting for this trial (shutdown); it is resumed at the next start');
    this.name = 'QueueClosedError';
  }
}

interface Waiter {
  readonly data: QueuedTrials;
  /** The job's return value: an outcome per trial. */
  readonly resolve: (o: unknown) => void;
  readonly reject: (e: Error) => void;
  readonly onProgress: ((fraction: number, message: string | null) => void) | undefined;
  readonly onStart: (() => void) | undefined;
}

/**
 * The BullMQ driver, server side: one job per driver job, a trial alone (job id = run and
 * trial key, so adding a trial twice is a no-op while its job exists) or a group of trials (the
 * run and a digest of the keys); results and progress back through QueueEvents.
 * Redis is not the record: a job missing from Redis (a restart without persistence) is added
 * again, and workers answer a trial already in the database from the database. After a
 * restart, trials that a job of the earlier server still holds wait for that job (HeldJobs).
 */
export class BullmqTrialQueue implements TrialQueueDriver {
  readonly concurrency = BULLMQ_IN_FLIGHT;
  readonly startsLater = true;
  private readonly waiters = new Map<string, Waiter>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;
  /** The live workers' slots, as last read from their announcements (0: none seen yet). */
  private liveSlots = 0;
  /** Jobs an earlier server left queued for trials still wanted: their trials are not added again. */
  private readonly held = new HeldJobs();

  private constructor(
    private readonly queue: Queue,
    private readonly events: QueueEvents,
    private readonly publisher: Redis,
  ) {
    events.on('completed', ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => this.settle(jobId, (w) => w.resolve(returnvalue)));
    // A failed attempt may be retried: only the job's final state decides.
    events.on('failed', ({ jobId }) => {
      const w = this.waiters.get(jobId);
      if (w) void this.check(jobId, w);
    });
    events.on('active', ({ jobId }) => this.waiters.get(jobId)?.onStart?.());
    events.on('progress', ({ jobId, data }) => {
      const p = data as Partial<TrialProgressMessage> | undefined;
      if (p && typeof p.fraction === 'number') this.waiters.get(jobId)?.onProgress?.(p.fraction, p.message ?? null);
    });
    const warn = (e: Error): void => process.emitWarning(`transferlab: bullmq: ${e.message}`);
    queue.on('error', warn);
    events.on('error', warn);
    publisher.on('error', () => undefined);
    this.timer = setInterval(() => void this.checkAll(), JOB_CHECK_MS);
  }

  static async open(config: TransferlabConfig): Promise<BullmqTrialQueue> {
    if (config.queue.driver !== 'bullmq') throw new Error('the bullmq driver needs TRANSFERLAB_QUEUE=bullmq');
    const url = config.queue.redisUrl;
    await checkRedis(url);
    const queue = new Queue(TRIAL_QUEUE_NAME, { connection: redisClient(url), defaultJobOptions: TRIAL_JOB_OPTIONS });
    const events = new QueueEvents(TRIAL_QUEUE_NAME, { connection: redisClient(url) });
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    return new BullmqTrialQueue(queue, events, redisClient(url));
  }

  /** The job's trials (one, or a group) as one queue job; a worker runs them and stores each result. */
  async execute(job: TrialJob, execution: TrialExecution = {}): Promise<TrialOutcome[]> {
    const runId = job.runId;
    const trials = job.trials.map((t) => ({ config: t.config, uses: t.uses, trialKey: t.trialKey ?? '', checksums: t.checksums ?? {} }));
    if (typeof runId !== 'string' || trials.length === 0 || trials.some((t) => t.trialKey === '')) {
      throw new Error("the bullmq driver needs the job's runId and each trial's trialKey and checksums");
    }
    // Trials an earlier server's job still holds (it may have grouped them otherwise) wait for
    // that job; only the others go into a new one, so no trial is queued twice.
    const results = new Array<unknown>(trials.length);
    const parts: Promise<void>[] = [];
    const own: number[] = [];
    const followed = new Map<HeldJob, number[]>();
    for (const [i, t] of trials.entries()) {
      const h = this.held.holder(runId, t.trialKey);
      if (h) followed.set(h, [...(followed.get(h) ?? []), i]);
      else own.push(i);
    }
    for (const [h, members] of followed) {
      parts.push(
        this.follow(h, execution).then((outcomes) => {
          for (const i of members) results[i] = HeldJobs.outcomeOf(h, outcomes, trials[i]!.trialKey);
        }),
      );
    }
    if (own.length > 0) {
      const mine = own.map((i) => trials[i]!);
      const data: QueuedTrials = { analysis: job.analysis, models: job.models, runId, trials: mine };
      parts.push(
        this.enqueue(queuedJobId(runId, mine.map((t) => t.trialKey)), data, execution).then((outcomes) => {
          if (!Array.isArray(outcomes) || outcomes.length !== mine.length) {
            throw new RemoteTrialError(`the job's worker returned ${Array.isArray(outcomes) ? outcomes.length : 'no'} outcomes for ${mine.length} trials`);
          }
          for (const [j, i] of own.entries()) results[i] = outcomes[j];
        }),
      );
    }
    // Every part settles first: a part still running when another failed would run its trials again alone.
    const settled = await Promise.allSettled(parts);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return results as TrialOutcome[];
  }

  /** Waits for a held job (one wait, however many of the executor's groups share its trials); a cancel stops it. */
  private follow(h: HeldJob, execution: TrialExecution): Promise<unknown> {
    const { signal } = execution;
    if (signal?.aborted) return Promise.reject(new Error('cancelled'));
    const wait = this.held.follow(h, execution, (fanOut) => this.enqueue(h.id, h.data, fanOut));
    signal?.addEventListener('abort', () => {
      this.settle(h.id, (w) => w.reject(new Error('cancelled')));
      void this.stop(h.id);
    });
    return wait;
  }

  /** The live workers' slots (at least 1): queued trials are grouped as if each slot took one group. */
  groupSlots(): number {
    return Math.max(1, this.liveSlots);
  }

  /** Adds the job and waits for its final state; a cancel removes or stops it. */
  private enqueue(id: string, data: QueuedTrials, execution: TrialExecution): Promise<unknown> {
    const { signal, onProgress, onStart } = execution;
    return new Promise<unknown>((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('cancelled'));
      const waiter: Waiter = { data, resolve, reject, onProgress, onStart };
      this.waiters.set(id, waiter);
      signal?.addEventListener('abort', () => {
        this.settle(id, (w) => w.reject(new Error('cancelled')));
        void this.stop(id);
      });
      // The add may fail while Redis is away; the periodic check adds it again.
      void this.add(id, data).then(() => this.check(id, waiter), () => undefined);
    });
  }

  /** Only a shutdown of this server: BullMQ already retried lost workers (stalls, crashes) itself. */
  isWorkerLost(error: unknown): boolean {
    return error instanceof QueueClosedError;
  }

  /**
   * At start: drop queued jobs the database no longer wants (finished or cancelled trials)
   * and stop running ones. `wanted` holds the job ids of trials with no result. The jobs that
   * stay (waiting, running or finished) are followed by the executes of their trials.
   */
  async reconcile(wanted: ReadonlySet<string>): Promise<number> {
    let dropped = 0;
    const page = 500;
    for (const state of ['wait', 'delayed', 'prioritized', 'completed', 'failed', 'active'] as const) {
      for (let start = 0; ; start += page) {
        const jobs = await this.queue.getJobs(state, start, start + page - 1, true);
        // A job stays while every trial of it is wanted.
        const gone = jobs.filter((j) => j.id !== undefined && !(j.data ? memberJobIds(j.data as QueuedTrials | EarlierQueuedTrial) : [j.id]).every((id) => wanted.has(id)));
        for (const j of gone) {
          if (state === 'active') await this.publisher.publish(CANCEL_CHANNEL, j.id!);
          else if ((await this.queue.remove(j.id!)) === 1) dropped++;
        }
        // The jobs that stay hold their trials: a failed one's are tried again in new jobs.
        if (state !== 'failed') {
          for (const j of jobs) if (j.id !== undefined && j.data && !gone.includes(j)) this.held.add(j.id, queuedTrials(j.data as QueuedTrials | EarlierQueuedTrial), state === 'active');
        }
        // Removing shifts the list: page on only past the jobs that stay.
        if (jobs.length < page) break;
        start -= state === 'active' ? 0 : gone.length;
      }
    }
    return dropped;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const id of [...this.waiters.keys()]) this.settle(id, (w) => w.reject(new QueueClosedError()));
    await Promise.allSettled([this.events.close(), this.queue.close()]);
    this.publisher.disconnect();
  }

  private async add(id: string, data: QueuedTrials): Promise<void> {
    await this.queue.add('trial', data, { jobId: id });
  }

  /** Removes a waiting job; a running one is stopped by its worker, which listens on the cancel channel. */
  private async stop(id: string): Promise<void> {
    try {
      if ((await this.queue.remove(id)) === 1) return;
      await this.publisher.publish(CANCEL_CHANNEL, id);
    } catch (e) {
      process.emitWarning(`transferlab: could not stop job ${id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private settle(id: string, how: (w: Waiter) => void): void {
    const w = this.waiters.get(id);
    if (!w) return;
    this.waiters.delete(id);
    how(w);
  }

  /** The job's state decides: finished -> settle; missing (lost with Redis, or removed) -> add it again. */
  private async check(id: string, w: Waiter): Promise<void> {
    if (this.waiters.get(id) !== w) return;
    const state = await this.queue.getJobState(id);
    if (state === 'completed' || state === 'failed') {
      const job = await Job.fromId<QueuedTrials, unknown>(this.queue, id);
      if (!job) return;
      if (state === 'completed') this.settle(id, (x) => x.resolve(job.returnvalue));
      else this.settle(id, (x) => x.reject(new RemoteTrialError(job.failedReason || 'the trial failed on its worker')));
    } else if (state === 'unknown') {
      await this.add(id, w.data);
    }
  }

  /** The slots of the workers that announced themselves (their records expire when they stop). */
  private async readLiveSlots(): Promise<number> {
    const records = await readLiveWorkerRecords(this.publisher, 10_000);
    return records.reduce((sum, r) => sum + Math.max(0, r.slots ?? 0), 0);
  }

  private async checkAll(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const [id, w] of [...this.waiters]) await this.check(id, w);
      this.liveSlots = await this.readLiveSlots();
    } catch {
      // Redis is away: the next round tries again.
    } finally {
      this.checking = false;
    }
  }
}
