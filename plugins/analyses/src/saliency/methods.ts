import { seededRandom, type EngineApi, type LossKind, type ModelRef } from '@transferlab/sdk';
import { integratePaths, type IgSettings } from './ig-path';

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

export { IG_SPACINGS, type IgSettings, type IgSpacing } from './ig-path';

/** Integrated gradients' attributions with, per image, the completeness error reached and the intervals spent. */
export interface IgAttribution extends Attribution {
  readonly ends: { readonly input: Float32Array; readonly baseline: Float32Array };
  /** Per image: the largest completeness error over its paths (null where f(x) = f(x') on every path). */
  readonly errors: readonly (number | null)[];
  /** Per image: intervals over all its paths (one path per baseline). */
  readonly steps: readonly number[];
}

/**
 * Integrated gradients (Sundararajan et al. 2017) of f = the label's logit, from each image's
 * baselines (default one black baseline): per baseline x', the path x' + alpha (x - x') integrated
 * to the tolerance (see `integratePaths`), and the attributions averaged over the baselines (with
 * several, expected gradients: Erion et al. 2021). The averaged attributions sum to
 * f(x) - mean f(x'); `ends.baseline` is that mean. Completeness holds per path, so an image's error
 * is its worst path's. (The cross-entropy, tried first, left some images far from 1%: where the loss
 * at x is close to the loss at black, the change to attribute is tiny.)
 */
export async function integratedGradients(
  engine: EngineApi,
  model: ModelRef,
  set: ImageSet,
  settings: IgSettings & { readonly baselines?: readonly Float32Array[] },
  signal?: AbortSignal,
): Promise<IgAttribution> {
  const n = set.labels.length;
  const d = perImage(set);
  const baselines = settings.baselines ?? [new Float32Array(set.data.length)];
  const k = baselines.length;
  if (k === 0) throw new Error('saliency: integrated gradients need at least one baseline');
  // Path (j, s) at row j * k + s: image j from its baseline s.
  const inputs = new Float32Array(n * k * d);
  const starts = new Float32Array(n * k * d);
  const labels = new Int32Array(n * k);
  for (let j = 0; j < n; j++)
    for (let s = 0; s < k; s++) {
      const row = j * k + s;
      inputs.set(set.data.subarray(j * d, (j + 1) * d), row * d);
      starts.set(baselines[s]!.subarray(j * d, (j + 1) * d), row * d);
      labels[row] = set.labels[j]!;
    }
  const r = await integratePaths(
    engine,
    model,
    { inputs, baselines: starts, dims: set.dims, labels },
    settings,
    signal,
  );
  if (k === 1)
    return {
      values: r.values,
      ends: { input: r.input, baseline: r.baseline },
      errors: r.errors,
      steps: r.steps,
    };
  const values = new Float32Array(set.data.length);
  const input = new Float32Array(n);
  const baseline = new Float32Array(n);
  const errors: (number | null)[] = [];
  const steps: number[] = [];
  for (let j = 0; j < n; j++) {
    const acc = new Float64Array(d);
    let fb = 0;
    let worst: number | null = null;
    let total = 0;
    for (let s = 0; s < k; s++) {
      const row = j * k + s;
      for (let i = 0; i < d; i++) acc[i]! += r.values[row * d + i]!;
      fb += r.baseline[row]!;
      const e = r.errors[row] ?? null;
      if (e !== null) worst = Math.max(worst ?? 0, e);
      total += r.steps[row]!;
    }
    for (let i = 0; i < d; i++) values[j * d + i] = acc[i]! / k;
    input[j] = r.input[j * k]!;
    baseline[j] = fb / k;
    errors.push(worst);
    steps.push(total);
  }
  return { values, ends: { input, baseline }, errors, steps };
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
