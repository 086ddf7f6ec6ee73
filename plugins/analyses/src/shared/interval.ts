import type { IntervalValue } from '@transferlab/sdk';
import { accuracyInterval, meanInterval, type SeedShare } from '../stats';

/**
 * The mean of values with its 95% Student-t interval, in the one interval shape every output
 * table uses; a share's bounds are clipped to [0, 1] (the true value cannot be outside). For
 * accuracies whose image counts are known, `shareInterval` is the interval made for them. Null
 * for no values.
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

/**
 * An accuracy over seeds, each the share of its `n` images it got right: Wilson's interval over
 * the images for one seed, combined with the seed spread for several (see `accuracyInterval`).
 * The interval's `n` counts seeds. Null for no seeds.
 */
export function shareInterval(seeds: readonly SeedShare[]): IntervalValue | null {
  const r = accuracyInterval(seeds);
  return r ? { mean: r.mean, low: r.low, high: r.high, n: r.seeds } : null;
}
