import type { TargetResults } from '../results/results.query';

/** A mean with its 95% interval (null bounds with one seed). */
export interface Estimate {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly seeds: number;
}

export interface DeltaEstimate extends Estimate {
  readonly pValue: number | null;
}

/** One source of the leaderboard at the chosen budget. */
export interface LeaderboardRow {
  readonly source: string;
  /** Place at the chosen budget; null when the source has no result there yet. */
  readonly rank: number | null;
  /** Accuracy at each budget, keyed by n. */
  readonly accuracy: Readonly<Record<number, Estimate | undefined>>;
  readonly efficiency: number | null;
  /** Source minus baseline at the chosen budget; null for the baseline itself or without one. */
  readonly delta: DeltaEstimate | null;
  readonly isBaseline: boolean;
}

// Generated types mark nullable fields optional; the server always sends them (null when unknown).
interface CellIn {
  readonly mean: number;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly seeds: number;
}
const estimate = ({ mean, low, high, seeds }: CellIn): Estimate => ({
  mean,
  low: low ?? null,
  high: high ?? null,
  seeds,
});

/**
 * The setting's sources ranked at budget `n` (the server's leaderboard order), then the
 * sources without a result at `n`, by name.
 */
export function leaderboardRows(
  setting: TargetResults,
  n: number,
  baseline: string | undefined,
): LeaderboardRow[] {
  const sources = [...new Set(setting.accuracy.map((c) => c.source))];
  const rank = new Map(setting.leaderboard.filter((e) => e.n === n).map((e) => [e.source, e.rank]));
  const efficiency = new Map(setting.efficiency.map((e) => [e.source, e.score]));
  const rows = sources.map((source): LeaderboardRow => {
    const accuracy: Record<number, Estimate> = {};
    for (const c of setting.accuracy) if (c.source === source) accuracy[c.n] = estimate(c);
    const d = setting.deltas.find((x) => x.source === source && x.n === n && x.baseline === baseline);
    return {
      source,
      rank: rank.get(source) ?? null,
      accuracy,
      efficiency: efficiency.get(source) ?? null,
      delta: d ? { ...estimate(d), pValue: d.pValue ?? null } : null,
      isBaseline: source === baseline,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.source < b.source ? -1 : 1));
}
