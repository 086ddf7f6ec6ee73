import { InferenceSession, Tensor } from 'onnxruntime-node';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';

export interface Timing {
  /** Images per second over the timed runs. */
  readonly imagesPerSecond: number;
  /** Median seconds per batch. */
  readonly secondsPerBatch: number;
  readonly runs: number;
  /** Seconds to create the session (graph optimisation), not part of the rate. */
  readonly sessionSeconds: number;
}

export interface TimingOptions {
  readonly threads: number;
  /** Timed runs continue until both are reached. */
  readonly minRuns: number;
  readonly minSeconds: number;
}

/**
 * Time one graph in this process on CPU: one warm-up run (first-run allocations), then
 * timed runs; the rate uses the median batch time so one descheduled run on a shared
 * machine does not dominate.
 */
export async function timeGraph(model: ModelDef, feeds: Record<string, Tensor>, batch: number, o: TimingOptions): Promise<Timing> {
  const t0 = performance.now();
  const session = await InferenceSession.create(encodeModel(model), {
    executionProviders: ['cpu'],
    intraOpNumThreads: o.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  const sessionSeconds = (performance.now() - t0) / 1000;
  await session.run(feeds);
  const times: number[] = [];
  const start = performance.now();
  while (times.length < o.minRuns || (performance.now() - start) / 1000 < o.minSeconds) {
    const s = performance.now();
    await session.run(feeds);
    times.push((performance.now() - s) / 1000);
  }
  await session.release();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return { imagesPerSecond: batch / median, secondsPerBatch: median, runs: times.length, sessionSeconds };
}

export function uniformImages(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  });
}

export { Tensor };
