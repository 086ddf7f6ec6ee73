import { releaseEvictedSessions } from '../runtime/session-cache';

/**
 * What a pool worker releases after a job, before it reports its resident memory (RSS) to the
 * pool: the sessions the cache budget evicted during the job, a full garbage collection where the worker runs with --expose-gc and, when the RSS is
 * over the recycle threshold, the hooks that the entry registered (its engine caches and ONNX
 * Runtime sessions, its decoded datasets). The pool replaces a worker whose RSS is still over
 * the threshold (WorkerPoolOptions.recycleRssMb). A worker idle for the pool's idleReleaseMs is asked
 * to release ('release' message): every hook runs, whatever its RSS.
 */
type IdleHook = () => void | Promise<void>;

const hooks: IdleHook[] = [];

/** Register something to release when a job ends (a cache's clear, a session's release). */
export function onWorkerIdle(hook: IdleHook): void {
  hooks.push(hook);
}

/**
 * After a job: collect garbage where exposed and measure the RSS; if it is over `thresholdMb`,
 * run the idle hooks (a failing hook is ignored: releasing is best effort), collect again and
 * measure again. Caches stay warm while a worker is under its threshold. Returns the RSS in bytes.
 */
export async function releaseIdleMemory(thresholdMb?: number): Promise<number> {
  // No call is running between jobs: the sessions the cache budget evicted can be released now.
  await releaseEvictedSessions();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
  const rss = process.memoryUsage.rss();
  if (thresholdMb === undefined || rss <= thresholdMb * 2 ** 20 || hooks.length === 0) return rss;
  for (const hook of hooks) {
    try {
      await hook();
    } catch {
      // best effort: a hook that fails leaves its memory held, which the RSS check then sees
    }
  }
  if (typeof gc === 'function') gc();
  return process.memoryUsage.rss();
}
