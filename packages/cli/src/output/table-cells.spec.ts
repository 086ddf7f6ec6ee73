import { cellOf, type ColumnFormat } from '@transferlab/client';
import { describe, expect, it } from 'vitest';
import { col, LEADERBOARD, LEADERBOARD_ROWS } from '../../test/fixtures/leaderboard';
import { cellText, formatNumber, tableText } from './table-cells';

describe('formatNumber', () => {
  it.each<[number, ColumnFormat | undefined, string]>([
    [0.61234, 'share', '61.2%'],
    [0.0005, 'share', '0.1%'],
    [-0.0125, 'share', '-1.3%'],
    [1, 'share', '100.0%'],
    [99.6, 'count', '100'],
    [1600, 'count', '1600'],
    [0.0004, 'pvalue', '<0.001'],
    [0.04999, 'pvalue', '0.050'],
    [0.81234, 'number', '0.812'],
    [0.81234, undefined, '0.812'],
    [12.345, undefined, '12.3'],
    [123456.7, undefined, '123457'],
    [0.000123, undefined, '1.23e-4'],
    [0, undefined, '0'],
    [Number.NaN, 'share', 'NaN'],
  ])('%s as %s reads %s', (value, format, text) => expect(formatNumber(value, format)).toBe(text));
});

describe('cellText', () => {
  const text = (
    name: string,
    role: Parameters<typeof col>[1],
    value: unknown,
    format: string | null = null,
  ): string => cellText(cellOf(col(name, role, format), { [name]: value }));

  it("writes an interval as mean [low, high] in the mean's own unit, or the mean alone over one value", () => {
    expect(text('a', 'interval', { mean: 0.62, low: 0.55, high: 0.69, n: 3 }, 'share')).toBe(
      '62.0% [55.0%, 69.0%]',
    );
    expect(text('a', 'interval', { mean: 0.05, low: -0.01, high: 0.11, n: 3 }, 'share')).toBe(
      '5.0% [-1.0%, 11.0%]',
    );
    expect(text('a', 'interval', { mean: 1.5, low: 1.25, high: 1.75, n: 9 })).toBe('1.5 [1.25, 1.75]');
    expect(text('a', 'interval', { mean: 0.373, low: null, high: null, n: 1 }, 'share')).toBe('37.3%');
  });

  it('writes an image reference, a picture, text on one line, and nothing as -', () => {
    expect(text('image', 'image', { dataset: 'mnist', split: 'test', index: 7 })).toBe('mnist test #7');
    expect(text('map', 'picture', 'data:image/png;base64,AAAA')).toBe('(image)');
    expect(text('note', 'text', 'two\n  lines')).toBe('two lines');
    expect(text('source', 'model', 'fashion-mnist-a-resnet8-w16-natural')).toBe(
      'fashion-mnist-a-resnet8-w16-natural',
    );
    for (const role of ['dimension', 'measure', 'interval', 'image', 'picture', 'model', 'text'] as const)
      expect(text('x', role, null)).toBe('-');
  });

  it('keeps a dimension exact (what --filter matches) unless it is a count', () => {
    expect(text('lr', 'dimension', 0.000123)).toBe('0.000123');
    expect(text('eps', 'dimension', 0.0313725)).toBe('0.0313725');
    expect(text('n', 'dimension', 3200, 'count')).toBe('3200');
    expect(text('target', 'dimension', 'mnist')).toBe('mnist');
  });
});

describe('tableText', () => {
  it('prints every declared column under its name, figures right-aligned', () => {
    expect(tableText(LEADERBOARD, LEADERBOARD_ROWS)).toBe(
      [
        'target  depth     n  source               accuracy  seeds  efficiency                delta  pValue',
        'mnist       0   100  l2       62.0% [55.0%, 69.0%]      3       0.812  5.0% [-1.0%, 11.0%]  <0.001',
        'mnist       0   100  natural                 37.3%      1         0.7                    -       -',
        'mnist       -  1600  natural  90.0% [89.9%, 90.1%]      5     5.00e-4                    -   0.500',
      ].join('\n'),
    );
  });

  it('refuses a cell that does not hold what its role says', () => {
    expect(() => tableText(LEADERBOARD, [{ ...LEADERBOARD_ROWS[0], accuracy: 0.62 }])).toThrow(
      /column 'accuracy' \(interval\) holds 0\.62/,
    );
  });
});
