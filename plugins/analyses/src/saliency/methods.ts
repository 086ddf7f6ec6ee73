import { seededRandom, type EngineApi, type LossKind, type ModelRef } from '@transferlab/sdk';

/** Images of one shape: NCHW data with N = labels.length. */
export interface ImageSet {
  readonly data: Float32Array;
  readonly dims: readonly number[];
  readonly labels: Int32Array;
}

/** Raw attributions (the input's shape) plus, for integrated gradients, f at both path ends. */
export interface Attribution {
  readonly values: Float32Array;
  /** Per image: f(x) and f(baseline), f = the label's logit (integrated gradients only). */
  readonly ends?: { readonly input: Float32Array; readonly baseline: Float32Array };
}

/** Values per engine call: rows of the largest images that keep one call near 16 MB of float32. */
const CALL_VALUES = 1 << 22;

const perImage = (set: ImageSet): number => set.data.length / Math.max(1, set.labels.length);

/**
 * d f / d input of a per-example f (default the cross-entropy: the attacks' gradient), through the
 * engine, in calls of bounded size. The same engine call as attacks make, so the maps are that gradient.
 */
export async function lossGradient(
  engine: EngineApi,
  model: ModelRef,
  set: ImageSet,
  signal?: AbortSignal,
  kind: LossKind = 'cross-entropy',
): Promise<{ gradient: Float32Array; loss: Float32Array }> {
  const n = set.labels.length;
  const d = perImage(set);
  const rows = Math.max(1, Math.min(256, Math.floor(CALL_VALUES / Math.max(1, d))));
  const gradient = new Float32Array(set.data.length);
  const loss = new Float32Array(n);
  for (let s = 0; s < n; s += rows) {
    if (signal?.aborted) throw new Error('saliency: cancelled');
    const m = Math.min(rows, n - s);
    const r = await engine.inputGradient(
      model,
      { data: set.data.subarray(s * d, (s + m) * d), dims: [m, ...set.dims.slice(1)] },
      set.labels.subarray(s, s + m),
      { loss: kind },
    );
    gradient.set(r.gradient.data, s * d);
    loss.set(r.loss, s);
  }
  return { gradient, loss };
}

/** Standard normal draws from a seeded uniform source (Box-Muller). */
function gaussian(rnd: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    const u = Math.max(rnd(), Number.MIN_VALUE);
    const r = Math.sqrt(-2 * Math.log(u));
    const a = 2 * Math.PI * rnd();
    spare = r * Math.sin(a);
    return r * Math.cos(a);
  };
}

/** SmoothGrad (Smilkov et al. 2017): the mean loss gradient over `samples` copies with N(0, noise^2) added (not clipped). */
export async function smoothGrad(
  engine: EngineApi,
  model: ModelRef,
  set: ImageSet,
  noise: number,
  samples: number,
  seed: number,
  signal?: AbortSignal,
): Promise<Attribution> {
  const sum = new Float64Array(set.data.length);
  const normal = gaussian(seededRandom(seed));
  for (let k = 0; k < samples; k++) {
    const noisy = noise === 0 ? set.data : set.data.map((v) => v + noise * normal());
    const { gradient } = await lossGradient(engine, model, { ...set, data: noisy }, signal);
    for (let i = 0; i < sum.length; i++) sum[i]! += gradient[i]!;
  }
  return { values: Float32Array.from(sum, (v) => v / samples) };
}

export const IG_SPACINGS = ['adaptive', 'uniform'] as const;
export type IgSpacing = (typeof IG_SPACINGS)[number];

/** One image's path: positions with the gradient of f and f at each. */
interface PathNode {
  readonly alpha: number;
  readonly gradient: Float32Array;
  readonly f: number;
}

/** x . g at each node, the integrand d f(alpha x) / d alpha. */
const slope = (x: Float32Array, g: Float32Array): number => {
  let v = 0;
  for (let i = 0; i < x.length; i++) v += x[i]! * g[i]!;
  return v;
};

/**
 * Gradients of the label's logit (and the logit) at the given positions of each image's path, in one batched engine call
 * (nodes[j]: the positions for image j of the chunk).
 */
async function gradientsAt(
  engine: EngineApi,
  model: ModelRef,
  set: ImageSet,
  s: number,
  alphas: readonly (readonly number[])[],
  signal?: AbortSignal,
): Promise<PathNode[][]> {
  const d = perImage(set);
  const rows = alphas.reduce((a, l) => a + l.length, 0);
  const points = new Float32Array(rows * d);
  const labels = new Int32Array(rows);
  let row = 0;
  alphas.forEach((list, j) => {
    const x = set.data.subarray((s + j) * d, (s + j + 1) * d);
    for (const a of list) {
      for (let i = 0; i < d; i++) points[row * d + i] = a * x[i]!;
      labels[row++] = set.labels[s + j]!;
    }
  });
  const { gradient, loss } = await lossGradient(
    engine,
    model,
    { data: points, dims: [rows, ...set.dims.slice(1)], labels },
    signal,
    'logit',
  );
  row = 0;
  return alphas.map((list) =>
    list.map((alpha) => ({ alpha, gradient: gradient.slice(row * d, (row + 1) * d), f: loss[row++]! })),
  );
}

