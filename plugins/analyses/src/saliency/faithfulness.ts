import { seededRandom, type EngineApi, type ModelRef } from '@transferlab/sdk';
import type { ImageSet } from './methods';

/** The value a deleted pixel takes (every channel): black, the integrated-gradients baseline. */
export const DELETED = 0;

/** Pixel order most salient first (|map| descending, ties in raster order). */
export function salientOrder(map: ArrayLike<number>): Int32Array {
  return Int32Array.from({ length: map.length }, (_, p) => p).sort(
    (a, b) => Math.abs(map[b]!) - Math.abs(map[a]!) || a - b,
  );
}

/** A seeded random pixel order (Fisher-Yates), the reference a map's order is compared with. */
export function randomOrder(pixels: number, seed: number): Int32Array {
  const rnd = seededRandom(seed);
  const out = Int32Array.from({ length: pixels }, (_, p) => p);
  for (let i = pixels - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Pixels deleted at step s of `steps`: round(s / steps * pixels). */
export const deletedAt = (s: number, steps: number, pixels: number): number =>
  Math.round((s / steps) * pixels);

/** Area under a curve sampled at 0, 1/steps, ..., 1 by the trapezoid rule. */
export function curveArea(curve: readonly number[]): number {
  const steps = curve.length - 1;
  if (steps < 1) return curve[0] ?? 0;
  let a = 0;
  for (let s = 0; s < steps; s++) a += (curve[s]! + curve[s + 1]!) / 2;
  return a / steps;
}

/** Softmax probability of each row's label. */
function labelProbability(
  logits: Float32Array,
  classes: number,
  labels: ArrayLike<number>,
  rows: number,
): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const z = logits.subarray(r * classes, (r + 1) * classes);
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (const v of z) sum += Math.exp(v - max);
    out[r] = Math.exp(z[labels[r]!]! - max) / sum;
  }
  return out;
}

/** Rows per logits call. */
const ROWS = 256;

/** Deletion removes pixels from the image; insertion puts them, in the same order, on a black image. */
export type CurveKind = 'deletion' | 'insertion';

/**
 * Deletion and insertion curves (Petsiuk et al. 2018, RISE): per image, the model's softmax
 * probability of the label after the first round(s / steps) of its pixels in `orders[j]` are set
 * to DELETED in every channel (deletion), or after only those pixels are kept on an all-DELETED
 * image (insertion), for s = 0..steps. Returns per image the steps + 1 probabilities.
 */
export async function deletionCurves(
  engine: EngineApi,
  model: ModelRef,
  set: ImageSet,
  orders: readonly Int32Array[],
  steps: number,
  signal?: AbortSignal,
  kind: CurveKind = 'deletion',
): Promise<number[][]> {
  const [n = 0, c = 1, h = 0, w = 0] = set.dims;
  const hw = h * w;
  const d = c * hw;
  const total = n * (steps + 1);
  const probs = new Float64Array(total);
  for (let start = 0; start < total; start += ROWS) {
    if (signal?.aborted) throw new Error('saliency: cancelled');
    const rows = Math.min(ROWS, total - start);
    const data = new Float32Array(rows * d);
    const labels = new Int32Array(rows);
    for (let r = 0; r < rows; r++) {
      const j = Math.floor((start + r) / (steps + 1));
      const s = (start + r) % (steps + 1);
      const x = data.subarray(r * d, (r + 1) * d);
      const image = set.data.subarray(j * d, (j + 1) * d);
      const order = orders[j]!;
      const moved = deletedAt(s, steps, hw);
      if (kind === 'deletion') {
        x.set(image);
        for (let k = 0; k < moved; k++) for (let ch = 0; ch < c; ch++) x[ch * hw + order[k]!] = DELETED;
      } else {
        x.fill(DELETED);
        for (let k = 0; k < moved; k++)
          for (let ch = 0; ch < c; ch++) x[ch * hw + order[k]!] = image[ch * hw + order[k]!]!;
      }
      labels[r] = set.labels[j]!;
    }
    const z = await engine.logits(model, { data, dims: [rows, c, h, w] });
    const classes = z.data.length / rows;
    probs.set(labelProbability(z.data, classes, labels, rows), start);
  }
  return Array.from({ length: n }, (_, j) =>
    Array.from(probs.subarray(j * (steps + 1), (j + 1) * (steps + 1))),
  );
}
