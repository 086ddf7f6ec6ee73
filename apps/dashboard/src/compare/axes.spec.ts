import { describe, expect, it } from 'vitest';
import { accuracyAxis, linearTicks } from './axes';

describe('chart axes', () => {
  it('spaces linear ticks evenly over the domain, ends included', () => {
    expect(linearTicks([0.3, 0.7], 0.1)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(linearTicks([-0.05, 0.1], 0.05)).toEqual([-0.05, 0, 0.05, 0.1]);
  });

  it('ticks an accuracy axis every 10 points over a wide domain, every 5 over a narrow one', () => {
    expect(accuracyAxis([0, 1]).ticks).toHaveLength(11);
    expect(accuracyAxis([0.4, 0.6]).ticks).toEqual([0.4, 0.45, 0.5, 0.55, 0.6]);
    expect(accuracyAxis([0, 1]).format(0.5)).toBe('50%');
  });
});
