import { describe, expect, it } from 'vitest';
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
