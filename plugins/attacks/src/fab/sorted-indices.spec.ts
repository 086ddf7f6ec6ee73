import { seededRandom } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { sortedIndices } from './sorted-indices';

/** The order FAB's projections used before: a stable sort of the indices with a comparator. */
const bySort = (keys: Float64Array) => Array.from({ length: keys.length }, (_, i) => i).sort((x, y) => keys[x]! - keys[y]!);

describe('sortedIndices', () => {
  it.each([0, 1, 2, 3, 5, 17, 64, 784, 1000])('gives the stable sort order for %i keys, ties included', (n) => {
    const rnd = seededRandom(n + 1);
    // Pixel-like keys: a third exactly 0, some exactly 1, some -0, the rest in (0, 1); then distinct keys.
    const tied = Float64Array.from({ length: n }, () => {
      const u = rnd();
      return u < 0.33 ? 0 : u < 0.4 ? 1 : u < 0.45 ? -0 : Math.round(rnd() * 255) / 255;
    });
    const distinct = Float64Array.from({ length: n }, () => rnd() * 2 - 1);
    for (const keys of [tied, distinct]) expect(Array.from(sortedIndices(keys))).toEqual(bySort(keys));
  });
});
