import { randomInt, type Rng } from './prng';

export interface AugmentOptions {
  /** Zero padding on each side before a random crop back to H x W (0: no crop). */
  readonly padding: number;
  /** Mirror left-right with probability 1/2; only for datasets where that keeps the label (not digits). */
  readonly horizontalFlip: boolean;
}

/**
 * Random crop with zero padding and horizontal flip, per image, on an NCHW batch.
 * Draws per image: dy, dx (when padding > 0), then flip (when enabled), so a seed fixes
 * the result. Returns a new array.
 */
export function augmentBatch(x: Float32Array, dims: readonly [number, number, number, number], o: AugmentOptions, rng: Rng): Float32Array {
  const [n, c, h, w] = dims;
  const out = new Float32Array(x.length);
  const p = o.padding;
  for (let i = 0; i < n; i++) {
    // Offset of the crop window in padded coordinates; source row = dst row + dy - p.
    const dy = p > 0 ? randomInt(rng, 2 * p + 1) - p : 0;
    const dx = p > 0 ? randomInt(rng, 2 * p + 1) - p : 0;
    const flip = o.horizontalFlip && rng() < 0.5;
    for (let ch = 0; ch < c; ch++) {
      const base = (i * c + ch) * h * w;
      for (let r = 0; r < h; r++) {
        const sr = r + dy;
        if (sr < 0 || sr >= h) continue;
        for (let col = 0; col < w; col++) {
          const sc = col + dx;
          if (sc < 0 || sc >= w) continue;
          out[base + r * w + (flip ? w - 1 - col : col)] = x[base + sr * w + sc]!;
        }
      }
    }
  }
  return out;
}
