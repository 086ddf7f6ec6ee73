import { InferenceSession, Tensor } from 'onnxruntime-node';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';

export interface Timing {
  /** Images per second at the median batch time. */
  readonly imagesPerSecond: number;
  /** Median seconds per batch. */
  readonly secondsPerBatch: number;
  readonly runs: number;
  /** Seconds to create the session (graph optimisation), not part of the rate. */
  readonly sessionSeconds: number;
}

export interface TimingOptions {
  readonly threads: number;
  /** Rounds continue until both are reached. */
  readonly minRounds: number;
  readonly minSeconds: number;
}

export interface TimedGraph {
  readonly name: string;
  readonly model: ModelDef;
  readonly feeds: Record<string, Tensor>;
}

export interface InterleavedTimings {
  readonly timings: Record<string, Timing>;
  /** Median over rounds of (graph time / first graph time) within the same round. */
  readonly ratios: Record<string, number>;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function session(model: ModelDef, threads: number): Promise<InferenceSession> {
  return InferenceSession.create(encodeModel(model), {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
}

/**
 * Time several graphs on CPU in this process, interleaved: each round runs every graph
 * once, so load from other processes on a shared machine hits all graphs alike, and the
 * ratios to the first graph are taken within a round before the median. One warm-up run
 * per graph (first-run allocations) is not timed.
 */
export async function timeInterleaved(
  graphs: readonly TimedGraph[],
  batch: number,
  o: TimingOptions,
): Promise<InterleavedTimings> {
  const sessions: InferenceSession[] = [];
  const sessionSeconds: number[] = [];
  for (const g of graphs) {
    const t0 = performance.now();
    sessions.push(await session(g.model, o.threads));
    sessionSeconds.push((performance.now() - t0) / 1000);
    await sessions[sessions.length - 1]!.run(g.feeds);
  }
  const times: number[][] = graphs.map(() => []);
  const start = performance.now();
  while (times[0]!.length < o.minRounds || (performance.now() - start) / 1000 < o.minSeconds) {
    for (let i = 0; i < graphs.length; i++) {
      const s = performance.now();
      await sessions[i]!.run(graphs[i]!.feeds);
      times[i]!.push((performance.now() - s) / 1000);
    }
  }
  await Promise.all(sessions.map((s) => s.release()));
  const timings: Record<string, Timing> = {};
  const ratios: Record<string, number> = {};
  graphs.forEach((g, i) => {
    const m = median(times[i]!);
    timings[g.name] = {
      imagesPerSecond: batch / m,
      secondsPerBatch: m,
      runs: times[i]!.length,
      sessionSeconds: sessionSeconds[i]!,
    };
    ratios[g.name] = median(times[i]!.map((t, r) => t / times[0]![r]!));
  });
  return { timings, ratios };
}

/**
 * Median process CPU milliseconds per run of each graph on one intra-op thread, graphs
 * interleaved per round after one warm-up run each: unlike wall time, barely moved by other
 * processes' load on a shared machine.
 */
export async function cpuMillisecondsPerRun(
  graphs: readonly TimedGraph[],
  rounds: number,
): Promise<Record<string, number>> {
  const sessions: InferenceSession[] = [];
  for (const g of graphs) {
    sessions.push(await session(g.model, 1));
    await sessions[sessions.length - 1]!.run(g.feeds);
  }
  const cpu: number[][] = graphs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < graphs.length; i++) {
      const before = process.cpuUsage();
      await sessions[i]!.run(graphs[i]!.feeds);
      const d = process.cpuUsage(before);
      cpu[i]!.push((d.user + d.system) / 1000);
    }
  }
  await Promise.all(sessions.map((s) => s.release()));
  return Object.fromEntries(graphs.map((g, i) => [g.name, median(cpu[i]!)]));
}

export function uniformImages(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  });
}

export { Tensor };
