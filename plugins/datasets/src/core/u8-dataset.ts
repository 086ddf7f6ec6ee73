import { createHash } from 'node:crypto';
import type { Dataset, ImageBatch, Split } from '@transferlab/sdk';
import { pngThumbnail } from './thumbnail';

/** One split held as bytes: pixels N x C x H x W (CHW per image), labels N. */
export interface U8Split {
  readonly pixels: Uint8Array;
  readonly labels: Int32Array;
}

export interface U8DatasetSpec {
  readonly name: string;
  readonly classes: readonly string[];
  readonly imageShape: readonly [number, number, number];
  readonly train: U8Split;
  readonly test: U8Split;
}

/**
 * The content checksum every built-in dataset uses: sha256 over a JSON header (shape and
 * class names), then per split (train, test) the uint8 pixel bytes in NCHW order followed
 * by the int32 little-endian labels. It identifies the decoded content, so the same images
 * read from IDX, gzip or JSON give the same checksum.
 */
export function contentChecksum(spec: Omit<U8DatasetSpec, 'name'>): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ shape: spec.imageShape, classes: spec.classes }));
  for (const s of [spec.train, spec.test]) {
    h.update(s.pixels);
    h.update(new Uint8Array(s.labels.buffer, s.labels.byteOffset, s.labels.byteLength));
  }
  return h.digest('hex');
}

function checkIndex(split: Split, size: number, k: number): number {
  if (!Number.isInteger(k) || k < 0 || k >= size)
    throw new RangeError(`index ${k} outside the ${split} split of ${size}`);
  return k;
}

/**
 * A dataset held as uint8 pixels: a quarter of its float32 size. read() converts only the
 * requested images to float32 in [0,1], so memory stays at the bytes plus one batch.
 */
export function u8Dataset(spec: U8DatasetSpec, checksum: string = contentChecksum(spec)): Dataset {
  const [c, h, w] = spec.imageShape;
  const per = c * h * w;
  const splits: Record<Split, U8Split> = { train: spec.train, test: spec.test };
  for (const split of ['train', 'test'] as const) {
    const s = splits[split];
    if (s.pixels.length !== s.labels.length * per) {
      throw new Error(
        `${spec.name}/${split}: ${s.pixels.length} pixel bytes for ${s.labels.length} images of ${per}`,
      );
    }
  }
  const scale = 1 / 255;
  return {
    name: spec.name,
    classes: [...spec.classes],
    imageShape: [c, h, w],
    sizes: { train: spec.train.labels.length, test: spec.test.labels.length },
    checksum,
    labels: (split) => Promise.resolve(splits[split].labels.slice()),
    // The executor turns a bad index into a rejected promise rather than a synchronous throw.
    read: (split, indices) => new Promise<ImageBatch>((done) => done(readNow(split, indices))),
    thumbnail: async (split, index) => {
      const s = splits[split];
      const k = checkIndex(split, s.labels.length, index);
      return await pngThumbnail(s.pixels.subarray(k * per, (k + 1) * per), c, h, w);
    },
  };
  function readNow(split: Split, indices: ArrayLike<number>): ImageBatch {
    const s = splits[split];
    const n = indices.length;
    const data = new Float32Array(n * per);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = checkIndex(split, s.labels.length, indices[i] ?? -1);
      const src = s.pixels.subarray(k * per, (k + 1) * per);
      const off = i * per;
      for (let j = 0; j < per; j++) data[off + j] = (src[j] ?? 0) * scale;
      labels[i] = s.labels[k] ?? 0;
    }
    return { images: { data, dims: [n, c, h, w] }, labels };
  }
}
