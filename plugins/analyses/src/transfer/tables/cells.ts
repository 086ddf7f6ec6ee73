import type { IntervalValue } from '@transferlab/sdk';
import { byText, groupBy } from '../../shared';
import { dataEfficiency, pairedComparison } from '../../stats';
import { accuracyOf, epochValues } from '../aggregate';
import type { Setting } from './sweep';

/** A source's mean test accuracy over seeds at one budget (and epoch). */
export interface AccuracyPoint {
  readonly source: string;
  readonly n: number;
  readonly accuracy: IntervalValue;
}

export interface EpochPoint extends AccuracyPoint {
  readonly epoch: number;
}

/** Source minus baseline at one budget, paired by seed. */
export interface DeltaPoint {
  readonly source: string;
  readonly baseline: string;
  readonly n: number;
  readonly delta: IntervalValue;
  readonly pValue: number | null;
}


/** Mean accuracy over seeds per source and n, by source then n. */
export function accuracyPoints(setting: Setting): AccuracyPoint[] {
  return [...groupBy(setting.rows, (r) => [r.source, r.n]).values()]
    .map((cell) => ({
      source: cell[0]!.source,
      n: cell[0]!.n,
      accuracy: accuracyOf(cell),
    }))
    .sort((a, b) => byText(a.source, b.source) || a.n - b.n);
}

/** Mean accuracy after each epoch, over the seeds that recorded it, by source, n, epoch. */
export function epochPoints(setting: Setting): EpochPoint[] {
  const out: EpochPoint[] = [];
  for (const cell of groupBy(setting.rows, (r) => [r.source, r.n]).values()) {
    const { source, n } = cell[0]!;
    const epochs = [...new Set(cell.flatMap((r) => [...r.epochs.keys()]))];
    for (const epoch of epochs) {
      out.push({ source, n, epoch, accuracy: accuracyOf(epochValues(cell, epoch)) });
    }
  }
  return out.sort((a, b) => byText(a.source, b.source) || a.n - b.n || a.epoch - b.epoch);
}

/**
 * Each other source minus the baseline at each n, paired by seed (both saw the same subset),
 * with the paired t-test's p-value; none where no seed pairs. A delta is not clipped: it is a
 * difference of shares, in [-1, 1].
 */
export function deltaPoints(setting: Setting, baseline: string | undefined): DeltaPoint[] {
  if (baseline === undefined) return [];
  const bySeed = (source: string, n: number): Map<number, number> =>
    new Map(setting.rows.filter((r) => r.source === source && r.n === n).map((r) => [r.seed, r.accuracy]));
  return accuracyPoints(setting).flatMap(({ source, n }) => {
    if (source === baseline) return [];
    const c = pairedComparison(bySeed(source, n), bySeed(baseline, n));
    if (!c) return [];
    return [
      { source, baseline, n, delta: { mean: c.mean, low: c.low, high: c.high, n: c.n }, pValue: c.pValue },
    ];
  });
}

/** Area under mean accuracy vs log2(n), normalised to [0, 1], per source, with how many budgets it spans. */
export function efficiencyScores(
  points: readonly AccuracyPoint[],
): { source: string; score: number; budgets: number }[] {
  return [...groupBy(points, (p) => [p.source]).values()].map((list) => ({
    source: list[0]!.source,
    score: dataEfficiency(list.map((p) => ({ n: p.n, accuracy: p.accuracy.mean }))),
    budgets: new Set(list.map((p) => p.n)).size,
  }));
}

/** Sources ranked at each n by mean accuracy (ties by name), rank 1 first, by n. */
export function rankedPoints(points: readonly AccuracyPoint[]): (AccuracyPoint & { rank: number })[] {
  return [...groupBy(points, (p) => [p.n]).values()]
    .sort((a, b) => a[0]!.n - b[0]!.n)
    .flatMap((list) =>
      [...list]
        .sort((a, b) => b.accuracy.mean - a.accuracy.mean || byText(a.source, b.source))
        .map((p, i) => ({ ...p, rank: i + 1 })),
    );
}
