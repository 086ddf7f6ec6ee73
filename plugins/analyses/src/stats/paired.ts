import { jStat } from 'jstat';
import { meanInterval, type MeanInterval } from './summary';

export interface PairedComparison extends MeanInterval {
  /** Paired t statistic of the mean difference; null when undefined (n < 2). */
  readonly t: number | null;
  /** Two-sided p-value of the paired t-test; null when n < 2. */
  readonly pValue: number | null;
}

/**
 * Difference a - b paired by key (the seed: both sources saw the same subset), with a
 * Student-t interval and a two-sided paired t-test. Keys present on one side only are ignored.
 */
export function pairedComparison(
  a: ReadonlyMap<number | string, number>,
  b: ReadonlyMap<number | string, number>,
  level = 0.95,
): PairedComparison | null {
  const diffs: number[] = [];
  for (const [k, va] of a) {
    const vb = b.get(k);
    if (vb !== undefined) diffs.push(va - vb);
  }
  if (diffs.length === 0) return null;
  const summary = meanInterval(diffs, level);
  if (summary.n < 2) return { ...summary, t: null, pValue: null };
  if (summary.sd === 0) {
    // Identical differences: no doubt about the sign unless they are all zero.
    return { ...summary, t: summary.mean === 0 ? 0 : Math.sign(summary.mean) * Infinity, pValue: summary.mean === 0 ? 1 : 0 };
  }
  const t = summary.mean / (summary.sd / Math.sqrt(summary.n));
  const pValue = 2 * (1 - jStat.studentt.cdf(Math.abs(t), summary.n - 1));
  return { ...summary, t, pValue: Math.min(1, Math.max(0, pValue)) };
}
