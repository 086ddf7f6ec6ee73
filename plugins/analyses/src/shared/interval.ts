import type { IntervalValue } from '@transferlab/sdk';
import { meanInterval } from '../stats';

/**
 * The mean of values with its 95% Student-t interval, in the one interval shape every output
 * table uses; a share's bounds are clipped to [0, 1] (an accuracy interval past 100% reads as a
 * bug, and the true value cannot be there). Null for no values.
 */
export function interval(
  values: readonly (number | null | undefined)[],
  options: { share?: boolean } = {},
): IntervalValue | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return null;
  const m = meanInterval(v);
  const clip = (x: number | null): number | null =>
    x === null || !options.share ? x : Math.min(1, Math.max(0, x));
  return { mean: m.mean, low: clip(m.low), high: clip(m.high), n: m.n };
}
