import type { MeanWithInterval } from '../results/accuracy-cell';
import type { InfluenceDelta, InfluenceSetting } from './influence.queries';

/** The four summary figures, in the order the table shows them, with their column headings. */
export const SUMMARY_METRICS = [
  {
    key: 'top1Match',
    label: 'Top-1 match',
    title: 'test images whose most helpful training image has their class',
  },
  {
    key: 'top5AtLeast3',
    label: '≥ 3 of top 5',
    title: 'test images with at least 3 of their 5 most helpful training images of their class',
  },
  {
    key: 'trainTop1Match',
    label: 'Top-1 match (train)',
    title: 'the same with training images as targets (each image itself excluded)',
  },
  {
    key: 'trainTop5AtLeast3',
    label: '≥ 3 of top 5 (train)',
    title: 'the same with training images as targets (each image itself excluded)',
  },
] as const;

export type SummaryMetric = (typeof SUMMARY_METRICS)[number]['key'];

/** One source's row: its figures, and how its inverse Hessian was computed. */
export interface SummaryRow {
  readonly source: string;
  readonly figures: Readonly<Record<SummaryMetric, MeanWithInterval>>;
  /** e.g. "exact · cutoff 0.05 · rank 4,960". */
  readonly solver: string;
}

/** What a solver did, readably: its name, then the cutoff and rank it kept when it reports them. */
export function solverLabel(s: { solver: string; cutoff: number | null; rank: number | null }): string {
  const parts = [s.solver];
  if (s.cutoff !== null) parts.push(`cutoff ${s.cutoff}`);
  if (s.rank !== null) parts.push(`rank ${s.rank.toLocaleString('en-US')}`);
  return parts.join(' · ');
}

/** Per source its summary figures, highest top-1 match first (the study's headline), then by name. */
export function summaryRows(setting: InfluenceSetting): SummaryRow[] {
  return setting.sources
    .map((s) => ({
      source: s.source,
      figures: {
        top1Match: s.top1Match,
        top5AtLeast3: s.top5AtLeast3,
        trainTop1Match: s.trainTop1Match,
        trainTop5AtLeast3: s.trainTop5AtLeast3,
      },
      solver: solverLabel(s),
    }))
    .sort((a, b) => b.figures.top1Match.mean - a.figures.top1Match.mean || a.source.localeCompare(b.source));
}

const metricOrder = (metric: string): number => {
  const i = SUMMARY_METRICS.findIndex((m) => m.key === metric);
  return i < 0 ? SUMMARY_METRICS.length : i;
};

/** A metric's heading; a metric this page does not know keeps its server name. */
export const metricLabel = (metric: string): string =>
  SUMMARY_METRICS.find((m) => m.key === metric)?.label ?? metric;

/** The deltas against the baseline, per source (by name) then metric (in the table's order); the baseline's own rows dropped. */
export function deltaRows(deltas: readonly InfluenceDelta[]): InfluenceDelta[] {
  return deltas
    .filter((d) => d.source !== d.baseline)
    .sort(
      (a, b) =>
        a.source.localeCompare(b.source) ||
        metricOrder(a.metric) - metricOrder(b.metric) ||
        a.metric.localeCompare(b.metric),
    );
}
