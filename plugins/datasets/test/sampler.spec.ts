import { describe, expect, it } from 'vitest';
import { stratifiedQuotas, stratifiedSample } from '../src/sampling/stratified-sample';

// 10 classes of uneven size: class k has 50 + 13k images, labels interleaved.
const labels = Int32Array.from({ length: 10 * 50 + 13 * 45 }, (_, i) => i % 10);
const counts = (idx: Int32Array, lab: ArrayLike<number>) => {
  const m = new Map<number, number>();
  idx.forEach((i) => m.set(lab[i]!, (m.get(lab[i]!) ?? 0) + 1));
  return m;
};

describe('stratifiedSample', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = stratifiedSample(labels, 400, 7);
    expect(stratifiedSample(Int32Array.from(labels), 400, 7)).toEqual(a);
    expect(stratifiedSample(labels, 400, 8)).not.toEqual(a);
  });

  it.each([10, 37, 400, 999])(
    'draws n = %i distinct images in total, classes within one of each other',
    (n) => {
      const s = stratifiedSample(labels, n, 3);
      expect(s.length).toBe(n);
      expect(new Set(s).size).toBe(n);
      const c = [...counts(s, labels).values()];
      expect(c.length).toBe(10);
      expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
      expect(Array.from(s)).toEqual(Array.from(s).sort((x, y) => x - y));
    },
  );

  it('spreads the remainder over different classes for different seeds', () => {
    const favoured = new Set<number>();
    for (let seed = 0; seed < 20; seed++) {
      const c = counts(stratifiedSample(labels, 13, seed), labels);
      for (const [k, v] of c) if (v === 2) favoured.add(k);
    }
    expect(favoured.size).toBeGreaterThan(3);
  });

  it('gives small classes all they have and shares the rest equally', () => {
    // Class 0 has 3 images, class 1 has 10, class 2 has 100.
    const lab = Int32Array.from([...Array(3).fill(0), ...Array(10).fill(1), ...Array(100).fill(2)]);
    const c = counts(stratifiedSample(lab, 40, 1), lab);
    expect([c.get(0), c.get(1), c.get(2)]).toEqual([3, 10, 27]);
    const q = stratifiedQuotas(
      new Map([
        [0, 3],
        [1, 10],
        [2, 100],
      ]),
      20,
      5,
    );
    // 20 over 3 classes: class 0 saturates at 3, then 17 over two classes: 9 and 8 (or 8 and 9).
    expect(q.get(0)).toBe(3);
    expect((q.get(1) ?? 0) + (q.get(2) ?? 0)).toBe(17);
    expect(Math.abs((q.get(1) ?? 0) - (q.get(2) ?? 0))).toBe(1);
  });

  it('extends the same per-class picks as n grows (nested subsets)', () => {
    const small = new Set(stratifiedSample(labels, 100, 11));
    const large = new Set(stratifiedSample(labels, 300, 11));
    for (const i of small) expect(large.has(i)).toBe(true);
  });

  it('matches a uniform draw per class (each image about equally likely over seeds)', () => {
    const lab = Int32Array.from({ length: 40 }, (_, i) => i % 2);
    const hits = new Array<number>(40).fill(0);
    const seeds = 2000;
    for (let seed = 0; seed < seeds; seed++) stratifiedSample(lab, 10, seed).forEach((i) => hits[i]!++);
    // Each image is picked with probability 5/20; binomial sd = sqrt(2000 * .25 * .75) ~ 19.4.
    for (const h of hits) expect(Math.abs(h - seeds / 4)).toBeLessThan(5 * 19.4);
  });

  it('refuses impossible sizes', () => {
    expect(() => stratifiedSample(labels, labels.length + 1, 1)).toThrow(/exceeds the 1085 images available/);
    expect(() => stratifiedSample(labels, 2.5, 1)).toThrow(/non-negative integer/);
    expect(stratifiedSample(labels, 0, 1)).toHaveLength(0);
  });
});
