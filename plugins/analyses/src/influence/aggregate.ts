import type { IntervalValue, ResultRow } from '@transferlab/sdk';
import { byText, groupBy, interval } from '../shared';
import { pairedComparison } from '../stats';
import { influenceDetails } from './details';

/** The summary figures deltas are taken of, as trial metrics. */
export const INFLUENCE_METRICS = ['top1Match', 'top5AtLeast3', 'trainTop1Match', 'trainTop5AtLeast3'] as const;
export type InfluenceMetric = (typeof INFLUENCE_METRICS)[number];

export interface InfluenceRankPoint {
  readonly rank: number;
  readonly share: IntervalValue;
}

export interface InfluenceSourceSummary {
  readonly source: string;
  readonly top1Match: IntervalValue;
  readonly top5AtLeast3: IntervalValue;
  readonly trainTop1Match: IntervalValue;
  readonly trainTop5AtLeast3: IntervalValue;
  readonly matchByRank: readonly InfluenceRankPoint[];
  readonly trainMatchByRank: readonly InfluenceRankPoint[];
  /** 'exact', 'scalable', or 'mixed' when seeds differ. */
  readonly solver: string;
  readonly cutoff: number | null;
  readonly rank: number | null;
}

/** Source minus baseline of one summary figure, paired by seed (n: the seeds both have). */
export interface InfluenceDelta {
  readonly source: string;
  readonly baseline: string;
  readonly metric: InfluenceMetric;
  readonly delta: IntervalValue;
  readonly pValue: number | null;
}

export interface InfluenceSetting {
  readonly target: string;
  readonly depth: number;
  readonly n: number;
  readonly testIndices: readonly number[];
  readonly sources: readonly InfluenceSourceSummary[];
  readonly deltas: readonly InfluenceDelta[];
}

export interface InfluenceAggregate {
  readonly settings: readonly InfluenceSetting[];
}

interface Trial {
  readonly source: string;
  readonly target: string;
  readonly depth: number;
  readonly n: number;
  readonly seed: number;
  readonly metrics: Readonly<Record<InfluenceMetric, number>>;
  readonly testMatch: ReadonlyMap<number, number>;
  readonly trainMatch: ReadonlyMap<number, number>;
  readonly solver: string;
  readonly cutoff: number | null;
  readonly rank: number | null;
  readonly testIndices: readonly number[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function trialOf(r: ResultRow): Trial | undefined {
  const c = r.config;
  const d = influenceDetails(r.details);
  const [depth, n, seed] = [num(c.depth), num(c.n), num(c.seed)];
  if (typeof c.source !== 'string' || typeof c.target !== 'string' || depth === undefined || n === undefined || seed === undefined || !d) return undefined;
  const metrics = {} as Record<InfluenceMetric, number>;
  for (const m of INFLUENCE_METRICS) {
    const v = num(r.metrics[m]);
    if (v === undefined) return undefined;
    metrics[m] = v;
  }
  const testMatch = new Map<number, number>();
  const trainMatch = new Map<number, number>();
  for (const s of r.series ?? []) {
    const k = num(s.rank);
    if (k === undefined) continue;
    const [t, u] = [num(s.testMatch), num(s.trainMatch)];
    if (t !== undefined) testMatch.set(k, t);
    if (u !== undefined) trainMatch.set(k, u);
  }
  return { source: c.source, target: c.target, depth, n, seed, metrics, testMatch, trainMatch, solver: d.solver, cutoff: d.cutoff, rank: d.rank, testIndices: d.testIndices };
}

/** A class-match share over a non-empty list of seeds, bounds clipped to [0, 1] as the tables clip them. */
const share = (values: readonly number[]): IntervalValue => interval(values, { share: true })!;

function curve(trials: readonly Trial[], pick: (t: Trial) => ReadonlyMap<number, number>): InfluenceRankPoint[] {
  const ranks = [...new Set(trials.flatMap((t) => [...pick(t).keys()]))].sort((a, b) => a - b);
  return ranks.map((rank) => ({ rank, share: share(trials.map((t) => pick(t).get(rank)).filter((v): v is number => v !== undefined)) }));
}

function summary(source: string, trials: readonly Trial[]): InfluenceSourceSummary {
  const solvers = [...new Set(trials.map((t) => t.solver))];
  const ranks = trials.map((t) => t.rank).filter((r): r is number => r !== null);
  const cutoffs = [...new Set(trials.map((t) => t.cutoff))];
  return {
    source,
    top1Match: share(trials.map((t) => t.metrics.top1Match)),
    top5AtLeast3: share(trials.map((t) => t.metrics.top5AtLeast3)),
    trainTop1Match: share(trials.map((t) => t.metrics.trainTop1Match)),
    trainTop5AtLeast3: share(trials.map((t) => t.metrics.trainTop5AtLeast3)),
    matchByRank: curve(trials, (t) => t.testMatch),
    trainMatchByRank: curve(trials, (t) => t.trainMatch),
    solver: solvers.length === 1 ? solvers[0]! : 'mixed',
    cutoff: cutoffs.length === 1 ? (cutoffs[0] ?? null) : null,
    rank: ranks.length > 0 ? Math.round(ranks.reduce((a, b) => a + b, 0) / ranks.length) : null,
  };
}

/**
 * Per target, depth and n: each source's class-match figures and per-rank curves over seeds
 * (mean, 95% Student-t interval), and each source minus `options.baseline` of every summary
 * figure, paired by seed (both saw the same training subset). The aggregate sees no model
 * records, so it takes a baseline only when named (no deltas otherwise); the output tables find
 * the natural source by its record's training kind.
 */
export function aggregateInfluence(rows: readonly ResultRow[], options: Readonly<Record<string, unknown>> = {}): InfluenceAggregate {
  const trials = rows.map(trialOf).filter((t): t is Trial => t !== undefined);
  const settings: InfluenceSetting[] = [];
  for (const group of groupBy(trials, (t) => [t.target, t.depth, t.n]).values()) {
    const { target, depth, n } = group[0]!;
    const bySource = [...groupBy(group, (t) => [t.source]).values()].sort((a, b) => byText(a[0]!.source, b[0]!.source));
    const sources = bySource.map((list) => summary(list[0]!.source, list));
    const baseline = typeof options.baseline === 'string' ? options.baseline : undefined;
    const deltas: InfluenceDelta[] = [];
    const base = bySource.find((l) => l[0]!.source === baseline);
    if (baseline !== undefined && base) {
      for (const list of bySource) {
        const source = list[0]!.source;
        if (source === baseline) continue;
        for (const metric of INFLUENCE_METRICS) {
          const c = pairedComparison(new Map(list.map((t) => [t.seed, t.metrics[metric]])), new Map(base.map((t) => [t.seed, t.metrics[metric]])));
          // A difference of shares, in [-1, 1]: not clipped.
          if (c) deltas.push({ source, baseline, metric, delta: { mean: c.mean, low: c.low, high: c.high, n: c.n }, pValue: c.pValue });
        }
      }
    }
    // Every trial of a setting uses the same subset (stratified with seed 0); the longest list is kept should they differ.
    const testIndices = group.reduce<readonly number[]>((a, t) => (t.testIndices.length > a.length ? t.testIndices : a), []);
    settings.push({ target, depth, n, testIndices: [...testIndices], sources, deltas });
  }
  settings.sort((a, b) => byText(a.target, b.target) || a.depth - b.depth || a.n - b.n);
  return { settings };
}
