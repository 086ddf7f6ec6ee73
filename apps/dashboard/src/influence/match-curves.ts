import type { AxisSpec } from '../compare/band-chart';
import { linearTicks } from '../compare/axes';
import { toSeries, type ChartSeries } from '../compare/chart-series';
import { percent } from '../results/format';
import type { InfluenceSetting } from './influence.queries';

/** Test images as targets (the study's Figure 6 left), or training images (right, each excluding itself). */
export type MatchVariant = 'test' | 'train';

/** Share of the k-th most helpful training images with the target's class vs k, one series per source. */
export function matchVsRank(setting: InfluenceSetting, variant: MatchVariant): ChartSeries {
  const cells = setting.sources.flatMap((s) =>
    (variant === 'test' ? s.matchByRank : s.trainMatchByRank).map((p) => ({
      source: s.source,
      rank: p.rank,
      ...p.share,
    })),
  );
  return toSeries(cells, (c) => c.rank);
}

/** A tick step of 1, 2 or 5 times a power of ten giving about ten ticks up to `last`. */
function niceStep(last: number): number {
  const raw = Math.max(1, last / 10);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}

/** The rank axis: 1 to the deepest rank, ticks at 1 and at round ranks (10, 20, ... for 100). */
export function rankAxis(series: ChartSeries): AxisSpec {
  const last = Math.max(1, ...series.data.map((d) => d.x));
  const step = niceStep(last);
  const ticks = [...new Set([1, ...linearTicks([step, last], step).filter((t) => t <= last)])];
  return {
    label: 'rank k of the training image by influence',
    domain: [1, last > 1 ? last : 2],
    ticks,
    format: String,
    formatValue: (k) => `rank ${k}`,
  };
}

/** The share axis: 0 to 100%, whole percent on the ticks. */
export function shareAxis(variant: MatchVariant): AxisSpec {
  return {
    label: `share with the ${variant === 'test' ? 'test' : 'training'} image's class`,
    domain: [0, 1],
    ticks: linearTicks([0, 1], 0.1),
    format: (v) => `${Math.round(v * 100)}%`,
    formatValue: percent,
  };
}
