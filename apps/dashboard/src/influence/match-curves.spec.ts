import { describe, expect, it } from 'vitest';
import { setting, summary } from './influence.fixture';
import { matchVsRank, rankAxis, shareAxis } from './match-curves';

const s = setting('mnist', 0, 30, {
  sources: [summary('robust', 0.8, [0.8, 0.7, 0.6]), summary('natural', 0.5, [0.5, 0.4])],
});

describe('matchVsRank', () => {
  it('one series per source over ranks, with 95% bands, for test targets', () => {
    const { series, data } = matchVsRank(s, 'test');
    expect(series).toEqual(['natural', 'robust']);
    expect(data.map((d) => d.x)).toEqual([1, 2, 3]);
    expect(data[0]!.mean).toEqual({ natural: 0.5, robust: 0.8 });
    expect(data[0]!.band.robust![0]).toBeCloseTo(0.75);
    expect(data[2]!.mean).toEqual({ robust: 0.6 });
  });

  it('reads the training-target curves for the train variant (no band with one seed)', () => {
    const { data } = matchVsRank(s, 'train');
    expect(data[0]!.mean).toEqual({ natural: 0.25, robust: 0.4 });
    expect(data[0]!.band).toEqual({});
  });
});

describe('rankAxis / shareAxis', () => {
  it.each([
    [100, [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]],
    [5, [1, 2, 3, 4, 5]],
    [30, [1, 5, 10, 15, 20, 25, 30]],
  ])('ranks 1..%i tick at %o', (k, ticks) => {
    const cells = Array.from({ length: k }, (_, i) => i + 1);
    const axis = rankAxis({ series: ['a'], data: cells.map((x) => ({ x, mean: {}, band: {} })) });
    expect(axis.domain).toEqual([1, k]);
    expect(axis.ticks).toEqual(ticks);
  });

  it('has a usable domain with a single rank, and shares run 0..100%', () => {
    expect(rankAxis({ series: [], data: [] }).domain).toEqual([1, 2]);
    const share = shareAxis('train');
    expect(share.domain).toEqual([0, 1]);
    expect(share.format(0.3)).toBe('30%');
    expect(share.label).toBe("share with the training image's class");
  });
});
