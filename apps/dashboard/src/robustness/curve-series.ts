import type { AxisSpec } from '../compare/band-chart';
import { toSeries, type ChartSeries } from '../compare/chart-series';
import { linearTicks } from '../compare/axes';
import { epsLabel } from './eps-label';
import type { Interval } from './board-rows';
import type { RobustnessCurve } from './robustness.queries';

/** The curve over every attack of the run, per image; the default when the run has it. */
export const WORST_CASE = 'worst-case';

/** The curves' attacks for a dataset and norm: the worst case first, then the attacks by name. */
export function curveAttacks(curves: readonly RobustnessCurve[], dataset: string, norm: string): string[] {
  const attacks = [
    ...new Set(curves.filter((c) => c.dataset === dataset && c.norm === norm).map((c) => c.attack)),
  ];
  return attacks.sort((a, b) => Number(b === WORST_CASE) - Number(a === WORST_CASE) || a.localeCompare(b));
}

/** The attack the URL asks for when there is a curve of it, else the first (the worst case when present). */
export function pickAttack(available: readonly string[], requested: string | null): string | undefined {
  return requested !== null && available.includes(requested) ? requested : available[0];
}

const matching = (curves: readonly RobustnessCurve[], dataset: string, norm: string, attack: string) =>
  curves.filter((c) => c.dataset === dataset && c.norm === norm && c.attack === attack);

/** Accuracy vs eps, one series per source, with eps 0 at the clean accuracy. */
export function accuracyVsEps(
  curves: readonly RobustnessCurve[],
  dataset: string,
  norm: string,
  attack: string,
): ChartSeries {
  const cells = matching(curves, dataset, norm, attack).flatMap((c) => [
    { source: c.source, eps: 0, ...c.clean },
    ...c.points.map((p) => ({ source: c.source, eps: p.eps, ...p.accuracy })),
  ]);
  return toSeries(cells, (c) => c.eps);
}

/** One source's area under its curve (normalised by the largest eps), beside its clean accuracy. */
export interface AucRow {
  readonly source: string;
  readonly auc: Interval;
  readonly clean: Interval;
}

/** The AUC table: highest area first, then by name. */
export function aucRows(
  curves: readonly RobustnessCurve[],
  dataset: string,
  norm: string,
  attack: string,
): AucRow[] {
  return matching(curves, dataset, norm, attack)
    .map((c) => ({ source: c.source, auc: c.auc, clean: c.clean }))
    .sort((a, b) => b.auc.mean - a.auc.mean || a.source.localeCompare(b.source));
}

/** The eps axis: linear from 0 (clean) to the largest budget, a tick at every budget of the grid. */
export function epsAxis(norm: string, series: ChartSeries): AxisSpec {
  const xs = series.data.map((d) => d.x);
  const last = Math.max(0, ...xs);
  // Many budgets would crowd the axis: then evenly spaced ticks instead.
  const ticks = xs.length <= 8 ? xs : linearTicks([0, last], last / 6);
  const format = (eps: number): string => epsLabel(norm, eps);
  return {
    label: `${norm} ε`,
    domain: [0, last > 0 ? last : 1],
    ticks,
    format,
    formatValue: format,
  };
}
