import { stratifiedSample } from '@transferlab/sdk';

/**
 * The seed of every test subset: the same images for every source, seed and analysis, so the
 * per-example outputs of different analyses join on (dataset, split, index).
 */
export const TEST_SUBSET_SEED = 0;

/**
 * The first k images of the test split, stratified by class, as ascending indices; the whole
 * split when k is absent or covers it. Subsets are nested: within each class the pick is the
 * first quota of one seeded order and quotas only grow with k, so a subset of k1 < k2 images is
 * contained in the one of k2 (an analysis testing 100 images joins one testing 1,000).
 */
export function testSubset(labels: ArrayLike<number>, k?: number): number[] {
  if (k === undefined || k >= labels.length) return Array.from({ length: labels.length }, (_, i) => i);
  return Array.from(stratifiedSample(labels, k, TEST_SUBSET_SEED));
}

/** Who asks for a training subset, for the error when n exceeds the split. */
export interface SubsetOwner {
  /** The analysis, e.g. 'transfer'. */
  readonly analysis: string;
  /** The params field that gave n ('n' unless said). */
  readonly field?: string;
  /** The dataset's name in the run. */
  readonly dataset: string;
}

/**
 * The n training images a fine-tuning uses, stratified by class with its seed, as ascending
 * indices: every source fine-tuned with this (dataset, n, seed) sees the same images, whichever
 * analysis fine-tunes it. A RangeError when n exceeds the training split.
 */
export function trainSubset(
  labels: ArrayLike<number>,
  n: number,
  seed: number,
  owner: SubsetOwner,
): number[] {
  if (n > labels.length)
    throw new RangeError(
      `${owner.analysis}: ${owner.field ?? 'n'} = ${n} exceeds the ${labels.length} training images of '${owner.dataset}'`,
    );
  return Array.from(stratifiedSample(labels, n, seed));
}
