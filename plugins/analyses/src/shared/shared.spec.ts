import { jStat } from 'jstat';
import { describe, expect, it } from 'vitest';
import { groupBy, interval, naturalBaseline } from './index';

describe('shared analysis helpers', () => {
  it('interval: mean ± t(0.975, n-1)·sd/√n, computed here from the definition', () => {
    const v = [0.2, 0.4, 0.9];
    const mean = 0.5;
    const sd = Math.sqrt(((0.2 - mean) ** 2 + (0.4 - mean) ** 2 + (0.9 - mean) ** 2) / 2);
    const half = jStat.studentt.inv(0.975, 2) * (sd / Math.sqrt(3));
    const got = interval(v)!;
    expect(got.mean).toBeCloseTo(mean, 12);
    expect(got.low).toBeCloseTo(mean - half, 12);
    expect(got.high).toBeCloseTo(mean + half, 12);
    expect(got.n).toBe(3);
  });

  it('interval: clips a share to [0, 1], leaves one value without bounds, skips nulls', () => {
    const share = interval([0.99, 1, 1], { share: true })!;
    expect(share.high).toBe(1);
    expect(interval([0.99, 1, 1])!.high).toBeGreaterThan(1);
    expect(interval([0.5, null])).toEqual({ mean: 0.5, low: null, high: null, n: 1 });
    expect(interval([])).toBeNull();
  });

  it('groupBy keys by value, not identity, in first-seen order', () => {
    const g = groupBy(
      [
        { a: 1, b: 'x' },
        { a: 2, b: 'y' },
        { a: 1, b: 'x' },
      ],
      (r) => [r.a, r.b],
    );
    expect([...g.values()].map((l) => l.length)).toEqual([2, 1]);
  });

  it('naturalBaseline reads training.kind, never the id', () => {
    const models = new Map([
      [
        'natural-looking-id',
        {
          id: 'natural-looking-id',
          training: { kind: 'adversarial' as const, norm: 'L2' as const, eps: 0.5 },
          metrics: {},
        },
      ],
      ['zz-plain', { id: 'zz-plain', training: { kind: 'natural' as const }, metrics: {} }],
    ]);
    expect(naturalBaseline(['natural-looking-id', 'zz-plain'], models)).toBe('zz-plain');
    expect(naturalBaseline(['natural-looking-id'], models)).toBeUndefined();
    expect(naturalBaseline(['natural-looking-id'], models, 'natural-looking-id')).toBe('natural-looking-id');
  });
});
