import type { EngineApi, ModelRef } from '@transferlab/sdk';

export const IG_SPACINGS = ['adaptive', 'uniform'] as const;
export type IgSpacing = (typeof IG_SPACINGS)[number];

/** How one path integral is taken: start, budget and stopping rule (per path, so per image). */
export interface IgSettings {
  /** Evenly spaced intervals every path starts with (the minimum). */
  readonly steps: number;
  /** Most intervals one path may reach (its gradients: maxSteps + 1); at least `steps`. */
  readonly maxSteps: number;
  /** Stop refining a path once its completeness error is at most this. */
  readonly tolerance: number;
  /** 'adaptive': bisect a path's worst intervals; 'uniform': halve all of them (while the budget allows). */
  readonly spacing: IgSpacing;
}

/** Paths x' -> x: inputs and baselines of the same shape, NCHW, one path per row. */
export interface PathSet {
  readonly inputs: Float32Array;
  readonly baselines: Float32Array;
  readonly dims: readonly number[];
  readonly labels: Int32Array;
}

/** Per path: attributions, f at both ends, the completeness error reached and the intervals used. */
export interface PathIntegrals {
  readonly values: Float32Array;
  readonly input: Float32Array;
  readonly baseline: Float32Array;
  /** |trapezoid of the path - (f(x) - f(x'))| / |f(x) - f(x')|; null where f(x) = f(x'). */
  readonly errors: (number | null)[];
  readonly steps: number[];
}

/** Gradient calls' size: rows of the largest paths that keep one call near 16 MB of float32. */
const CALL_VALUES = 1 << 22;
/** Gradients a chunk of paths keeps while refining (about 64 MB of float32). */
const KEPT_VALUES = 1 << 24;

interface Node {
  readonly alpha: number;
  /** Kept only while a chunk's paths fit KEPT_VALUES at their budget (else recomputed at the end). */
  readonly gradient: Float32Array | null;
  readonly f: number;
  /** (x - x') . gradient: d f(x' + alpha (x - x')) / d alpha. */
  readonly slope: number;
}

/** Per interval k: the trapezoid of the slope minus the change of f (its share of the completeness error). */
const gaps = (p: readonly Node[]): number[] =>
  p.slice(1).map((b, k) => ((b.alpha - p[k]!.alpha) * (p[k]!.slope + b.slope)) / 2 - (b.f - p[k]!.f));

/** The completeness error of a path from its nodes (null where f does not change). */
export function pathError(p: readonly Node[]): number | null {
  const delta = p.at(-1)!.f - p[0]!.f;
  if (delta === 0 || !Number.isFinite(delta)) return null;
  return Math.abs(gaps(p).reduce((a, b) => a + b, 0)) / Math.abs(delta);
}

/**
 * Gradients of the label's logit and the logit at the given positions of each path of a chunk, in
 * batched engine calls (alphas[j]: the positions for path s + j).
 */
async function nodesAt(
  engine: EngineApi,
  model: ModelRef,
  set: PathSet,
  s: number,
  alphas: readonly (readonly number[])[],
  signal?: AbortSignal,
  keep = true,
  /** Instead of keeping gradients: add weight x gradient to the path's sum (weights[j][k] for alphas[j][k]). */
  sums?: { readonly weights: readonly (readonly number[])[]; readonly acc: readonly Float64Array[] },
): Promise<Node[][]> {
  const d = set.inputs.length / Math.max(1, set.labels.length);
  const total = alphas.reduce((a, l) => a + l.length, 0);
  const out: Node[][] = alphas.map(() => []);
  const flat = alphas.flatMap((list, j) => list.map((alpha, k) => ({ j, k, alpha })));
  const rows = Math.max(1, Math.min(256, Math.floor(CALL_VALUES / Math.max(1, d))));
  for (let r0 = 0; r0 < total; r0 += rows) {
    if (signal?.aborted) throw new Error('saliency: cancelled');
    const part = flat.slice(r0, r0 + rows);
    const points = new Float32Array(part.length * d);
    const labels = new Int32Array(part.length);
    part.forEach(({ j, alpha }, row) => {
      const o = (s + j) * d;
      for (let i = 0; i < d; i++) {
        const b = set.baselines[o + i]!;
        points[row * d + i] = b + alpha * (set.inputs[o + i]! - b);
      }
      labels[row] = set.labels[s + j]!;
    });
    const r = await engine.inputGradient(
      model,
      { data: points, dims: [part.length, ...set.dims.slice(1)] },
      labels,
      { loss: 'logit' },
    );
    part.forEach(({ j, k, alpha }, row) => {
      const gradient = r.gradient.data.subarray(row * d, (row + 1) * d);
      if (sums) {
        const [w, acc] = [sums.weights[j]![k]!, sums.acc[j]!];
        for (let i = 0; i < d; i++) acc[i]! += w * gradient[i]!;
        return;
      }
      const o = (s + j) * d;
      let slope = 0;
      for (let i = 0; i < d; i++) slope += (set.inputs[o + i]! - set.baselines[o + i]!) * gradient[i]!;
      out[j]!.push({ alpha, gradient: keep ? gradient.slice() : null, f: r.loss[row]!, slope });
    });
  }
  return out;
}

