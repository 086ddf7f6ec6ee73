import { describe, expect, it } from 'vitest';
import { pairOverlap, seedStability, type StabilityTrial } from './stability';

// Two seeds whose training subsets share 11..14; helpful lists are positions into trainIndices.
const A: StabilityTrial = {
  seed: 0,
  trainIndices: [10, 11, 12, 13, 14],
  testIndices: [100, 101, 102],
  // 100 -> 10, 11, 12; 101 -> 14, 13, 12; 102 -> 10 only (the other seed lacks 102)
  helpful: [[0, 1, 2], [4, 3, 2], [0]],
};
const B: StabilityTrial = {
  seed: 1,
  trainIndices: [11, 12, 13, 14, 15],
  testIndices: [101, 100],
  // 101 -> 14, 13, 12; 100 -> 11, 13, 15
  helpful: [
    [3, 2, 1],
    [0, 2, 4],
  ],
};

describe('cross-seed stability of the top-k helpful images', () => {
  it('compares two seeds over the training images both hold (hand-computed)', () => {
    const r = seedStability([B, A], 3);
    expect(r.k).toBe(3);
    // Shared: 11, 12, 13, 14 = 4 of 5.
    expect(r.shared).toBeCloseTo(4 / 5, 12);
    const byTest = new Map(r.images.map((i) => [i.testIndex, i]));
    // 100: A cut to shared = [11, 12], B = [11, 13]; k' = 2, both hold 11: 1/2; chance 2/4.
    expect(byTest.get(100)).toEqual({ testIndex: 100, overlap: 0.5, chance: 0.5, compared: 2, pairs: 1 });
    // 101: both [14, 13, 12]: 3/3; chance 3/4.
    expect(byTest.get(101)).toEqual({ testIndex: 101, overlap: 1, chance: 0.75, compared: 3, pairs: 1 });
    expect(byTest.has(102)).toBe(false);
  });

  it('cuts both lists to the shorter prefix and to k', () => {
    expect(pairOverlap([1, 2, 3], [3, 9], new Set([1, 2, 3, 9]))).toEqual({
      overlap: 0,
      chance: 0.5,
      compared: 2,
    });
    expect(pairOverlap([5, 6], [7, 8], new Set([1]))).toBeNull();
    const r = seedStability([A, B], 1);
    const byTest = new Map(r.images.map((i) => [i.testIndex, i]));
    // 100: A's top 1 is 10 (not shared) -> nothing to compare; 101: 14 vs 14.
    expect(byTest.has(100)).toBe(false);
    expect(byTest.get(101)!.overlap).toBe(1);
  });

  it('averages over seed pairs per test image; the same seed twice counts once', () => {
    const C: StabilityTrial = {
      seed: 2,
      trainIndices: [10, 11, 12, 13, 14],
      testIndices: [100],
      helpful: [[2, 1, 0]],
    };
    const r = seedStability([A, B, C, { ...C }], 3);
    const i100 = r.images.find((i) => i.testIndex === 100)!;
    // Pairs: (A,B) 0.5 as above; (A,C) same subset, {10,11,12} both: 1; (B,C) shared 11..14: B [11, 13], C [12, 11]: 1/2.
    expect(i100.pairs).toBe(3);
    expect(i100.overlap).toBeCloseTo((0.5 + 1 + 0.5) / 3, 12);
    expect(r.shared).toBeCloseTo((4 / 5 + 1 + 4 / 5) / 3, 12);
  });

  it('has nothing to say with one seed', () => {
    expect(seedStability([A], 3)).toEqual({ images: [], shared: null, k: 3 });
  });
});
