import { describe, expect, it } from 'vitest';
import { samplesByClass } from './catalog-jobs';

describe('samplesByClass', () => {
  it('takes the first image of each class, then the second of each, in index order', () => {
    const labels = Int32Array.from([2, 0, 0, 1, 2, 0, 1]);
    expect(samplesByClass(labels, 3, 10)).toEqual([
      { index: 1, label: 0 },
      { index: 3, label: 1 },
      { index: 0, label: 2 },
      { index: 2, label: 0 },
      { index: 6, label: 1 },
      { index: 4, label: 2 },
      { index: 5, label: 0 },
    ]);
    expect(samplesByClass(labels, 3, 2)).toEqual([
      { index: 1, label: 0 },
      { index: 3, label: 1 },
    ]);
  });

  it('skips a class without images', () => {
    expect(samplesByClass(Int32Array.from([0, 2, 0]), 3, 4).map((s) => s.label)).toEqual([0, 2, 0]);
  });
});
