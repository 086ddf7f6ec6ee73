import type { ExecutionProviderSetting } from '../providers';
import type { WorkerMemorySample } from './worker-memory';

/** What every worker is told once, right after it starts. */
export interface WorkerConfig {
  /** intra-op threads for each ONNX Runtime session in this worker. */
  readonly threads: number;
  readonly executionProvider: ExecutionProviderSetting;
  /**
   * Scheduling niceness the worker gives itself at start (0..19; default 0). Trial workers run
   * at a lower priority than the server, so the API stays responsive during a sweep.
   */
  readonly niceness?: number;
  /** The pool's recycle threshold in MB (WorkerPoolOptions.recycleRssMb): over it after a job, the worker releases its caches before it reports its RSS. */
  readonly recycleRssMb?: number;
  /**
   * The byte budget in MB that the worker's caches share (processCacheBudget), set before the
   * worker says it is ready. Unset: the budget keeps whatever limit the entry gave it.
   */
  readonly cacheMb?: number;
}

/**
 * Messages between pool and worker. IPC uses Node's 'advanced' serialization (structured
 * clone), so typed arrays, BigInt and Maps cross intact (copied; processes share no memory).
 */
export type ToWorker =
  | { readonly type: 'init'; readonly config: WorkerConfig }
  | { readonly type: 'job'; readonly id: number; readonly name: string; readonly payload: unknown }
  /** Cancel a running job cooperatively: its JobContext.signal is aborted. */
  | { readonly type: 'abort'; readonly id: number }
  | { readonly type: 'shutdown' }
  /** The worker has been idle a while: release everything it can (idle hooks, gc) and answer 'released'. */
  | { readonly type: 'release' };

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: string;
}

export type FromWorker =
  | { readonly type: 'ready' }
  /** `rssBytes`: the worker's resident memory once the job ended and what can be released was (see worker-idle.ts). */
  | { readonly type: 'result'; readonly id: number; readonly result: unknown; readonly rssBytes?: number }
  /** Sent by a running job any number of times before its result (see JobContext.progress). */
  | { readonly type: 'progress'; readonly id: number; readonly progress: unknown }
  | { readonly type: 'error'; readonly id: number; readonly error: SerializedError; readonly rssBytes?: number }
  /** The worker's memory now: every MEMORY_REPORT_MS while its event loop is free, and after each job. */
  | { readonly type: 'memory'; readonly memory: WorkerMemorySample }
  /** The answer to 'release': the worker's resident memory once it released what it can. */
  | { readonly type: 'released'; readonly rssBytes: number };
