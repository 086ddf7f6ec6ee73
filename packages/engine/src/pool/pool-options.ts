import type { WorkerConfig } from './protocol';
import type { WorkerEntry } from './worker-entry';
import type { WorkerRecycleEvent } from './worker-replacement';

export interface WorkerPoolOptions {
  /** Number of worker processes. */
  readonly size: number;
  readonly config: WorkerConfig;
  readonly entry?: WorkerEntry;
  /** How long shutdown waits for workers to leave before SIGKILL. */
  readonly shutdownTimeoutMs?: number;
  /** How long a cancelled running job has to stop on its own (its signal aborted) before its worker is killed. */
  readonly abortGraceMs?: number;
  /**
   * Cap on each worker's memory in MB: the V8 heap (--max-old-space-size) and, on Linux, native
   * memory (RLIMIT_DATA; see worker-limits.ts). A job that hits it rejects with a
   * WorkerMemoryError and its worker is replaced. Unset: no cap.
   */
  readonly memoryLimitMb?: number;
  /**
   * Recycle threshold in MB: a worker whose resident memory (RSS), measured after a job once
   * it has released what it can (see worker-idle.ts), is above it is replaced by a fresh one
   * and `onRecycle` is told why. Unset: workers are kept however large they grow.
   */
  readonly recycleRssMb?: number;
  /**
   * Idle release in ms: a worker without a job this long after its last one is asked to release
   * what it can (its idle hooks, gc); if its RSS is then still over IDLE_RELEASE_FACTOR times its
   * RSS at start, it is replaced by a fresh one and `onRecycle` is told why. Unset or 0: off.
   */
  readonly idleReleaseMs?: number;
  /**
   * How long a worker asked to release (idle release) may take to answer before it is killed and
   * replaced: a hook that never settles would otherwise keep the worker out of service for good.
   * Default DEFAULT_RELEASE_TIMEOUT_MS.
   */
  readonly releaseTimeoutMs?: number;
  /** Called when a worker is replaced for its RSS (by default a process warning). */
  readonly onRecycle?: (event: WorkerRecycleEvent) => void;
}


/** Default for releaseTimeoutMs: releasing caches, sessions and datasets and collecting garbage takes well under a second. */
export const DEFAULT_RELEASE_TIMEOUT_MS = 30_000;

/** Default grace for a cancelled job: long enough for a batch to end, short enough for a 5 s cancel. */
export const DEFAULT_ABORT_GRACE_MS = 3000;

export interface RunOptions {
  /** Longest the job may run once a worker took it; past it the worker is killed and replaced. */
  readonly timeoutMs?: number;
  /**
   * Aborting cancels the job: a queued job is dropped; a running one has its JobContext.signal
   * aborted and, if it has not ended within the pool's abort grace period (JavaScript cannot
   * interrupt native code), its worker is killed and replaced. Either way it rejects with a
   * JobCancelledError.
   */
  readonly signal?: AbortSignal;
  /** Called with each value the job sends through JobContext.progress. */
  readonly onProgress?: (value: unknown) => void;
}
