import { describe, expect, it } from 'vitest';
import { samplesByClass } from './worker/catalog-jobs';
import { robustGrid } from './model-info';

describe('robustGrid', () => {
  it('reads `robust:<norm>:<eps label>` metrics into a grid sorted by norm then eps, ignoring other metrics', () => {
    const grid = robustGrid({
      cleanAccuracy: 0.9,
      'robust:Linf:8/255': 0.1,
      'robust:L2:1': 0.2,
      'robust:L2:0.25': 0.6,
      'robust:Linf:2/255': 0.5,
      trainingSeconds: 3,
    });
    expect(grid.map((g) => [g.norm, g.epsLabel, g.accuracy])).toEqual([
      ['L2', '0.25', 0.6],
      ['L2', '1', 0.2],
      ['Linf', '2/255', 0.5],
      ['Linf', '8/255', 0.1],
    ]);
    expect(grid[3]!.eps).toBeCloseTo(8 / 255, 15);
    expect(grid[0]!.eps).toBe(0.25);
  });
});

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
