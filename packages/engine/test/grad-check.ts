import { Tensor } from 'onnxruntime-node';
import { deriveVjp, gradName, seedName } from '../src/derive/vjp';
import { encodeModel } from '../src/onnx/codec';
import { GraphBuilder } from '../src/onnx/builder';
import type { DataType, ModelDef, TensorValues } from '../src/onnx/ir';
import { SessionCache } from '../src/runtime/session-cache';

/**
 * Central finite-difference gradient checker for the engine's vector-Jacobian rules.
 *
 * A case builds a tiny forward model; the checker takes L = sum_k w_k . y_k over the case's
 * outputs with fixed random weights w (so every output element matters), derives the VJP
 * graph with seeds w, and compares the analytic dL/dx with (L(x + h d) - L(x - h d)) / 2h
 * (L accumulated in float64), per element for small tensors and along random directions
 * plus random coordinates for larger ones. Mismatch: |fd - an| > atol + rtol * max(|fd|, |an|).
 */
export interface GradCheckCase {
  readonly name: string;
  /** Declare inputs (b.input) and constants (b.initializer); return the output tensor name(s). */
  build(b: GraphBuilder): string | readonly string[];
  /** Input values; float inputs default to seeded uniform [-1, 1]. Integer inputs must be given. */
  readonly values?: Readonly<Record<string, TensorValues>>;
  /** Inputs to check; default every float input. */
  readonly wrt?: readonly string[];
  readonly step?: number;
  readonly atol?: number;
  readonly rtol?: number;
  readonly seed?: number;
  /** Tensors with at most this many elements are checked per element (default 48). */
  readonly perElementMax?: number;
  readonly opsetVersion?: number;
}

export interface GradCheckFailure {
  readonly wrt: string;
  readonly probe: string;
  readonly analytic: number;
  readonly numeric: number;
}

export interface GradCheckReport {
  readonly checks: number;
  readonly maxAbsError: number;
  readonly failures: readonly GradCheckFailure[];
}

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uniform(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const r = rng(seed);
  return Float32Array.from({ length: n }, () => lo + (hi - lo) * r());
}

/** Values at least `gap` from zero (for Relu-like kinks). */
export function awayFromZero(n: number, seed: number, gap = 0.1): Float32Array {
  const r = rng(seed);
  return Float32Array.from({ length: n }, () => (r() < 0.5 ? -1 : 1) * (gap + (1 - gap) * r()));
}

/** A shuffled grid of distinct values `spacing` apart (max-pooling ties stay far apart). */
export function distinct(n: number, seed: number, spacing = 0.05): Float32Array {
  const r = rng(seed);
  const v = Float32Array.from({ length: n }, (_, i) => (i - n / 2) * spacing);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [v[i], v[j]] = [v[j]!, v[i]!];
  }
  return v;
}

const sessions = new SessionCache(64);

function tensor(dataType: DataType, values: TensorValues, dims: readonly number[]): Tensor {
  return dataType === 'int64' ? new Tensor('int64', values as BigInt64Array, dims)
    : dataType === 'float64' ? new Tensor('float64', values as Float64Array, dims)
    : dataType === 'int32' ? new Tensor('int32', values as Int32Array, dims)
    : new Tensor('float32', values as Float32Array, dims);
}

function staticDims(model: ModelDef, name: string): number[] {
  const v = [...model.graph.inputs, ...model.graph.outputs].find((x) => x.name === name);
  const s = v?.shape;
  if (!s || !s.every((d): d is number => typeof d === 'number')) throw new Error(`grad-check: '${name}' needs a static shape`);
  return [...s];
}

