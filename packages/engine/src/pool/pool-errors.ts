import type { SerializedError } from './protocol';

export enum PoolErrorCode {
  WorkerCrashed = 'WORKER_CRASHED',
  JobFailed = 'JOB_FAILED',
  PoolClosed = 'POOL_CLOSED',
  WorkerStartFailed = 'WORKER_START_FAILED',
  JobTimeout = 'JOB_TIMEOUT',
  JobCancelled = 'JOB_CANCELLED',
  WorkerOutOfMemory = 'WORKER_OUT_OF_MEMORY',
}

export class PoolError extends Error {
  constructor(
    readonly code: PoolErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PoolError';
  }
}

/**
 * The worker process died while running the job: exit code or signal say how, and `how`, when
 * given, the evidence read from it (see worker-exit.ts: "killed by SIGKILL with 3.9 GB resident
 * of this machine's 4.0 GB: out of memory"); `outOfMemory` when that evidence says memory.
 */
export class WorkerCrashedError extends PoolError {
  constructor(
    readonly job: string,
    readonly pid: number | undefined,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    how?: string,
    readonly outOfMemory = false,
  ) {
    const ended = how ?? (signal ? `killed by signal ${signal}` : `exited with code ${exitCode ?? '?'}`);
    super(PoolErrorCode.WorkerCrashed, `worker process ${pid ?? '?'} died while running job '${job}': ${ended}`);
    this.name = 'WorkerCrashedError';
  }
}

/** The job's handler threw inside the worker; the worker lives on. */
export class JobFailedError extends PoolError {
  readonly remote: SerializedError;
  constructor(job: string, remote: SerializedError) {
    super(PoolErrorCode.JobFailed, `job '${job}' failed in the worker: ${remote.name}: ${remote.message}`);
    this.name = 'JobFailedError';
    this.remote = remote;
  }
}

/** The job ran past its timeout; its worker was killed and replaced. */
export class JobTimeoutError extends PoolError {
  constructor(
    readonly job: string,
    readonly timeoutMs: number,
  ) {
    super(PoolErrorCode.JobTimeout, `job '${job}' ran longer than ${timeoutMs} ms; its worker was killed and replaced`);
    this.name = 'JobTimeoutError';
  }
}

/** The caller aborted the job (RunOptions.signal): dropped from the queue, or its worker killed and replaced. */
export class JobCancelledError extends PoolError {
  constructor(readonly job: string) {
    super(PoolErrorCode.JobCancelled, `job '${job}' was cancelled`);
    this.name = 'JobCancelledError';
  }
}

/**
 * The job's worker hit its memory cap (WorkerPoolOptions.memoryLimitMb): an allocation failed
 * (thrown in the job, or fatal to the process). The worker was replaced either way.
 */
export class WorkerMemoryError extends PoolError {
  constructor(
    readonly job: string,
    readonly limitMb: number,
    /** What the worker reported: the thrown message, or how the process ended. */
    readonly detail: string,
  ) {
    super(PoolErrorCode.WorkerOutOfMemory, `job '${job}' exceeded its worker's memory cap of ${limitMb} MB (${detail}); its worker was replaced`);
    this.name = 'WorkerMemoryError';
  }
}
