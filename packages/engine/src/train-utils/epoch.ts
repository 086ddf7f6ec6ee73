import { augmentBatch, type AugmentOptions } from './augment';
import { gatherBatch, minibatchIndices, type Batch, type MinibatchOptions } from './batches';
import { seededRandom } from '@transferlab/sdk';
import { deriveSeed } from './prng';

export interface EpochData {
  /** NCHW float32 images, flattened, and their [C, H, W]. */
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly imageShape: readonly [number, number, number];
}

export interface EpochOptions extends MinibatchOptions {
  /** Augment each batch (training only). */
  readonly augment?: AugmentOptions;
}

/**
 * The batches of one epoch: shuffled indices, gathered images and labels, augmented when
 * asked. Shuffling and augmentation use separate streams derived from (seed, epoch), so the
 * order of batches does not change when augmentation is switched on.
 */
export function* epochBatches(data: EpochData, o: EpochOptions): Generator<Batch & { readonly indices: Int32Array }> {
  const n = data.labels.length;
  const rng = seededRandom(deriveSeed(deriveSeed(o.seed, o.epoch), 0x61756721));
  for (const indices of minibatchIndices(n, o)) {
    const b = gatherBatch(data.images, data.labels, data.imageShape, indices);
    yield { ...b, x: o.augment ? augmentBatch(b.x, b.dims, o.augment, rng) : b.x, indices };
  }
}
