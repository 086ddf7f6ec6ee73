import { Logger } from '@nestjs/common';
import { JobFailedError, JobTimeoutError, WorkerCrashedError, WorkerMemoryError, WorkerPool, type PoolMemoryInfo } from '@transferlab/engine';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import type { TrialExecution, TrialJob, TrialOutcome, TrialQueueDriver } from './trial-queue';
import { RUN_TRIALS_JOB } from '../job-host/trials-job';
import { jobHostEntry } from '../job-host/job-host-entry';
import type { TrialJobResult, TrialProgressMessage, TrialsPayload, WorkerBase } from '../job-host/worker-payload';

/** Trial workers yield the CPU to the API server (and the data worker) under load. */
export const TRIAL_WORKER_NICENESS = 10;

/** A trial went over a configured limit (memory cap, timeout): it fails with this message and is not retried. */
export class TrialLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrialLimitError';
  }
}

/** A worker's result as the executor stores it (only the known fields). */
const outcome = (r: TrialJobResult): TrialOutcome => ({ metrics: r.metrics, series: r.series, details: r.details, pluginVersion: r.pluginVersion, provider: r.provider });

/** The local driver: trials run in the engine's worker processes on this machine. */
export class LocalTrialQueue implements TrialQueueDriver {
  readonly concurrency: number;
  private readonly pool: WorkerPool;
  private readonly logger = new Logger('TrialWorkers');
  private completed = 0;
  private readonly running = new Set<readonly { readonly runId: string; readonly trialKey: string }[]>();

  constructor(private readonly config: TransferlabConfig) {
    this.concurrency = config.workers;
    this.pool = new WorkerPool({
      size: config.workers,
      config: { threads: config.threadsPerWorker, executionProvider: config.executionProvider, niceness: TRIAL_WORKER_NICENESS, cacheMb: config.workerCacheMb },
      entry: jobHostEntry(),
      memoryLimitMb: config.workerMemoryMb,
      recycleRssMb: config.workerRecycleMb,
      idleReleaseMs: config.workerIdleReleaseS * 1000,
      onRecycle: (e) => this.logger.warn(`${e.reason} (${e.trigger === 'idle' ? 'TRANSFERLAB_WORKER_IDLE_RELEASE_S' : 'TRANSFERLAB_WORKER_RECYCLE_MB'})`),
    });
  }

  /** Worker process ids (tests kill one to check recovery). */
  get pids(): number[] {
    return this.pool.pids;
  }

  /** Its worker processes' memory, the recycle threshold and the recycles so far (the System page). */
  memory(): PoolMemoryInfo {
    return this.pool.memory();
  }

  /** Trials finished since start, and the trials running now (the System page lists this server's workers). */
  activity(): { readonly completed: number; readonly trials: readonly { readonly runId: string; readonly trialKey: string }[] } {
    return { completed: this.completed, trials: [...this.running].flat() };
  }

  /** The job's trials in one worker (one alone, a group through the analysis's runGroup); one outcome per trial. */
  async execute(job: TrialJob, execution: TrialExecution = {}): Promise<TrialOutcome[]> {
    const payload: TrialsPayload = {
      analysis: job.analysis,
      trials: job.trials.map((t) => ({ config: t.config, uses: t.uses })),
      models: job.models,
      ...this.base(),
      ...(job.datasetFiles ? { datasetFiles: job.datasetFiles, checksums: job.checksums ?? {} } : {}),
    };
    const trials = job.runId === undefined ? [] : job.trials.map((t) => ({ runId: job.runId!, trialKey: t.trialKey ?? '' }));
    this.running.add(trials);
    try {
      const outcomes = (await this.run<TrialJobResult[]>(RUN_TRIALS_JOB, payload, execution)).map(outcome);
      this.completed += outcomes.length;
      return outcomes;
    } finally {
      this.running.delete(trials);
    }
  }

  private base(): WorkerBase {
    const { pluginConfigFile, dataDir, datasetRoots, modelRoots } = this.config;
    return { pluginConfigFile, dataDir, datasetRoots, modelRoots };
  }

  /** One pool job, its failures mapped to what the executor acts on. */
  private async run<T>(name: string, payload: unknown, execution: TrialExecution): Promise<T> {
    try {
      const { signal, onProgress } = execution;
      return await this.pool.run<T>(name, payload, {
        ...(signal ? { signal } : {}),
        timeoutMs: this.config.trialTimeoutS * 1000,
        onProgress: (v) => {
          const { fraction, message } = v as TrialProgressMessage;
          onProgress?.(fraction, message);
        },
      });
    } catch (e) {
      // The analysis threw: its own message is the failure reason, not the pool's wrapper.
      if (e instanceof JobFailedError) throw new Error(e.remote.message);
      // Over a configured limit: the trial's own failure, with the limit named; retrying would hit it again.
      if (e instanceof WorkerMemoryError) {
        throw new TrialLimitError(`the trial's worker exceeded its memory cap of ${e.limitMb} MB (TRANSFERLAB_WORKER_MEMORY_MB): ${e.detail}`);
      }
      if (e instanceof JobTimeoutError) {
        throw new TrialLimitError(`the trial ran longer than its timeout of ${this.config.trialTimeoutS} s (TRANSFERLAB_TRIAL_TIMEOUT_S); its worker was killed and replaced`);
      }
      throw e;
    }
  }

  /** A crash or kill from outside: retried. A trial over its memory cap or timeout is not (TrialLimitError). */
  isWorkerLost(error: unknown): boolean {
    return error instanceof WorkerCrashedError;
  }

  /**
   * Let running trials finish for a grace period, then kill their workers: a long trial must
   * not hold up a shutdown, and the run resumes it at the next start.
   */
  async close(graceMs = LocalTrialQueue.SHUTDOWN_GRACE_MS): Promise<void> {
    const done = this.pool.shutdown();
    const timer = setTimeout(() => {
      for (const pid of this.pool.pids) process.kill(pid, 'SIGKILL');
    }, graceMs);
    try {
      await done;
    } finally {
      clearTimeout(timer);
    }
  }

  static SHUTDOWN_GRACE_MS = 5000;
}
