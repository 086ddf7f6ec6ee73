import { seededRandom } from '@transferlab/sdk';

/** A seeded generator of floats in [0, 1). */
export type Rng = () => number;

/**
 * The sdk's seededRandom (mulberry32, one definition for the platform: sampling, attacks,
 * fixtures, shuffling and augmentation), under the name engine callers have used.
 */
export const mulberry32: (seed: number) => Rng = seededRandom;

/** Integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/**
 * A seed for a sub-stream (e.g. epoch k of run seed s) so that streams do not overlap
 * trivially: a murmur3-style finaliser over both words.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
