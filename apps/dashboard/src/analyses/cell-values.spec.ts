import { describe, expect, it } from 'vitest';
import { cellText, formatInterval } from './cell-values';

const dimension = (format: string | null) => ({ role: 'dimension' as const, format });

describe('cell text', () => {
  it('a class column by its dataset’s class names, the number without them', () => {
    const classes = ['T-shirt/top', 'Trouser', 'Pullover'];
    expect(cellText(dimension('class'), 1, classes)).toBe('Trouser');
    expect(cellText(dimension('class'), 1)).toBe('1');
    // A class the names do not reach keeps its number.
    expect(cellText(dimension('class'), 7, classes)).toBe('7');
    expect(cellText(dimension('class'), null, classes)).toBe('—');
  });

  it('a whole-number dimension exactly (an index, a seed), others by their format', () => {
    expect(cellText(dimension(null), 12345)).toBe('12345');
    expect(cellText(dimension(null), 0.123456)).toBe('0.123');
    expect(cellText(dimension('count'), 3200)).toBe('3,200');
    expect(cellText(dimension(null), 'mnist')).toBe('mnist');
  });

  it("an interval in its value's own unit: a ratio's delta as numbers, a share's as percentages", () => {
    // A saliency alignment delta (a ratio): never a half-width scaled to points ('0.501 ± 3.8').
    expect(formatInterval({ mean: 0.501, low: 0.463, high: 0.539, n: 100 }, null)).toBe('0.501 [0.463, 0.539]');
    expect(formatInterval({ mean: 0.804, low: 0.781, high: 0.826, n: 3 }, 'share')).toBe('80.4% [78.1%, 82.6%]');
    expect(formatInterval({ mean: 0.5, low: null, high: null, n: 1 }, null)).toBe('0.5');
  });
});