/** The next positions of one path, or none when it is done (within tolerance, f flat, or out of budget). */
function refinement(p: readonly Node[], t: IgSettings): number[] {
  const intervals = p.length - 1;
  const e = pathError(p);
  if (e === null || e <= t.tolerance || intervals >= t.maxSteps) return [];
  const mid = (k: number): number => (p[k]!.alpha + p[k + 1]!.alpha) / 2;
  if (t.spacing === 'uniform')
    return 2 * intervals <= t.maxSteps ? Array.from({ length: intervals }, (_, k) => mid(k)) : [];
  // A quarter more intervals a round: the ones whose trapezoid misses the change of f most.
  const add = Math.min(Math.max(1, Math.ceil(intervals / 4)), t.maxSteps - intervals);
  return gaps(p)
    .map((g, k) => ({ k, e: Math.abs(g) }))
    .sort((a, b) => b.e - a.e || a.k - b.k)
    .slice(0, add)
    .map((g) => mid(g.k));
}

/**
 * Integrated gradients along straight paths x' + alpha (x - x'), alpha in [0, 1] (Sundararajan et
 * al. 2017), f = the label's logit: (x - x') times the path integral of the gradient of f, by the
 * trapezoid rule. Each path starts from `steps` even intervals and is refined on its own until its
 * completeness error |sum of attributions - (f(x) - f(x'))| / |f(x) - f(x')| is within `tolerance`
 * or it has `maxSteps` intervals. The error is known exactly from the nodes (f comes with every
 * gradient), so no extra call is spent measuring it.
 *
 * 'adaptive' bisects, a round at a time, a quarter more of a path's intervals: those whose
 * trapezoid misses the change of f across them most. Along the path a ReLU network's logit is
 * piecewise linear, so the trapezoid is exact where no unit switches and wrong only where one does,
 * which the bisection finds. 'uniform' halves every interval while twice as many fit the budget.
 */
export async function integratePaths(
  engine: EngineApi,
  model: ModelRef,
  set: PathSet,
  t: IgSettings,
  signal?: AbortSignal,
  /** Gradients a chunk may keep (tests lower it to take the recomputing route). */
  kept: number = KEPT_VALUES,
): Promise<PathIntegrals> {
  if (set.baselines.length !== set.inputs.length)
    throw new Error(
      `saliency: ${set.baselines.length} baseline values for ${set.inputs.length} input values`,
    );
  const n = set.labels.length;
  const d = set.inputs.length / Math.max(1, n);
  const steps = Math.max(1, t.steps);
  const settings = { ...t, steps, maxSteps: Math.max(steps, t.maxSteps) };
  const values = new Float32Array(set.inputs.length);
  const input = new Float32Array(n);
  const baseline = new Float32Array(n);
  const errors: (number | null)[] = [];
  const used: number[] = [];
  // Paths per chunk: the gradients a chunk may keep at its budget. Where one path's do not fit
  // (large images), nodes keep f and the slope only, and the gradients are computed again once
  // the nodes are placed: twice the gradients, memory bounded by one engine call.
  const keep = (settings.maxSteps + 1) * d <= kept;
  const per = keep ? Math.floor(kept / Math.max(1, d) / (settings.maxSteps + 1)) : 1;
  for (let s = 0; s < n; s += per) {
    const m = Math.min(per, n - s);
    const even = Array.from({ length: steps + 1 }, (_, k) => k / steps);
    const paths = await nodesAt(
      engine,
      model,
      set,
      s,
      Array.from({ length: m }, () => even),
      signal,
      keep,
    );
    for (;;) {
      const next = paths.map((p) => refinement(p, settings));
      if (next.every((l) => l.length === 0)) break;
      const fresh = await nodesAt(engine, model, set, s, next, signal, keep);
      paths.forEach((p, j) => {
        p.push(...fresh[j]!);
        p.sort((a, b) => a.alpha - b.alpha);
      });
    }
    // Trapezoid weights: half of each neighbouring interval.
    const weights = paths.map((p) =>
      p.map(
        (node, k) =>
          ((k + 1 < p.length ? p[k + 1]!.alpha - node.alpha : 0) +
            (k > 0 ? node.alpha - p[k - 1]!.alpha : 0)) /
          2,
      ),
    );
    const sums = paths.map(() => new Float64Array(d));
    if (keep)
      paths.forEach((p, j) =>
        p.forEach((node, k) => {
          const w = weights[j]![k]!;
          for (let i = 0; i < d; i++) sums[j]![i]! += w * node.gradient![i]!;
        }),
      );
    else
      await nodesAt(
        engine,
        model,
        set,
        s,
        paths.map((p) => p.map((node) => node.alpha)),
        signal,
        false,
        { weights, acc: sums },
      );
    paths.forEach((p, j) => {
      const acc = sums[j]!;
      const o = (s + j) * d;
      for (let i = 0; i < d; i++) values[o + i] = (set.inputs[o + i]! - set.baselines[o + i]!) * acc[i]!;
      baseline[s + j] = p[0]!.f;
      input[s + j] = p.at(-1)!.f;
      errors.push(pathError(p));
      used.push(p.length - 1);
    });
  }
  return { values, input, baseline, errors, steps: used };
}
