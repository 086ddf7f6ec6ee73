import type { WorkerConfig } from './protocol';

export interface JobContext {
  readonly config: WorkerConfig;
  /** Sends a progress value (structured-cloned) to the caller's RunOptions.onProgress. */
  progress(value: unknown): void;
  /**
   * Aborted when the caller cancels the job. A job that checks it between steps ends in
   * time; one that does not is killed after the pool's abort grace period.
   */
  readonly signal: AbortSignal;
}

/** Runs inside a worker process; its result is structured-cloned back to the caller. */
export type JobHandler = (payload: unknown, ctx: JobContext) => unknown;

const handlers = new Map<string, JobHandler>();

/**
 * Register a job type in the worker. Other features add jobs by calling this from a module
 * that worker-main imports (see worker-jobs.ts); a duplicate name is a programming error.
 */
export function registerJob(name: string, handler: JobHandler): void {
  if (handlers.has(name)) throw new Error(`job '${name}' is already registered`);
  handlers.set(name, handler);
}

export function jobHandler(name: string): JobHandler {
  const h = handlers.get(name);
  if (!h) throw new Error(`unknown job '${name}'; registered jobs: ${[...handlers.keys()].sort().join(', ')}`);
  return h;
}
