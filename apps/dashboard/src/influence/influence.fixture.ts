import type {
  InfluenceDelta,
  InfluenceExample,
  InfluenceSetting,
  InfluenceSourceSummary,
} from './influence.queries';

type Interval = InfluenceSourceSummary['top1Match'];

/** A share over seeds; with one seed the bounds are null, as the server sends them. */
export const iv = (mean: number, half?: number): Interval => ({
  mean,
  sd: half ?? 0,
  low: half === undefined ? null : mean - half,
  high: half === undefined ? null : mean + half,
  seeds: half === undefined ? 1 : 3,
});

/** A source's summary with a class-match curve over ranks 1..shares.length (test and train alike). */
export function summary(
  source: string,
  top1: number,
  shares: number[] = [top1],
  extra: Partial<InfluenceSourceSummary> = {},
): InfluenceSourceSummary {
  const curve = shares.map((s, i) => ({ rank: i + 1, share: iv(s, 0.05) }));
  return {
    source,
    top1Match: iv(top1, 0.05),
    top5AtLeast3: iv(top1 - 0.02, 0.05),
    trainTop1Match: iv(top1 + 0.01),
    trainTop5AtLeast3: iv(top1 - 0.01),
    matchByRank: curve,
    trainMatchByRank: curve.map((p) => ({ ...p, share: iv(p.share.mean / 2) })),
    solver: 'exact',
    cutoff: 0.05,
    rank: 120,
    ...extra,
  };
}

export function setting(
  target: string,
  depth: number,
  n: number,
  extra: Partial<InfluenceSetting> = {},
): InfluenceSetting {
  return { target, depth, n, testIndices: [3, 8, 15], sources: [], deltas: [], ...extra };
}

export function delta(source: string, metric: string, mean: number): InfluenceDelta {
  return {
    source,
    baseline: 'natural',
    metric,
    mean,
    low: mean - 0.1,
    high: mean + 0.1,
    pValue: 0.01,
    seeds: 3,
  };
}

export function example(source: string, seed: number, helpful: number[] = [1, 2]): InfluenceExample {
  return {
    source,
    seed,
    testIndex: 3,
    label: 1,
    predicted: 1,
    helpful: helpful.map((index, i) => ({ index, label: 1, score: 1 - i / 10 })),
    harmful: [{ index: 99, label: 7, score: -0.5 }],
  };
}
