import { appendFileSync, writeFileSync } from 'node:fs';
import { registerJob } from './job-registry';
import { onWorkerIdle } from './worker-idle';

/** What the 'hold' job keeps until the process ends: memory no idle hook releases. */
let held: Buffer | undefined;

/** Test jobs that use memory past a worker's cap (worker-limits.spec.ts) or keep it (worker-idle-release.spec.ts). */
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
  // Native memory kept after the job (module-level), each page written so it is resident.
  registerJob('hold', (payload) => {
    held = Buffer.alloc((payload as { mb: number }).mb * 2 ** 20, 1);
    return { pid: process.pid, bytes: held.byteLength };
  });
  // Makes this worker's idle release slow: a hook that writes `file` when it starts, then waits `ms`.
  registerJob('slow-release', (payload) => {
    const { file, ms } = payload as { file: string; ms: number };
    onWorkerIdle(async () => {
      writeFileSync(file, String(process.pid));
      await new Promise((r) => setTimeout(r, ms));
    });
    return { pid: process.pid };
  });
  // Appends a line to a file: a job that ran twice leaves two.
  registerJob('append', (payload) => {
    const { file, line } = payload as { file: string; line: string };
    appendFileSync(file, `${line}\n`);
    return { pid: process.pid };
  });
  // The V8 heap: small objects kept alive until the process runs out.
  registerJob('grow-heap', () => {
    const held: unknown[] = [];
    for (let i = 0; ; i++) held.push({ i, s: `item ${i}`, a: [i, i + 1] });
  });
}
