import { seededRandom } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { augmentBatch } from './augment';
import { epochBatches } from './epoch';
import { gatherBatch, minibatchIndices, shuffledIndices } from './batches';
import { deriveSeed, mulberry32 } from './prng';
import { cosineSchedule, stepSchedule } from './schedules';

const draw = (seed: number, k: number): number[] => {
  const r = mulberry32(seed);
  return Array.from({ length: k }, () => r());
};

describe('mulberry32', () => {
  it('is the sdk\'s seededRandom, and its outputs are the ones the engine has always drawn', () => {
    expect(mulberry32).toBe(seededRandom);
    // Drawn by the engine's own copy of mulberry32 before it was replaced by the sdk's.
    expect(draw(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(deriveSeed(7, 3)).toBe(2549520217);
    expect(draw(deriveSeed(7, 3), 2)).toEqual([0.3885776668321341, 0.010610005352646112]);
  });

  it('is deterministic per seed and differs across seeds', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
  });

  it('is close to uniform on [0,1): chi-square over 10 buckets', () => {
    const counts = new Array<number>(10).fill(0);
    const n = 20000;
    for (const v of draw(7, n)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      counts[Math.floor(v * 10)]! += 1;
    }
    const chi2 = counts.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9); // p = 0.001 critical value for 9 degrees of freedom
  });

  it('derives distinct epoch streams', () => {
    const seeds = new Set(Array.from({ length: 100 }, (_, e) => deriveSeed(1, e)));
    expect(seeds.size).toBe(100);
  });
});

