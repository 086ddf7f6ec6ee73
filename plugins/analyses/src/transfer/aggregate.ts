import type { IntervalValue, ResultRow } from '@transferlab/sdk';
import { byText, groupBy, interval, shareInterval } from '../shared';
import { dataEfficiency, pairedComparison } from '../stats';

/**
 * The sweep fields results are grouped by, as the transfer analysis names them in each
 * trial's config and result. Trials without source, target, n, seed or the accuracy metric
 * are not part of a sweep and are left out of the aggregates (they stay in the trial list).
 */
export const SWEEP_FIELDS = { source: 'source', target: 'target', n: 'n', seed: 'seed', depth: 'depth', lr: 'lr', accuracy: 'testAccuracy', testImages: 'testImages', epoch: 'epoch' } as const;

/** One stored trial result in the shape the aggregates need. */
export interface SweepRow {
  readonly source: string;
  readonly target: string;
  readonly n: number;
  readonly seed: number;
  readonly depth: number | null;
  readonly lr: number | null;
  readonly accuracy: number;
  /** Test images the accuracy is a share of; null for trials stored before it was recorded. */
  readonly testImages: number | null;
  /** Accuracy after each epoch, by epoch number. */
  readonly epochs: ReadonlyMap<number, number>;
}

/** A source's test accuracy at one budget: mean over seeds, its 95% interval over test images and seeds, n seeds. */
export interface AccuracyCell {
  readonly source: string;
  readonly n: number;
  readonly accuracy: IntervalValue;
}

export interface EpochCell extends AccuracyCell {
  readonly epoch: number;
}

/** Source minus baseline accuracy at one budget, paired by seed (the delta's n: paired seeds). */
export interface DeltaCell {
  readonly source: string;
  readonly baseline: string;
  readonly n: number;
  readonly delta: IntervalValue;
  readonly pValue: number | null;
}

export interface EfficiencyScore {
  readonly source: string;
  readonly score: number;
}

export interface LeaderboardEntry {
  readonly n: number;
  readonly rank: number;
  readonly source: string;
  readonly mean: number;
}

