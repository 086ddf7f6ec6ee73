import { describe, expect, it } from 'vitest';
import { budgetAxis, epochAxis, linearTicks } from './axes';

describe('chart axes', () => {
  it('spaces linear ticks evenly over the domain, ends included', () => {
    expect(linearTicks([0.3, 0.7], 0.1)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(linearTicks([-0.05, 0.1], 0.05)).toEqual([-0.05, 0, 0.05, 0.1]);
  });

  it('labels the log2 budget axis in images', () => {
    const axis = budgetAxis([20, 50, 100]);
    expect(axis.ticks.map(axis.format)).toEqual(['20', '50', '100']);
    expect(axis.domain[0]).toBeLessThan(Math.log2(20));
  });

  it('ticks every epoch up to ten, then every few', () => {
    expect(epochAxis([1, 2, 3]).ticks).toEqual([1, 2, 3]);
    expect(epochAxis([1, 20]).ticks).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
  });
});
