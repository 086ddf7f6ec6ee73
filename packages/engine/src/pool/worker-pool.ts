import { fork, type ChildProcess } from 'node:child_process';
import { JobCancelledError, JobFailedError, JobTimeoutError, PoolError, PoolErrorCode, WorkerCrashedError, WorkerMemoryError } from './pool-errors';
import type { FromWorker, ToWorker } from './protocol';
import { defaultWorkerEntry, type WorkerEntry } from './worker-entry';
import { isMemoryFailure, workerLaunch } from './worker-limits';
import { machineMemoryBytes, residentBytes, workerExitVerdict } from './worker-exit';
import type { PoolMemoryInfo, WorkerMemorySample } from './worker-memory';
import { DEFAULT_ABORT_GRACE_MS, DEFAULT_RELEASE_TIMEOUT_MS, type RunOptions, type WorkerPoolOptions } from './pool-options';
import { recycleAfterJob, replaceAfterIdle, type WorkerRecycleEvent } from './worker-replacement';

/** How long a dead worker's stderr may take to drain before its job's failure is decided. */
const STDERR_DRAIN_MS = 500;
/** How much of a worker's stderr is kept to tell a memory failure from another crash. */
const STDERR_TAIL = 16_384;

interface Job {
  readonly id: number;
  readonly name: string;
  readonly payload: unknown;
  readonly timeoutMs: number | undefined;
  readonly onProgress: ((value: unknown) => void) | undefined;
  timer?: NodeJS.Timeout;
  /** Kills the worker of a cancelled job that did not stop in time. */
  killTimer?: NodeJS.Timeout;
  timedOut?: boolean;
  cancelled?: boolean;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Slot {
  readonly child: ChildProcess;
  ready: boolean;
  job: Job | undefined;
  exited: Promise<void>;
  /** The end of what the worker wrote to stderr (forwarded to ours as it comes). */
  stderr: string;
  /** Being replaced (after a memory failure, or for its RSS after a job): takes no more jobs. */
  retiring?: boolean;
  readonly startedAt: string;
  /** The worker's last memory report, and when it came. */
  memory?: WorkerMemorySample;
  reportedAt?: string;
  /** The largest RSS seen during the current job (its reports and /proc samples): evidence if it dies. */
  jobPeakRss?: number;
  /** Its RSS in its first report (right after start): the base idle release compares with. */
  startRss?: number;
  /** Fires after idleReleaseMs without a job; cleared when a job is dispatched or the worker leaves. */
  idleTimer?: NodeJS.Timeout;
  /** Asked to release and not answered yet: takes no job until it has (it may be replaced). */
  releasing?: boolean;
  /** Kills the worker if its release does not answer within releaseTimeoutMs. */
  releaseTimer?: NodeJS.Timeout;
}

/** How often the pool reads busy workers' RSS from /proc: a worker deep in native code cannot report, and may be killed for its size. */
const RSS_SAMPLE_MS = 500;

/** Respawns in a row without a worker ever becoming ready before the pool gives up. */
const MAX_START_FAILURES = 3;

/**
 * ONNX Runtime blocks the thread that calls it, so all of it runs in forked worker
 * processes. Jobs queue FIFO and go to the first idle worker. A worker that dies rejects
 * its in-flight job with a WorkerCrashedError (exit code or signal) and is replaced.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closing = false;
  private startFailures = 0;
  /** Set once workers keep failing to start; every later job is refused with it. */
  private broken: string | undefined;
  private readonly entry: WorkerEntry;
  /** Workers replaced for their RSS over the recycle threshold. */
  private recycles = 0;
  private readonly sampler: NodeJS.Timeout;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!(options.size >= 1)) throw new RangeError(`pool size must be >= 1, got ${options.size}`);
    this.entry = options.entry ?? defaultWorkerEntry();
    for (let i = 0; i < options.size; i++) this.spawn();
    this.sampler = setInterval(() => this.sampleBusy(), RSS_SAMPLE_MS).unref();
  }

  /** Each worker's memory (its last report; RSS read now where /proc allows), the recycle threshold and the recycles so far. */
  memory(): PoolMemoryInfo {
    return {
      workers: [...this.slots].map((s) => {
        const rss = residentBytes(s.child.pid);
        return {
          pid: s.child.pid,
          startedAt: s.startedAt,
          job: s.job?.name,
          memory: s.memory && rss !== undefined ? { ...s.memory, rssBytes: rss } : s.memory,
          reportedAt: s.reportedAt,
        };
      }),
      recycleRssMb: this.options.recycleRssMb,
      memoryLimitMb: this.options.memoryLimitMb,
      recycles: this.recycles,
    };
  }

  /** Keeps the largest RSS of each busy worker during its job. */
  private sampleBusy(): void {
    for (const s of this.slots) {
      if (!s.job) continue;
      const rss = residentBytes(s.child.pid);
      if (rss !== undefined) s.jobPeakRss = Math.max(s.jobPeakRss ?? 0, rss);
    }
  }

  /** Worker process ids, for reporting and tests. */
  get pids(): number[] {
    return [...this.slots].map((s) => s.child.pid).filter((p): p is number => p !== undefined);
  }

  /** Run a job in some worker. Typed arrays in the payload and result are copied across. */
  run<T>(name: string, payload: unknown, options: RunOptions = {}): Promise<T> {
    if (this.closing) return Promise.reject(new PoolError(PoolErrorCode.PoolClosed, `pool is shut down; job '${name}' was not run`));
    if (this.broken) return Promise.reject(new PoolError(PoolErrorCode.WorkerStartFailed, `${this.broken}; job '${name}' was not run`));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new JobCancelledError(name));
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => this.cancel(job);
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      const job: Job = {
        id: this.nextId++,
        name,
        payload,
        timeoutMs: options.timeoutMs,
        onProgress: options.onProgress,
        resolve: (v) => (settle(), resolve(v as T)),
        reject: (e) => (settle(), reject(e)),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Let queued and running jobs finish, then stop every worker (SIGKILL after the timeout). */
  async shutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.sampler);
    for (const s of this.slots) {
      clearTimeout(s.idleTimer);
      clearTimeout(s.releaseTimer);
    }
    while (this.queue.length > 0 || [...this.slots].some((s) => s.job)) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const timeout = this.options.shutdownTimeoutMs ?? 5000;
    await Promise.all(
      [...this.slots].map(async (s) => {
        // A retiring worker is already leaving (told to, or killed).
        if (!s.retiring) this.post(s, { type: 'shutdown' });
        const timer = setTimeout(() => s.child.kill('SIGKILL'), timeout);
        await s.exited;
        clearTimeout(timer);
      }),
    );
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new JobCancelledError(job.name));
      return;
    }
    const slot = [...this.slots].find((s) => s.job === job);
    if (!slot || job.timedOut || job.cancelled) return;
    // Ask the job to stop; if it has not within the grace period, onExit rejects it (as
    // cancelled) once the worker is killed, and replaces the worker.
    job.cancelled = true;
    this.post(slot, { type: 'abort', id: job.id });
    job.killTimer = setTimeout(() => slot.child.kill('SIGKILL'), this.options.abortGraceMs ?? DEFAULT_ABORT_GRACE_MS);
  }

  private spawn(): void {
    const launch = workerLaunch(this.entry, this.options.memoryLimitMb);
    const child = fork(this.entry.path, [], {
      execPath: launch.execPath,
      execArgv: [...launch.execArgv],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let exitedResolve: () => void = () => undefined;
    const slot: Slot = {
      child,
      ready: false,
      job: undefined,
      exited: new Promise<void>((r) => (exitedResolve = r)),
      stderr: '',
      startedAt: new Date().toISOString(),
    };
    this.slots.add(slot);
    const stderrEnded = new Promise<void>((r) => {
      if (!child.stderr) return r();
      child.stderr.on('data', (d: Buffer) => {
        process.stderr.write(d);
        slot.stderr = (slot.stderr + d.toString()).slice(-STDERR_TAIL);
      });
      child.stderr.on('end', r);
      child.stderr.on('error', () => r());
    });
    child.on('message', (m: FromWorker) => this.onMessage(slot, m));
    child.on('error', (e) => {
      // Spawn or IPC failure; an 'exit' may not follow, so make sure the slot is retired.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      process.emitWarning(`transferlab pool worker error: ${e.message}`);
    });
    child.on('exit', (code, signal) => {
      // A fatal allocation failure is told apart by what the worker printed: let stderr drain first.
      void Promise.race([stderrEnded, new Promise((r) => setTimeout(r, STDERR_DRAIN_MS).unref())]).then(() => {
        exitedResolve();
        this.onExit(slot, code, signal);
      });
    });
    const { recycleRssMb } = this.options;
    this.post(slot, { type: 'init', config: { ...this.options.config, ...(recycleRssMb !== undefined ? { recycleRssMb } : {}) } });
  }

  private post(slot: Slot, m: ToWorker): void {
    if (slot.child.connected) slot.child.send(m);
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      this.dispatch();
      return;
    }
    if (m.type === 'released') {
      slot.releasing = false;
      clearTimeout(slot.releaseTimer);
      this.replaceIfGrown(slot, m.rssBytes);
      this.dispatch();
      return;
    }
    if (m.type === 'memory') {
      slot.startRss ??= m.memory.rssBytes;
      slot.memory = m.memory;
      slot.reportedAt = new Date().toISOString();
      if (slot.job) slot.jobPeakRss = Math.max(slot.jobPeakRss ?? 0, m.memory.rssBytes);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== m.id || job.timedOut) return;
    if (m.type === 'progress') {
      if (!job.cancelled) job.onProgress?.(m.progress);
      return;
    }
    clearTimeout(job.timer);
    clearTimeout(job.killTimer);
    slot.job = undefined;
    this.recycleIfLarge(slot, job.name, m.rssBytes);
    this.armIdleRelease(slot);
    // A cancelled job that ended by itself (stopped at its signal, or finished anyway) frees its worker.
    if (job.cancelled) job.reject(new JobCancelledError(job.name));
    else if (m.type === 'result') job.resolve(m.result);
    else if (this.options.memoryLimitMb !== undefined && isMemoryFailure(m.error.message)) {
      // An allocation failed at the cap and was thrown: replace the worker (its heaps may be left fragmented).
      job.reject(new WorkerMemoryError(job.name, this.options.memoryLimitMb, `${m.error.name}: ${m.error.message}`));
      slot.retiring = true;
      slot.child.kill('SIGKILL');
    } else job.reject(new JobFailedError(job.name, m.error));
    this.dispatch();
  }

  /** Replace a worker whose RSS after a job is over the threshold: it takes no more jobs and leaves; onExit starts a fresh one. */
  private recycleIfLarge(slot: Slot, job: string, rssBytes: number | undefined): void {
    if (slot.retiring || this.closing) return;
    const event = recycleAfterJob({ pid: slot.child.pid, job, rssBytes, thresholdMb: this.options.recycleRssMb });
    if (event) this.replace(slot, event);
  }

  /** After a job: once the worker has been idle idleReleaseMs, ask it to release (unref: the timer keeps no process alive). */
  private armIdleRelease(slot: Slot): void {
    const ms = this.options.idleReleaseMs;
    clearTimeout(slot.idleTimer);
    if (!ms || slot.retiring || this.closing) return;
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      // Still idle and staying: from here until 'released' dispatch passes it by, so no job meets a dying worker.
      if (slot.job || slot.retiring || slot.releasing || this.closing || !slot.child.connected) return;
      slot.releasing = true;
      this.post(slot, { type: 'release' });
      slot.releaseTimer = setTimeout(() => this.releaseTimedOut(slot), this.options.releaseTimeoutMs ?? DEFAULT_RELEASE_TIMEOUT_MS).unref();
    }, ms).unref();
  }

  /** A release that never answered (a hook that hangs): kill the worker; onExit starts a fresh one. */
  private releaseTimedOut(slot: Slot): void {
    slot.releaseTimer = undefined;
    if (!slot.releasing || slot.retiring || this.closing) return;
    slot.retiring = true;
    const s = Math.round((this.options.releaseTimeoutMs ?? DEFAULT_RELEASE_TIMEOUT_MS) / 100) / 10;
    process.emitWarning(`transferlab pool: worker process ${slot.child.pid ?? '?'} did not finish its idle release within ${s} s; it is replaced`);
    slot.child.kill('SIGKILL');
  }

  /** After idle release: replace the worker if it is still over IDLE_RELEASE_FACTOR times its RSS at start; a worker under it is kept. */
  private replaceIfGrown(slot: Slot, rssBytes: number): void {
    if (slot.job || slot.retiring || this.closing) return;
    const event = replaceAfterIdle({ pid: slot.child.pid, rssBytes, startRssBytes: slot.startRss, idleReleaseMs: this.options.idleReleaseMs ?? 0 });
    if (event) this.replace(slot, event);
  }

  /** Retire a worker that has no job, say why, and ask it to leave; onExit starts a fresh one. */
  private replace(slot: Slot, event: WorkerRecycleEvent): void {
    slot.retiring = true;
    clearTimeout(slot.idleTimer);
    this.recycles++;
    if (this.options.onRecycle) this.options.onRecycle(event);
    else process.emitWarning(`transferlab pool: ${event.reason}`);
    // The worker has no job now: ask it to leave; kill it if it does not.
    this.post(slot, { type: 'shutdown' });
    const timer = setTimeout(() => slot.child.kill('SIGKILL'), this.options.shutdownTimeoutMs ?? 5000);
    void slot.exited.then(() => clearTimeout(timer));
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    this.slots.delete(slot);
    clearTimeout(slot.idleTimer);
    clearTimeout(slot.releaseTimer);
    const job = slot.job;
    if (job) {
      clearTimeout(job.timer);
      clearTimeout(job.killTimer);
      const limit = this.options.memoryLimitMb;
      // What it printed, its signal and its last size against the cap: memory only where they say so.
      const { outOfMemory, how } = workerExitVerdict({
        code,
        signal,
        stderr: slot.stderr,
        rssBytes: slot.jobPeakRss,
        capBytes: limit !== undefined ? limit * 2 ** 20 : machineMemoryBytes(),
        configuredCap: limit !== undefined,
      });
      job.reject(
        job.cancelled
          ? new JobCancelledError(job.name)
          : job.timedOut
            ? new JobTimeoutError(job.name, job.timeoutMs ?? 0)
            : limit !== undefined && outOfMemory
              ? new WorkerMemoryError(job.name, limit, `worker process ${slot.child.pid ?? '?'} ${how}`)
              : new WorkerCrashedError(job.name, slot.child.pid, code, signal, how, outOfMemory),
      );
    }
    if (this.closing) {
      // No replacements while shutting down: with no worker left, queued jobs can never run.
      if (this.slots.size === 0) for (const j of this.queue.splice(0)) j.reject(new PoolError(PoolErrorCode.PoolClosed, `pool shut down before job '${j.name}' could run`));
      return;
    }
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      // The entry itself is broken: respawning forever would spin; fail what is waiting.
      const how = signal ? `signal ${signal}` : `exit code ${code ?? '?'}`;
      this.broken = `pool workers fail to start (${how}, ${this.startFailures} times in a row, entry ${this.entry.path})`;
      for (const j of this.queue.splice(0)) j.reject(new PoolError(PoolErrorCode.WorkerStartFailed, `${this.broken}; job '${j.name}' was not run`));
      return;
    }
    this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job || slot.retiring || slot.releasing) continue;
      const job = this.queue.shift()!;
      clearTimeout(slot.idleTimer);
      slot.job = job;
      slot.jobPeakRss = undefined;
      if (job.timeoutMs !== undefined) {
        // A job stuck in native code cannot be interrupted from JavaScript: end the process.
        job.timer = setTimeout(() => {
          job.timedOut = true;
          slot.child.kill('SIGKILL');
        }, job.timeoutMs);
      }
      this.post(slot, { type: 'job', id: job.id, name: job.name, payload: job.payload });
    }
  }
}