/** Everything for one target under one setting (fine-tuning depth and learning rate). */
export interface TargetResults {
  readonly target: string;
  readonly depth: number | null;
  readonly lr: number | null;
  readonly accuracy: AccuracyCell[];
  readonly epochs: EpochCell[];
  readonly deltas: DeltaCell[];
  readonly efficiency: EfficiencyScore[];
  readonly leaderboard: LeaderboardEntry[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A stored trial as a sweep row, or undefined when it is not one. */
export function sweepRow(
  config: Readonly<Record<string, unknown>>,
  metrics: Readonly<Record<string, number>>,
  series: readonly Readonly<Record<string, number>>[] | null,
): SweepRow | undefined {
  const f = SWEEP_FIELDS;
  const source = config[f.source];
  const target = config[f.target];
  const n = num(config[f.n]);
  const seed = num(config[f.seed]);
  const accuracy = num(metrics[f.accuracy]);
  if (typeof source !== 'string' || typeof target !== 'string' || n === undefined || seed === undefined || accuracy === undefined) return undefined;
  const epochs = new Map<number, number>();
  for (const s of series ?? []) {
    const e = num(s[f.epoch]);
    const a = num(s[f.accuracy]);
    if (e !== undefined && a !== undefined) epochs.set(e, a);
  }
  const testImages = num(metrics[f.testImages]);
  return { source, target, n, seed, depth: num(config[f.depth]) ?? null, lr: num(config[f.lr]) ?? null, accuracy, testImages: testImages !== undefined && testImages > 0 ? testImages : null, epochs };
}

/**
 * Accuracies over a non-empty list of seeds, each a share of its test images: Wilson's interval
 * over the images combined with the seed spread. Trials stored without their image count fall
 * back to the Student-t interval over seeds, clipped to [0, 1].
 */
export function accuracyOf(values: readonly { readonly accuracy: number; readonly testImages: number | null }[]): IntervalValue {
  const counted = values.flatMap((v) => (v.testImages === null ? [] : [{ share: v.accuracy, n: v.testImages }]));
  if (counted.length === values.length) return shareInterval(counted)!;
  return interval(values.map((v) => v.accuracy), { share: true })!;
}

/** Each row's accuracy after one epoch, with its test images, where the row recorded the epoch. */
export function epochValues(rows: readonly SweepRow[], epoch: number): { accuracy: number; testImages: number | null }[] {
  return rows.flatMap((r) => {
    const accuracy = r.epochs.get(epoch);
    return accuracy === undefined ? [] : [{ accuracy, testImages: r.testImages }];
  });
}

/**
 * Per target and setting: mean accuracy over seeds with its 95% interval (test images and seeds) for each
 * source and n, the same per epoch, the source-minus-baseline delta paired by seed with a
 * paired t-test, the data-efficiency score, and sources ranked per n by mean accuracy.
 */
export function aggregateSweep(rows: readonly SweepRow[], baseline: string | undefined): TargetResults[] {
  const settings = groupBy(rows, (r) => [r.target, r.depth, r.lr]);
  const out: TargetResults[] = [];
  for (const group of settings.values()) {
    const first = group[0]!;
    const cells = groupBy(group, (r) => [r.source, r.n]);
    const accuracy: AccuracyCell[] = [];
    const epochs: EpochCell[] = [];
    for (const cell of cells.values()) {
      const { source, n } = cell[0]!;
      accuracy.push({ source, n, accuracy: accuracyOf(cell) });
      const epochNumbers = [...new Set(cell.flatMap((r) => [...r.epochs.keys()]))].sort((a, b) => a - b);
      for (const epoch of epochNumbers) {
        epochs.push({ source, n, epoch, accuracy: accuracyOf(epochValues(cell, epoch)) });
      }
    }
    accuracy.sort((a, b) => byText(a.source, b.source) || a.n - b.n);
    epochs.sort((a, b) => byText(a.source, b.source) || a.n - b.n || a.epoch - b.epoch);

    const deltas: DeltaCell[] = [];
    if (baseline !== undefined) {
      const seedMap = (source: string, n: number): Map<number, number> =>
        new Map(group.filter((r) => r.source === source && r.n === n).map((r) => [r.seed, r.accuracy]));
      for (const cell of accuracy) {
        if (cell.source === baseline) continue;
        const c = pairedComparison(seedMap(cell.source, cell.n), seedMap(baseline, cell.n));
        // A difference of accuracies, in [-1, 1]: not clipped.
        if (c) deltas.push({ source: cell.source, baseline, n: cell.n, delta: { mean: c.mean, low: c.low, high: c.high, n: c.n }, pValue: c.pValue });
      }
    }

    const efficiency = [...groupBy(accuracy, (c) => [c.source]).values()].map((list) => ({
      source: list[0]!.source,
      score: dataEfficiency(list.map((c) => ({ n: c.n, accuracy: c.accuracy.mean }))),
    }));

    const leaderboard: LeaderboardEntry[] = [];
    for (const list of [...groupBy(accuracy, (c) => [c.n]).values()].sort((a, b) => a[0]!.n - b[0]!.n)) {
      [...list]
        .sort((a, b) => b.accuracy.mean - a.accuracy.mean || byText(a.source, b.source))
        .forEach((c, i) => leaderboard.push({ n: c.n, rank: i + 1, source: c.source, mean: c.accuracy.mean }));
    }
    out.push({ target: first.target, depth: first.depth, lr: first.lr, accuracy, epochs, deltas, efficiency, leaderboard });
  }
  return out.sort((a, b) => byText(a.target, b.target) || (a.depth ?? -1) - (b.depth ?? -1) || (a.lr ?? -1) - (b.lr ?? -1));
}

/** The transfer analysis's aggregate over stored rows: `options.baseline` names the source deltas are taken against. */
export function aggregateTransfer(rows: readonly ResultRow[], options: Readonly<Record<string, unknown>> = {}): TargetResults[] {
  const sweep = rows.map((r) => sweepRow(r.config, r.metrics, r.series)).filter((r): r is SweepRow => r !== undefined);
  const baseline = typeof options.baseline === 'string' ? options.baseline : undefined;
  return aggregateSweep(sweep, baseline);
}
