import { describe, expect, it } from 'vitest';
import { chartRows, datasetsOf, exampleHref, kindsOf, pickOne, ratioText } from './saliency-choice';
import type { SaliencyGroup } from './saliency.queries';

const group = (
  dataset: string,
  method: string,
  mean = 1.5,
  low: number | null = 1.2,
  high: number | null = 1.9,
): SaliencyGroup => ({
  dataset,
  setting: 'source',
  method,
  sources: [
    {
      source: 'a',
      accuracy: 0.9,
      alignment: { images: 10, mean, low, high },
      massShare: { mean: 0.5 },
      completeness: null,
    },
  ],
  deltas: [],
});

describe('saliency choices', () => {
  it('offers the datasets of the run and the map kinds of its methods (the signed gradient with the gradient)', () => {
    const groups = [
      group('mnist', 'gradient'),
      group('mnist', 'integrated-gradients'),
      group('fashion', 'smoothgrad'),
    ];
    expect(datasetsOf(groups)).toEqual(['mnist', 'fashion']);
    expect(kindsOf(groups, 'mnist')).toEqual(['gradient', 'gradient-signed', 'integrated-gradients']);
    expect(kindsOf(groups, 'fashion')).toEqual(['smoothgrad']);
    expect(pickOne(['x', 'y'], 'y')).toBe('y');
    expect(pickOne(['x', 'y'], 'z')).toBe('x');
  });

  it('draws whiskers from the interval and formats ratios', () => {
    const [row] = chartRows(group('d', 'gradient', 1.5, 1.25, 2));
    expect(row).toEqual({ source: 'a', mean: 1.5, error: [0.25, 0.5] });
    expect(chartRows(group('d', 'gradient', 1, null, null))[0]!.error).toEqual([0, 0]);
    expect(ratioText(1.234)).toBe('1.23×');
    expect(ratioText(null)).toBe('–');
  });

  it('links an image to the per-example view with its runs', () => {
    expect(exampleHref('fashion-mnist-a', 7, ['r1', 'r2'])).toBe('/examples/fashion-mnist-a/7?runs=r1%2Cr2');
    expect(exampleHref('a b', 0, [])).toBe('/examples/a%20b/0');
  });
});
