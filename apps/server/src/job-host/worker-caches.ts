import { processCacheBudget, registerJob, type CacheUse } from '@transferlab/engine';

/*
 * A worker process's caches (decoded datasets, frozen-prefix features, ONNX Runtime sessions)
 * share one byte budget, the engine's processCacheBudget: past it the least recently used
 * entries of any of them are dropped. The pool's worker loop sets the limit at a worker's start
 * from its WorkerConfig.cacheMb (TRANSFERLAB_WORKER_CACHE_MB); without it (tests, benches) it is unbounded.
 */

/**
 * What this worker's caches hold now: bytes per kind (datasets, features, sessions), their
 * total, the limit, and how many entries were evicted (or refused as larger than the limit).
 * Sessions count an estimate of their resident size, see sessionBytesEstimate.
 */
export function workerCacheUse(): CacheUse {
  return processCacheBudget.use();
}

/** The job that answers workerCacheUse() from a pool worker (the pool picks which one). */
export const WORKER_CACHE_USE_JOB = 'transferlab.worker-cache-use';

export function registerWorkerCacheJob(): void {
  registerJob(WORKER_CACHE_USE_JOB, () => workerCacheUse());
}
