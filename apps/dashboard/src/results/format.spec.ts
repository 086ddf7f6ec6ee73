import { describe, expect, it } from 'vitest';
import { percent, points, pValue } from './format';

describe('number formats', () => {
  it('shows accuracies as percentages', () => {
    expect(percent(0.7123)).toBe('71.2%');
  });

  it('signs deltas and bounds small p-values', () => {
    expect(points(0.034)).toBe('+3.4 pp');
    expect(points(-0.012)).toBe('−1.2 pp');
    expect(pValue(0.0004)).toBe('< 0.001');
    expect(pValue(0.0312)).toBe('0.031');
    expect(pValue(null)).toBe('n/a');
  });
});