/**
 * Integrated gradients (Sundararajan et al. 2017) from the black baseline: (x - 0) times the path
 * integral of the gradient of f by the trapezoid rule over `steps` intervals (steps + 1 gradients),
 * so the attributions sum to f(x) - f(0) up to the rule's error (completeness); f is the label's
 * logit, as in the method's paper. (The cross-entropy, tried first, left some images far from 1%:
 * where the loss at x is close to the loss at black, the change to attribute is tiny.)
 *
 * 'uniform' spaces the nodes evenly. 'adaptive' starts from steps / 4 even intervals and spends the
 * rest bisecting, in 12 rounds, the intervals whose trapezoid misses the change of f across them the
 * most (f is known at every node from the same engine call): along the path a ReLU network's logit
 * is piecewise linear, so the trapezoid is exact on an interval where no unit switches and wrong
 * only where one does, which the bisection finds.
 */
export async function integratedGradients(
  engine: EngineApi,
  model: ModelRef,
  set: ImageSet,
  steps: number,
  signal?: AbortSignal,
  spacing: IgSpacing = 'adaptive',
): Promise<Attribution> {
  const n = set.labels.length;
  const d = perImage(set);
  const values = new Float32Array(set.data.length);
  const input = new Float32Array(n);
  const baseline = new Float32Array(n);
  const start = spacing === 'uniform' || steps < 8 ? steps : Math.ceil(steps / 4);
  const perRound = Math.max(1, Math.ceil((steps - start) / 12));
  // Images per chunk, so that a chunk's whole path is about one engine call.
  const per = Math.max(1, Math.floor(Math.max(1, Math.floor(CALL_VALUES / Math.max(1, d))) / (steps + 1)));
  for (let s = 0; s < n; s += per) {
    const m = Math.min(per, n - s);
    const xs = Array.from({ length: m }, (_, j) => set.data.subarray((s + j) * d, (s + j + 1) * d));
    const paths = await gradientsAt(
      engine,
      model,
      set,
      s,
      Array.from({ length: m }, () => Array.from({ length: start + 1 }, (_, k) => k / start)),
      signal,
    );
    const slopes = paths.map((p, j) => p.map((node) => slope(xs[j]!, node.gradient)));
    for (let used = start; used < steps;) {
      const add = Math.min(perRound, steps - used);
      // Per image: midpoints of the `add` intervals with the largest |trapezoid - loss change|.
      const mids = paths.map((p, j) => {
        const gaps = p.slice(1).map((b, k) => ({
          k,
          e: Math.abs(
            ((b.alpha - p[k]!.alpha) * (slopes[j]![k]! + slopes[j]![k + 1]!)) / 2 - (b.f - p[k]!.f),
          ),
        }));
        return gaps
          .sort((a, b) => b.e - a.e)
          .slice(0, add)
          .map((g) => (p[g.k]!.alpha + p[g.k + 1]!.alpha) / 2);
      });
      const fresh = await gradientsAt(engine, model, set, s, mids, signal);
      paths.forEach((p, j) => {
        p.push(...fresh[j]!);
        p.sort((a, b) => a.alpha - b.alpha);
        slopes[j] = p.map((node) => slope(xs[j]!, node.gradient));
      });
      used += add;
    }
    paths.forEach((p, j) => {
      const acc = new Float64Array(d);
      p.forEach((node, k) => {
        const w =
          ((k + 1 < p.length ? p[k + 1]!.alpha - node.alpha : 0) +
            (k > 0 ? node.alpha - p[k - 1]!.alpha : 0)) /
          2;
        for (let i = 0; i < d; i++) acc[i]! += w * node.gradient[i]!;
      });
      for (let i = 0; i < d; i++) values[(s + j) * d + i] = xs[j]![i]! * acc[i]!;
      baseline[s + j] = p[0]!.f;
      input[s + j] = p.at(-1)!.f;
    });
  }
  return { values, ends: { input, baseline } };
}

/**
 * Per pixel, the channel value of largest magnitude (sign kept): [N, C, H, W] -> [N, H, W].
 * Grey images pass through unchanged.
 */
export function reduceChannels(values: Float32Array, dims: readonly number[]): Float32Array {
  const [n = 0, c = 1, h = 0, w = 0] = dims;
  const hw = h * w;
  const out = new Float32Array(n * hw);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < hw; p++) {
      let best = 0;
      for (let k = 0; k < c; k++) {
        const v = values[(i * c + k) * hw + p]!;
        if (Math.abs(v) > Math.abs(best)) best = v;
      }
      out[i * hw + p] = best;
    }
  return out;
}
