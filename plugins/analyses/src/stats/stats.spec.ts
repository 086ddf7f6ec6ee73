import { describe, expect, it } from 'vitest';
import { dataEfficiency } from './data-efficiency';
import { pairedComparison } from './paired';
import { meanInterval } from './summary';

// Independent reference: Student-t CDF by Simpson integration of the density, quantile by bisection.
function tPdf(x: number, dof: number): number {
  const lgamma = (z: number): number => {
    // Lanczos approximation (g = 7), independent of jStat.
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - lgamma(1 - z);
    z -= 1;
    let a = c[0]!;
    const t = z + 7.5;
    for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  };
  return Math.exp(lgamma((dof + 1) / 2) - lgamma(dof / 2) - 0.5 * Math.log(dof * Math.PI) - ((dof + 1) / 2) * Math.log(1 + (x * x) / dof));
}
function tCdf(x: number, dof: number): number {
  const steps = 20000;
  const h = Math.abs(x) / steps;
  let s = tPdf(0, dof) + tPdf(Math.abs(x), dof);
  for (let i = 1; i < steps; i++) s += (i % 2 ? 4 : 2) * tPdf(i * h, dof);
  const half = (s * h) / 3;
  return x >= 0 ? 0.5 + half : 0.5 - half;
}
function tQuantile(p: number, dof: number): number {
  let lo = 0;
  let hi = 100;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, dof) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('meanInterval', () => {
  it('matches a mean and t interval computed independently', () => {
    const v = [0.61, 0.58, 0.66, 0.63, 0.6];
    const r = meanInterval(v);
    const mean = 0.616;
    const sd = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / 4);
    const half = tQuantile(0.975, 4) * (sd / Math.sqrt(5));
    expect(r.mean).toBeCloseTo(mean, 12);
    expect(r.sd).toBeCloseTo(sd, 12);
    expect(r.low).toBeCloseTo(mean - half, 6);
    expect(r.high).toBeCloseTo(mean + half, 6);
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445, 4); // the printed table value
  });

  it('has no interval for a single value and refuses none', () => {
    expect(meanInterval([0.5])).toEqual({ n: 1, mean: 0.5, sd: 0, low: null, high: null });
    expect(() => meanInterval([])).toThrow(RangeError);
  });
});

describe('pairedComparison', () => {
  it('pairs by seed and matches an independent paired t-test', () => {
    const robust = new Map([[0, 0.62], [1, 0.6], [2, 0.65], [3, 0.59], [4, 0.7]]);
    const natural = new Map([[0, 0.37], [1, 0.41], [2, 0.36], [3, 0.4], [4, 0.39], [5, 0.5]]); // seed 5 unpaired
    const r = pairedComparison(robust, natural)!;
    const d = [0.25, 0.19, 0.29, 0.19, 0.31];
    const mean = d.reduce((a, b) => a + b, 0) / 5;
    const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / 4);
    const t = mean / (sd / Math.sqrt(5));
    expect(r.n).toBe(5);
    expect(r.mean).toBeCloseTo(mean, 12);
    expect(r.t).toBeCloseTo(t, 9);
    expect(r.pValue).toBeCloseTo(2 * (1 - tCdf(t, 4)), 6);
  });

  it('gives a large p-value when differences straddle zero, and handles degenerate cases', () => {
    const r = pairedComparison(new Map([[0, 0.5], [1, 0.6], [2, 0.4]]), new Map([[0, 0.55], [1, 0.55], [2, 0.45]]))!;
    expect(r.pValue).toBeGreaterThan(0.5);
    expect(pairedComparison(new Map([[0, 1]]), new Map([[1, 1]]))).toBeNull();
    expect(pairedComparison(new Map([[0, 0.6], [1, 0.7]]), new Map([[0, 0.5], [1, 0.6]]))?.pValue).toBe(0);
  });
});

describe('dataEfficiency', () => {
  it('is the accuracy when accuracy is constant, and 1/2 for a linear rise from 0 to 1 in log2 n', () => {
    expect(dataEfficiency([20, 50, 100, 1000].map((n) => ({ n, accuracy: 0.7 })))).toBeCloseTo(0.7, 12);
    const ns = [16, 32, 64, 128, 256];
    expect(dataEfficiency(ns.map((n, i) => ({ n, accuracy: i / 4 })))).toBeCloseTo(0.5, 12);
  });

  it('matches the closed-form integral of a curve that is linear in log2 n between uneven budgets', () => {
    // accuracy = 0.2 + 0.1 log2(n / 20) on [20, 1000]: the normalised area is the value at the midpoint in log2.
    const ns = [20, 50, 100, 200, 500, 1000];
    const f = (n: number) => 0.2 + 0.1 * Math.log2(n / 20);
    const mid = 0.2 + 0.1 * (Math.log2(1000 / 20) / 2);
    expect(dataEfficiency(ns.map((n) => ({ n, accuracy: f(n) })))).toBeCloseTo(mid, 12);
  });

  it('averages duplicate budgets and rejects bad input', () => {
    expect(dataEfficiency([{ n: 10, accuracy: 0.2 }, { n: 10, accuracy: 0.4 }, { n: 20, accuracy: 0.3 }])).toBeCloseTo(0.3, 12);
    expect(() => dataEfficiency([])).toThrow(RangeError);
    expect(() => dataEfficiency([{ n: 0, accuracy: 1 }])).toThrow('n must be >= 1');
  });
});
