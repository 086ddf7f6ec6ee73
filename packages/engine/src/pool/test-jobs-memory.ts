import { registerJob } from './job-registry';

/** Test jobs that use memory past a worker's cap (worker-limits.spec.ts). */
export function registerMemoryTestJobs(): void {
  // Native memory: typed arrays of `mb` MB in `chunks` pieces, each written so its pages are real.
  registerJob('allocate', (payload) => {
    const { mb, chunks = 1 } = payload as { mb: number; chunks?: number };
    const held: Float64Array[] = [];
    for (let i = 0; i < chunks; i++) {
      const a = new Float64Array(Math.floor((mb * 2 ** 20) / 8 / chunks));
      a.fill(1);
      held.push(a);
    }
    return { pid: process.pid, bytes: held.reduce((s, a) => s + a.byteLength, 0) };
  });
  // The V8 heap: small objects kept alive until the process runs out.
  registerJob('grow-heap', () => {
    const held: unknown[] = [];
    for (let i = 0; ; i++) held.push({ i, s: `item ${i}`, a: [i, i + 1] });
  });
}
