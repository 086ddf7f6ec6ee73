import { describe, expect, it } from 'vitest';
import { budgetAt, log2Domain, log2Ticks, MAX_BUDGET_TICKS } from './log2-axis';

describe('log2 axis', () => {
  it('puts one tick on each budget swept, and reads each back as its budget', () => {
    const ns = [50, 20, 1000, 20, 100];
    const ticks = log2Ticks(ns);
    expect(ticks.map(budgetAt)).toEqual([20, 50, 100, 1000]);
    expect(ticks[1]! - ticks[0]!).toBeCloseTo(Math.log2(2.5));
  });

  it('uses powers of two inside the range when there are many budgets', () => {
    const ns = Array.from({ length: MAX_BUDGET_TICKS + 1 }, (_, i) => 3 * (i + 1) ** 2);
    expect(log2Ticks(ns).map(budgetAt)).toEqual([4, 8, 16, 32, 64, 128, 256]);
  });

  it('has no ticks without budgets, and a domain a quarter octave wider than the budgets', () => {
    expect(log2Ticks([])).toEqual([]);
    expect(log2Domain([16, 64])).toEqual([3.75, 6.25]);
  });
});
