import { describe, expect, it } from 'vitest';
import { testSubset, trainSubset } from './subsets';

/** Labels from a tiny LCG (independent of the sampler's generator), in uneven classes. */
function labelsOf(sizes: readonly number[], seed: number): Int32Array {
  const out = sizes.flatMap((size, c) => Array.from({ length: size }, () => c));
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return Int32Array.from(out);
}

const countByClass = (labels: Int32Array, indices: readonly number[]): Map<number, number> => {
  const m = new Map<number, number>();
  for (const i of indices) m.set(labels[i]!, (m.get(labels[i]!) ?? 0) + 1);
  return m;
};

// A class smaller than its share (3), an empty class (index 2), otherwise uneven.
const SIZES = [40, 3, 0, 25, 17];
const LABELS = labelsOf(SIZES, 7);

describe('test subsets', () => {
  it('are nested: the subset of k1 < k2 images is inside the subset of k2 (each k in the next, so every pair)', () => {
    for (const labels of [LABELS, labelsOf([9, 30, 1, 12], 3), labelsOf([5, 5, 5], 11)]) {
      let previous: number[] = [];
      for (let k = 1; k <= labels.length; k++) {
        const next = new Set(testSubset(labels, k));
        expect(previous.filter((i) => !next.has(i))).toEqual([]);
        previous = [...next];
      }
    }
  });

  it('are stratified: k images in all, class counts within one of each other unless a class ran out', () => {
    for (const k of [1, 4, 10, 23, 50, 84]) {
      const picked = testSubset(LABELS, k);
      expect(picked).toHaveLength(k);
      expect(new Set(picked).size).toBe(k);
      const counts = countByClass(LABELS, picked);
      const classes = SIZES.map((size, c) => ({ size, got: counts.get(c) ?? 0 })).filter((c) => c.size > 0);
      for (const a of classes)
        for (const b of classes) if (a.got < a.size) expect(b.got).toBeLessThanOrEqual(a.got + 1);
    }
    // 20 over four non-empty classes: 5 each, except the class of 3, whose two left go to the others.
    const counts = countByClass(LABELS, testSubset(LABELS, 20));
    expect(counts.get(1)).toBe(3);
    expect([counts.get(0), counts.get(3), counts.get(4)].sort()).toEqual([5, 6, 6]);
  });

  it('are seeded and ascending: the same indices on every call, whatever was drawn before', () => {
    const first = testSubset(LABELS, 30);
    testSubset(LABELS, 11);
    expect(testSubset(Int32Array.from(LABELS), 30)).toEqual(first);
    expect(first).toEqual([...first].sort((a, b) => a - b));
  });

  it('are the whole split, in order, when k is absent or covers it', () => {
    const all = Array.from({ length: LABELS.length }, (_, i) => i);
    expect(testSubset(LABELS)).toEqual(all);
    expect(testSubset(LABELS, LABELS.length)).toEqual(all);
    expect(testSubset(LABELS, 10_000)).toEqual(all);
  });
});

describe('training subsets', () => {
  it('depend on the seed, repeat for the same seed, and grow by extension with n', () => {
    const a = trainSubset(LABELS, 30, 1, { analysis: 'x', dataset: 'd' });
    expect(trainSubset(LABELS, 30, 1, { analysis: 'y', dataset: 'e' })).toEqual(a);
    expect(trainSubset(LABELS, 30, 2, { analysis: 'x', dataset: 'd' })).not.toEqual(a);
    const larger = new Set(trainSubset(LABELS, 60, 1, { analysis: 'x', dataset: 'd' }));
    for (const i of a) expect(larger.has(i)).toBe(true);
  });

  it("refuse an n over the split, naming the analysis, the field and the dataset's name", () => {
    expect(() => trainSubset(LABELS, 86, 0, { analysis: 'transfer', dataset: 'small' })).toThrow(
      new RangeError("transfer: n = 86 exceeds the 85 training images of 'small'"),
    );
    expect(() =>
      trainSubset(LABELS, 100, 0, { analysis: 'saliency', field: 'transfer.n', dataset: 'digits' }),
    ).toThrow("saliency: transfer.n = 100 exceeds the 85 training images of 'digits'");
    expect(trainSubset(LABELS, 85, 0, { analysis: 'x', dataset: 'd' })).toHaveLength(85);
  });
});
