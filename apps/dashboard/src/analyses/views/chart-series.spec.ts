import { describe, expect, it } from 'vitest';
import { toSeries, valueDomain } from './chart-series';

const CELLS = [
  { source: 'natural', x: 1, mean: 0.4, low: 0.35, high: 0.45 },
  { source: 'robust', x: 1, mean: 0.5, low: 0.44, high: 0.56 },
  { source: 'natural', x: 2, mean: 0.6, low: 0.55, high: 0.65 },
  // One seed: a mean but no interval to draw.
  { source: 'robust', x: 2, mean: 0.55, low: null, high: null },
];

describe('chart series', () => {
  it('makes one row per x with each series’ mean and band, series sorted', () => {
    const { series, data } = toSeries(CELLS, (c) => c.x);
    expect(series).toEqual(['natural', 'robust']);
    expect(data.map((d) => d.x)).toEqual([1, 2]);
    expect(data[0]!.mean).toEqual({ natural: 0.4, robust: 0.5 });
    expect(data[0]!.band.robust).toEqual([0.44, 0.56]);
    expect(data[1]!.mean.robust).toBe(0.55);
    expect(data[1]!.band.robust).toBeUndefined();
  });

  it('y domain: holds every mean and band, widened to the step and clamped', () => {
    expect(
      valueDomain(
        toSeries(CELLS, (c) => c.x),
        0.1,
        0,
        1,
      ),
    ).toEqual([0.3, 0.7]);
    const deltas = toSeries([{ source: 'robust', mean: 0.1, low: -0.05, high: 0.18 }], () => 1);
    expect(valueDomain(deltas, 0.05)).toEqual([-0.05, 0.2]);
    expect(valueDomain({ series: [], data: [] }, 0.1, 0, 1)).toEqual([0, 1]);
  });
});
