import { seededRandom } from '@transferlab/sdk';
import { deriveSeed, randomInt, type Rng } from './prng';

/** Fisher-Yates permutation of 0..n-1. */
export function shuffledIndices(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

export interface MinibatchOptions {
  readonly batchSize: number;
  /** Run seed; each epoch gets its own derived stream. */
  readonly seed: number;
  readonly epoch: number;
  /** Shuffle (default true); false gives 0..n-1 in order, e.g. for evaluation. */
  readonly shuffle?: boolean;
  /** Drop a last partial batch (default false). */
  readonly dropLast?: boolean;
}

/** Index batches for one epoch, deterministic for (seed, epoch). */
export function minibatchIndices(n: number, o: MinibatchOptions): Int32Array[] {
  if (!(o.batchSize >= 1)) throw new RangeError(`batchSize must be >= 1, got ${o.batchSize}`);
  const order = o.shuffle === false ? Int32Array.from({ length: n }, (_, i) => i) : shuffledIndices(n, seededRandom(deriveSeed(o.seed, o.epoch)));
  const out: Int32Array[] = [];
  for (let s = 0; s < n; s += o.batchSize) {
    const b = order.subarray(s, Math.min(n, s + o.batchSize));
    if (b.length < o.batchSize && o.dropLast) break;
    out.push(b.slice());
  }
  return out;
}

export interface Batch {
  /** NCHW float32. */
  readonly x: Float32Array;
  readonly y: Int32Array;
  readonly dims: readonly [number, number, number, number];
}

/** Copy the chosen images (each `imageSize` floats, [C,H,W]) and labels into a batch. */
export function gatherBatch(images: Float32Array, labels: Int32Array, imageShape: readonly [number, number, number], indices: Int32Array): Batch {
  const [c, h, w] = imageShape;
  const size = c * h * w;
  const x = new Float32Array(indices.length * size);
  const y = new Int32Array(indices.length);
  indices.forEach((src, i) => {
    x.set(images.subarray(src * size, (src + 1) * size), i * size);
    y[i] = labels[src]!;
  });
  return { x, y, dims: [indices.length, c, h, w] };
}
