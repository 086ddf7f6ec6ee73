import { setPriority } from 'node:os';
import { processCacheBudget } from '../cache/byte-budget';
import { jobHandler, type JobContext } from './job-registry';
import type { FromWorker, SerializedError, ToWorker, WorkerConfig } from './protocol';
import { releaseIdleMemory } from './worker-idle';
import { MEMORY_REPORT_MS, sampleWorkerMemory } from './worker-memory';
import { registerWorkerJobs } from './worker-jobs';

function send(m: FromWorker): void {
  process.send?.(m);
}

function serialize(e: unknown): SerializedError {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return { name: e.name, message: e.message, stack: e.stack, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(e) };
}

/**
 * The loop of a pool worker process: registers the engine's production jobs, then serves the
 * pool's messages. An entry file registers its own jobs and calls this (the server's job host
 * does; `worker-main.ts` is the engine's plain entry). Jobs run one at a time: ONNX Runtime
 * already uses the configured threads inside a job, and one job per worker keeps a crash's
 * blame exact.
 */
export function runPoolWorker(): void {
  if (!process.send) throw new Error('pool worker must be started with an IPC channel (child_process.fork)');
  registerWorkerJobs();
  let config: WorkerConfig | undefined;
  let chain: Promise<void> = Promise.resolve();
  /** The running (or accepted) jobs' abort controllers, by job id. */
  const controllers = new Map<number, AbortController>();
  const reportMemory = (): void => send({ type: 'memory', memory: sampleWorkerMemory() });
  // unref: the timer must not keep a worker alive once its channel is gone.
  setInterval(reportMemory, MEMORY_REPORT_MS).unref();
  process.on('message', (raw: ToWorker) => {
    if (raw.type === 'abort') {
      controllers.get(raw.id)?.abort(new Error('the job was cancelled'));
    } else if (raw.type === 'init') {
      config = raw.config;
      if (config.niceness) setPriority(config.niceness);
      // The pool's value wins over the entry's: a server configured in-process gives its budget this way.
      if (config.cacheMb !== undefined) processCacheBudget.setLimit(config.cacheMb * 2 ** 20);
      send({ type: 'ready' });
      reportMemory();
    } else if (raw.type === 'release') {
      // Threshold 0: every idle hook runs. Queued behind any accepted job, though the pool sends none meanwhile.
      chain = chain.then(async () => {
        send({ type: 'released', rssBytes: await releaseIdleMemory(0) });
        reportMemory();
      });
    } else if (raw.type === 'shutdown') {
      // Finish what was accepted, then leave; the IPC channel closing lets the process end.
      chain = chain.then(() => process.disconnect());
    } else {
      const { id, name, payload } = raw;
      const controller = new AbortController();
      controllers.set(id, controller);
      chain = chain.then(async () => {
        try {
          if (!config) throw new Error('worker received a job before its configuration');
          const ctx: JobContext = { config, progress: (progress) => send({ type: 'progress', id, progress }), signal: controller.signal };
          const result: unknown = await jobHandler(name)(payload, ctx);
          send({ type: 'result', id, result, rssBytes: await releaseIdleMemory(config.recycleRssMb) });
        } catch (e) {
          send({ type: 'error', id, error: serialize(e), rssBytes: await releaseIdleMemory(config?.recycleRssMb) });
        } finally {
          controllers.delete(id);
          reportMemory();
        }
      });
    }
  });
  // Parent gone (it crashed or closed the channel): nothing left to serve.
  process.on('disconnect', () => process.exit(0));
}
