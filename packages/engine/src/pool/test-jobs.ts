import { getPriority } from 'node:os';
import { processCacheBudget } from '../cache/byte-budget';
import { registerJob } from './job-registry';

/** Jobs that exercise the pool itself: liveness, echo of typed arrays, failures and faults. */
export function registerPoolTestJobs(): void {
  registerJob('ping', () => ({ pid: process.pid, priority: getPriority() }));
  registerJob('echo', (payload) => payload);
  registerJob('cache-limit', () => processCacheBudget.use().limitBytes);
  registerJob('sleep', async (payload) => {
    const ms = (payload as { ms: number }).ms;
    await new Promise((r) => setTimeout(r, ms));
    return { pid: process.pid };
  });
  // Reports 1..steps as progress, a step every `ms`, then returns the pid; with `cooperative`,
  // stops at the first step after its signal is aborted.
  registerJob('steps', async (payload, ctx) => {
    const { steps, ms, cooperative } = payload as { steps: number; ms: number; cooperative?: boolean };
    for (let i = 1; i <= steps; i++) {
      await new Promise((r) => setTimeout(r, ms));
      if (cooperative) ctx.signal.throwIfAborted();
      ctx.progress(i);
    }
    return { pid: process.pid };
  });
  // Blocks the thread (as a long native ONNX Runtime call does) for `ms`, ignoring its signal.
  registerJob('block', (payload) => {
    const until = Date.now() + (payload as { ms: number }).ms;
    while (Date.now() < until) {
      // busy: nothing can interrupt this but a kill
    }
    return { pid: process.pid };
  });
  registerJob('throw', (payload) => {
    throw new Error(`job failed on purpose: ${(payload as { reason: string }).reason}`);
  });
  // A native fault: abort() raises SIGABRT without unwinding, as a crash inside ONNX Runtime would.
  registerJob('crash', () => process.abort());
  registerJob('exit', (payload) => process.exit((payload as { code: number }).code));
}
