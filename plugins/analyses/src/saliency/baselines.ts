import { seededRandom } from '@transferlab/sdk';

/**
 * Where integrated gradients' paths start: 'black' (zeros), 'blur' (the image Gaussian-blurred),
 * 'uniform' (uniform noise in [0, 1], seeded per test image), 'mean' (the dataset's mean training
 * image, pixel by pixel) and 'expected' (expected gradients: training images drawn per test image,
 * the attributions averaged over them).
 */
export const IG_BASELINES = ['black', 'blur', 'uniform', 'mean', 'expected'] as const;
export type IgBaseline = (typeof IG_BASELINES)[number];

/** Training images the mean image is taken over (the first of a seeded order, or all when fewer). */
export const MEAN_IMAGES = 1000;

/** Normalised 1-D Gaussian weights, radius ceil(3 sigma). */
export function gaussianKernel(sigma: number): Float64Array {
  const r = Math.max(1, Math.ceil(3 * sigma));
  const k = Float64Array.from({ length: 2 * r + 1 }, (_, i) =>
    Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)),
  );
  const sum = k.reduce((a, b) => a + b, 0);
  return k.map((v) => v / sum);
}

/**
 * Each channel of each image blurred by a Gaussian of `sigma` pixels (separable, radius ceil(3
 * sigma), edges replicated), NCHW in and out.
 */
export function gaussianBlur(data: Float32Array, dims: readonly number[], sigma: number): Float32Array {
  const [n = 0, c = 1, h = 0, w = 0] = dims;
  const k = gaussianKernel(sigma);
  const r = (k.length - 1) / 2;
  const out = new Float32Array(data.length);
  const row = new Float64Array(h * w);
  for (let p = 0; p < n * c; p++) {
    const o = p * h * w;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        let v = 0;
        for (let i = -r; i <= r; i++) v += k[i + r]! * data[o + y * w + Math.min(w - 1, Math.max(0, x + i))]!;
        row[y * w + x] = v;
      }
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        let v = 0;
        for (let i = -r; i <= r; i++) v += k[i + r]! * row[Math.min(h - 1, Math.max(0, y + i)) * w + x]!;
        out[o + y * w + x] = v;
      }
  }
  return out;
}

/** A seed per test image (and draw), so an image's baseline is the same for every source and chunk. */
export const imageSeed = (index: number, draw = 0): number =>
  (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(draw + 1, 0x85ebca6b)) >>> 0;

/** Uniform noise in [0, 1) of the images' shape, seeded by each image's test index. */
export function uniformBaselines(indices: readonly number[], perImage: number): Float32Array {
  const out = new Float32Array(indices.length * perImage);
  indices.forEach((index, j) => {
    const rnd = seededRandom(imageSeed(index));
    for (let i = 0; i < perImage; i++) out[j * perImage + i] = rnd();
  });
  return out;
}

/** Per image of the test subset, `k` training indices drawn uniformly (with replacement), seeded by its test index. */
export function expectedDraws(indices: readonly number[], k: number, trainSize: number): number[][] {
  return indices.map((index) => {
    const rnd = seededRandom(imageSeed(index, 1));
    return Array.from({ length: k }, () => Math.min(trainSize - 1, Math.floor(rnd() * trainSize)));
  });
}

/** The per-value mean of the images (float64 accumulation). */
export function meanImage(data: Float32Array, perImage: number): Float32Array {
  const n = data.length / Math.max(1, perImage);
  const acc = new Float64Array(perImage);
  for (let j = 0; j < n; j++) for (let i = 0; i < perImage; i++) acc[i]! += data[j * perImage + i]!;
  return Float32Array.from(acc, (v) => v / Math.max(1, n));
}

/**
 * A pixel is pinned where the image equals the baseline (within half an 8-bit level, 1/510, in
 * every channel and, for expected gradients, for every drawn baseline): integrated gradients give
 * it exactly (x - x') times something, zero whatever the model. Per image, the share of its
 * background (pixels off the object mask) that is pinned; null where it has no background.
 */
export function pinnedBackgroundShares(
  inputs: Float32Array,
  baselines: readonly Float32Array[],
  dims: readonly number[],
  masks: Uint8Array,
): (number | null)[] {
  const [n = 0, c = 1, h = 0, w = 0] = dims;
  const hw = h * w;
  const out: (number | null)[] = [];
  for (let j = 0; j < n; j++) {
    let background = 0;
    let pinned = 0;
    for (let p = 0; p < hw; p++) {
      if (masks[j * hw + p]) continue;
      background++;
      let same = true;
      for (const b of baselines)
        for (let ch = 0; ch < c && same; ch++) {
          const at = (j * c + ch) * hw + p;
          if (Math.abs(inputs[at]! - b[at]!) > PIN) same = false;
        }
      if (same) pinned++;
    }
    out.push(background > 0 ? pinned / background : null);
  }
  return out;
}

/** Half an 8-bit level: an image and a baseline closer than this are the same picture. */
export const PIN = 1 / 510;

/** An image's integrated-gradients map is degenerate when at least this share of its background is pinned. */
export const DEGENERATE_SHARE = 0.5;

/** The warning a degenerate map carries (null when it is not one). */
export function degenerateWarning(baseline: IgBaseline, share: number | null): string | null {
  if (share === null || share < DEGENERATE_SHARE) return null;
  return `the ${baseline} baseline equals the image on ${(100 * share).toFixed(0)}% of the background, where integrated gradients are zero by construction: alignment is high by construction`;
}
