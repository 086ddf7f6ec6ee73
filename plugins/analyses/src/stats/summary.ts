import { jStat } from 'jstat';

export interface MeanInterval {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n - 1); 0 when n = 1. */
  readonly sd: number;
  /** Bounds of the confidence interval; null when n < 2 (no spread to estimate). */
  readonly low: number | null;
  readonly high: number | null;
}

/** Mean with a Student-t confidence interval (the reference study reports 95%). */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  const n = values.length;
  if (n === 0) throw new RangeError('meanInterval needs at least one value');
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level ${level} must be in (0,1)`);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, sd: 0, low: null, high: null };
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = jStat.studentt.inv(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, low: mean - half, high: mean + half };
}
