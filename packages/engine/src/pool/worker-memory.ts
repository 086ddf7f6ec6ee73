import { processCacheBudget } from '../cache/byte-budget';

/** A worker process's memory as it last reported it. */
export interface WorkerMemorySample {
  /** Resident set size: everything the process holds in RAM (V8 heaps, ONNX Runtime, buffers). */
  readonly rssBytes: number;
  /** V8 heap in use (process.memoryUsage().heapUsed). */
  readonly heapUsedBytes: number;
  /** Bytes held by the worker's byte-budgeted caches (datasets, features, sessions). */
  readonly cacheBytes: number;
}

/** One pool worker process, for reports (the System page). */
export interface PoolWorkerInfo {
  readonly pid: number | undefined;
  /** ISO time the process was started. */
  readonly startedAt: string;
  /** The job it runs now, if any. */
  readonly job: string | undefined;
  /** Its last memory report and when it came (ISO); undefined until its first one. */
  readonly memory: WorkerMemorySample | undefined;
  readonly reportedAt: string | undefined;
}

/** The pool's memory picture: its processes, the recycle threshold and how often it acted on it. */
export interface PoolMemoryInfo {
  readonly workers: readonly PoolWorkerInfo[];
  /** WorkerPoolOptions.recycleRssMb, when set. */
  readonly recycleRssMb: number | undefined;
  /** WorkerPoolOptions.memoryLimitMb, when set. */
  readonly memoryLimitMb: number | undefined;
  /** Workers replaced for their RSS since the pool started: after a job over the recycle threshold, or after idle release over 1.5x their start. */
  readonly recycles: number;
}

/**
 * How often an idle or JavaScript-busy worker reports its memory. A worker inside a long native
 * call (an ONNX Runtime run) cannot: its last report stands, and a report follows every job.
 */
export const MEMORY_REPORT_MS = 2000;

/** This process's memory now (called in a worker). */
export function sampleWorkerMemory(): WorkerMemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssBytes: rss, heapUsedBytes: heapUsed, cacheBytes: processCacheBudget.use().totalBytes };
}