describe('shuffling and minibatches', () => {
  it('shuffles into a permutation, all 6 orders of 3 about equally often', () => {
    const rng = mulberry32(3);
    const seen = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const p = [...shuffledIndices(3, rng)];
      expect([...p].sort()).toEqual([0, 1, 2]);
      seen.set(p.join(), (seen.get(p.join()) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    for (const c of seen.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  it('covers every index once per epoch, deterministic for (seed, epoch)', () => {
    const a = minibatchIndices(103, { batchSize: 10, seed: 5, epoch: 0 });
    expect(a.map((b) => b.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 3]);
    expect(a.flatMap((b) => [...b]).sort((x, y) => x - y)).toEqual(Array.from({ length: 103 }, (_, i) => i));
    expect(minibatchIndices(103, { batchSize: 10, seed: 5, epoch: 0 })).toEqual(a);
    expect(minibatchIndices(103, { batchSize: 10, seed: 5, epoch: 1 })).not.toEqual(a);
    expect(minibatchIndices(103, { batchSize: 10, seed: 5, epoch: 0, dropLast: true })).toHaveLength(10);
    expect([...minibatchIndices(5, { batchSize: 2, seed: 1, epoch: 0, shuffle: false })[1]!]).toEqual([2, 3]);
  });

  it('gathers images and labels by index', () => {
    const images = Float32Array.from({ length: 3 * 2 * 2 }, (_, i) => i); // 3 images of [1,2,2]
    const labels = Int32Array.from([7, 8, 9]);
    const b = gatherBatch(images, labels, [1, 2, 2], Int32Array.from([2, 0]));
    expect([...b.x]).toEqual([8, 9, 10, 11, 0, 1, 2, 3]);
    expect([...b.y]).toEqual([9, 7]);
    expect(b.dims).toEqual([2, 1, 2, 2]);
  });
});

/** Independent reference: value of padded-then-cropped image at (r, c) for offset (dy, dx). */
function shifted(img: Float32Array, h: number, w: number, dy: number, dx: number, flip: boolean): number[] {
  const out: number[] = [];
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const srcC = (flip ? w - 1 - c : c) + dx;
      const srcR = r + dy;
      out.push(srcR >= 0 && srcR < h && srcC >= 0 && srcC < w ? img[srcR * w + srcC]! : 0);
    }
  }
  return out;
}

describe('augmentBatch', () => {
  const n = 40, h = 5, w = 6;
  const x = Float32Array.from({ length: n * h * w }, (_, i) => 1 + (i % 97));

  it('is the identity with no padding and no flip', () => {
    expect(augmentBatch(x, [n, 1, h, w], { padding: 0, horizontalFlip: false }, mulberry32(1))).toEqual(x);
  });

  it('gives each image a zero-padded shift within the padding, deterministic per seed', () => {
    const out = augmentBatch(x, [n, 1, h, w], { padding: 2, horizontalFlip: false }, mulberry32(9));
    expect(augmentBatch(x, [n, 1, h, w], { padding: 2, horizontalFlip: false }, mulberry32(9))).toEqual(out);
    const offsets = new Set<string>();
    for (let i = 0; i < n; i++) {
      const img = x.subarray(i * h * w, (i + 1) * h * w);
      const got = [...out.subarray(i * h * w, (i + 1) * h * w)];
      const match: string[] = [];
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) if (shifted(img, h, w, dy, dx, false).join() === got.join()) match.push(`${dy},${dx}`);
      expect(match).toHaveLength(1);
      offsets.add(match[0]!);
    }
    expect(offsets.size).toBeGreaterThan(8); // many of the 25 offsets occur in 40 draws
  });

  it('flips about half the images and leaves the rest', () => {
    const out = augmentBatch(x, [n, 1, h, w], { padding: 0, horizontalFlip: true }, mulberry32(4));
    let flipped = 0;
    for (let i = 0; i < n; i++) {
      const img = x.subarray(i * h * w, (i + 1) * h * w);
      const got = [...out.subarray(i * h * w, (i + 1) * h * w)].join();
      if (got === shifted(img, h, w, 0, 0, true).join()) flipped++;
      else expect(got).toBe([...img].join());
    }
    expect(flipped).toBeGreaterThan(8);
    expect(flipped).toBeLessThan(32);
  });

  it('applies the same crop and flip to every channel of an image', () => {
    const c3 = Float32Array.from({ length: 2 * 3 * h * w }, (_, i) => 1 + (i % (h * w)));
    const out = augmentBatch(c3, [2, 3, h, w], { padding: 1, horizontalFlip: true }, mulberry32(2));
    for (let i = 0; i < 2; i++) {
      const ch = (k: number): string => [...out.subarray((i * 3 + k) * h * w, (i * 3 + k + 1) * h * w)].join();
      expect(ch(1)).toBe(ch(0));
      expect(ch(2)).toBe(ch(0));
    }
  });
});

describe('schedules', () => {
  it('step schedule multiplies by gamma at each milestone', () => {
    const lr = stepSchedule(0.1, [10, 20], 0.5);
    expect([0, 9, 10, 19, 20, 100].map(lr)).toEqual([0.1, 0.1, 0.05, 0.05, 0.025, 0.025]);
  });

  it('cosine schedule: base at start, midpoint halfway, min at the end, never increasing', () => {
    const lr = cosineSchedule(0.2, 100, { min: 0.02 });
    expect(lr(0)).toBeCloseTo(0.2, 12);
    expect(lr(50)).toBeCloseTo(0.11, 12);
    expect(lr(100)).toBeCloseTo(0.02, 12);
    expect(lr(150)).toBeCloseTo(0.02, 12);
    for (let s = 1; s <= 100; s++) expect(lr(s)).toBeLessThanOrEqual(lr(s - 1));
  });

  it('cosine schedule warms up linearly', () => {
    const lr = cosineSchedule(1, 110, { warmupSteps: 10 });
    expect([0, 4, 9].map(lr)).toEqual([0.1, 0.5, 1]);
    expect(lr(10)).toBeCloseTo(1, 12);
    expect(lr(60)).toBeCloseTo(0.5, 12);
  });
});

describe('epochBatches', () => {
  const n = 10;
  const data = {
    images: Float32Array.from({ length: n * 4 }, (_, i) => Math.floor(i / 4) + 1),
    labels: Int32Array.from({ length: n }, (_, i) => 100 + i),
    imageShape: [1, 2, 2] as const,
  };

  it('yields each example once with its own label, deterministic per (seed, epoch)', () => {
    const a = [...epochBatches(data, { batchSize: 4, seed: 3, epoch: 2 })];
    expect(a.map((b) => b.dims[0])).toEqual([4, 4, 2]);
    for (const b of a) b.indices.forEach((src, i) => {
      expect(b.y[i]).toBe(100 + src);
      expect([...b.x.subarray(i * 4, i * 4 + 4)]).toEqual([src + 1, src + 1, src + 1, src + 1]);
    });
    const b2 = [...epochBatches(data, { batchSize: 4, seed: 3, epoch: 2 })];
    expect(b2.map((b) => [...b.indices])).toEqual(a.map((b) => [...b.indices]));
  });

  it('keeps the batch order when augmentation is switched on, and augments reproducibly', () => {
    const plain = [...epochBatches(data, { batchSize: 4, seed: 3, epoch: 0 })];
    const aug = [...epochBatches(data, { batchSize: 4, seed: 3, epoch: 0, augment: { padding: 1, horizontalFlip: true } })];
    const again = [...epochBatches(data, { batchSize: 4, seed: 3, epoch: 0, augment: { padding: 1, horizontalFlip: true } })];
    expect(aug.map((b) => [...b.indices])).toEqual(plain.map((b) => [...b.indices]));
    expect(aug.map((b) => [...b.x])).toEqual(again.map((b) => [...b.x]));
    // Padding 1 on 2x2 images shifts most of them, bringing in zeros.
    expect(aug.some((b) => b.x.includes(0))).toBe(true);
  });
});