export async function gradCheck(c: GradCheckCase): Promise<GradCheckReport> {
  const b = new GraphBuilder({ opsetVersion: c.opsetVersion ?? 17, name: c.name });
  const built = c.build(b);
  const outs = typeof built === 'string' ? [built] : [...built];
  for (const o of outs) b.output(o);
  const model = b.build();
  const floatInputs = model.graph.inputs.filter((i) => i.dataType === 'float32' || i.dataType === 'float64');
  const wrt = c.wrt ?? floatInputs.map((i) => i.name);
  const seed = c.seed ?? 7;
  const values = new Map<string, TensorValues>();
  model.graph.inputs.forEach((inp, k) => {
    const given = c.values?.[inp.name];
    const n = staticDims(model, inp.name).reduce((a, x) => a * x, 1);
    if (given) values.set(inp.name, given);
    else if (inp.dataType === 'float32') values.set(inp.name, uniform(n, seed * 31 + k));
    else throw new Error(`grad-check: give values for input '${inp.name}' (${inp.dataType})`);
  });
  const weights = outs.map((o, k) => uniform(staticDims(model, o).reduce((a, x) => a * x, 1), seed * 97 + k));

  const fwd = await sessions.get(encodeModel(model), { intraOpNumThreads: 1 });
  const feeds = (override?: [string, Float32Array]) => {
    const f: Record<string, Tensor> = {};
    for (const inp of model.graph.inputs) {
      const v = override && override[0] === inp.name ? override[1] : values.get(inp.name)!;
      f[inp.name] = tensor(inp.dataType, v, staticDims(model, inp.name));
    }
    return f;
  };
  const loss = async (override?: [string, Float32Array]): Promise<number> => {
    const r = await fwd.run(feeds(override));
    let sum = 0;
    outs.forEach((o, k) => {
      const y = r[o]!.data as Float32Array;
      const w = weights[k]!;
      for (let i = 0; i < y.length; i++) sum += w[i]! * y[i]!;
    });
    return sum;
  };

  const vjp = deriveVjp(model, { seeds: outs, wrt });
  const bwd = await sessions.get(encodeModel(vjp), { intraOpNumThreads: 1 });
  const vjpFeeds = feeds();
  outs.forEach((o, k) => (vjpFeeds[seedName(o)] = tensor('float32', weights[k]!, staticDims(model, o))));
  const grads = await bwd.run(vjpFeeds);

  const h = c.step ?? 1e-2;
  const atol = c.atol ?? 1e-3;
  const rtol = c.rtol ?? 1e-2;
  const failures: GradCheckFailure[] = [];
  let checks = 0;
  let maxAbsError = 0;
  const r = rng(seed + 1);
  const compare = (name: string, probe: string, analytic: number, numeric: number) => {
    checks++;
    const err = Math.abs(analytic - numeric);
    maxAbsError = Math.max(maxAbsError, err);
    if (!(err <= atol + rtol * Math.max(Math.abs(analytic), Math.abs(numeric)))) failures.push({ wrt: name, probe, analytic, numeric });
  };
  for (const name of wrt) {
    const x = values.get(name) as Float32Array;
    const g = grads[gradName(name)]!.data as Float32Array;
    if (g.length !== x.length) throw new Error(`grad-check: gradient of '${name}' has ${g.length} elements, input has ${x.length}`);
    const probes: { label: string; dir: Float32Array }[] = [];
    const perElement = x.length <= (c.perElementMax ?? 48);
    const coords = perElement ? x.map((_, i) => i) : Array.from({ length: 12 }, () => Math.floor(r() * x.length));
    for (const i of coords) {
      const d = new Float32Array(x.length);
      d[i] = 1;
      probes.push({ label: `element ${i}`, dir: d });
    }
    if (!perElement) for (let k = 0; k < 4; k++) probes.push({ label: `direction ${k}`, dir: Float32Array.from(x, () => (r() < 0.5 ? -1 : 1)) });
    for (const p of probes) {
      const plus = Float32Array.from(x, (v, i) => v + h * p.dir[i]!);
      const minus = Float32Array.from(x, (v, i) => v - h * p.dir[i]!);
      // The step actually taken in float32 (x + h rounds).
      const numeric = ((await loss([name, plus])) - (await loss([name, minus]))) / (2 * h);
      let analytic = 0;
      for (let i = 0; i < x.length; i++) analytic += g[i]! * p.dir[i]!;
      compare(name, p.label, analytic, numeric);
    }
  }
  return { checks, maxAbsError, failures };
}

/** Throws with the worst mismatches when the check fails. */
export async function expectGradientsMatch(c: GradCheckCase): Promise<GradCheckReport> {
  const report = await gradCheck(c);
  if (report.failures.length > 0) {
    const worst = [...report.failures].sort((a, b) => Math.abs(b.analytic - b.numeric) - Math.abs(a.analytic - a.numeric)).slice(0, 5);
    throw new Error(`${c.name}: ${report.failures.length}/${report.checks} gradient checks failed; worst: ${worst.map((f) => `${f.wrt} ${f.probe}: analytic ${f.analytic.toPrecision(6)} vs numeric ${f.numeric.toPrecision(6)}`).join('; ')}`);
  }
  if (report.checks === 0) throw new Error(`${c.name}: nothing was checked`);
  return report;
}
