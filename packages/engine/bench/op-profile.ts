import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceSession, type Tensor } from 'onnxruntime-node';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';

/** Kernel time of one graph per ONNX Runtime op kind, from its profiler, per run. */
export interface OpProfile {
  /** Median wall time of a profiled run (profiling adds a little). */
  readonly runMilliseconds: number;
  /** Sum of all kernel times per run. */
  readonly kernelMilliseconds: number;
  /** Op kind (as ONNX Runtime runs it, after fusion) -> milliseconds per run, largest first. */
  readonly byOp: Readonly<Record<string, number>>;
  /** Node name (with its op kind) -> milliseconds per run, largest first. */
  readonly byNode: Readonly<Record<string, number>>;
}

interface ProfileEvent {
  readonly cat: string;
  readonly name: string;
  readonly dur: number;
  readonly args?: { readonly op_name?: string };
}

const sortedRecord = (m: Map<string, number>, scale: number): Record<string, number> =>
  Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, us * scale]));

/**
 * Runs the graph `runs + 1` times under ONNX Runtime's profiler (the first run included, so
 * first-run allocations count once in 1 + runs) and sums kernel times per op kind and node.
 */
export async function profileOps(model: ModelDef, feeds: Record<string, Tensor>, runs: number, threads: number): Promise<OpProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-profile-'));
  try {
    const s = await InferenceSession.create(encodeModel(model), {
      executionProviders: ['cpu'],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      enableProfiling: true,
      profileFilePrefix: join(dir, 'p'),
    });
    for (let i = 0; i <= runs; i++) await s.run(feeds);
    s.endProfiling();
    await s.release();
    const file = readdirSync(dir).find((f) => f.endsWith('.json'));
    if (!file) throw new Error(`ONNX Runtime wrote no profile into ${dir}`);
    const events = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ProfileEvent[];
    const byOp = new Map<string, number>();
    const byNode = new Map<string, number>();
    let total = 0;
    for (const e of events) {
      if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time')) continue;
      const op = e.args?.op_name ?? '?';
      const node = `${op} ${e.name.replace(/_kernel_time$/, '')}`;
      byOp.set(op, (byOp.get(op) ?? 0) + e.dur);
      byNode.set(node, (byNode.get(node) ?? 0) + e.dur);
      total += e.dur;
    }
    const runTimes = events.filter((e) => e.name === 'model_run').map((e) => e.dur).sort((a, b) => a - b);
    const perRun = 1 / ((runs + 1) * 1000);
    return {
      runMilliseconds: (runTimes[runTimes.length >> 1] ?? 0) / 1000,
      kernelMilliseconds: total * perRun,
      byOp: sortedRecord(byOp, perRun),
      byNode: sortedRecord(byNode, perRun),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds per run spent in the given op kinds (e.g. the convolutions and matrix products). */
export function kernelMillisecondsOf(p: OpProfile, ops: readonly string[]): number {
  return ops.reduce((sum, op) => sum + (p.byOp[op] ?? 0), 0);
}
