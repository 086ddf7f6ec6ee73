/**
 * One x position of a chart in the shape Recharts reads (a row per x): each series' mean and
 * its 95% band as [low, high]; a series missing at x, or with one seed (no interval), has no entry.
 */
export interface ChartDatum {
  readonly x: number;
  readonly mean: Readonly<Record<string, number>>;
  readonly band: Readonly<Record<string, readonly [number, number]>>;
}

export interface ChartSeries {
  /** Series names (sources), sorted. */
  readonly series: string[];
  /** Rows ordered by x. */
  readonly data: ChartDatum[];
}

/** One point of one series: a source's mean (and 95% bounds) at some x. */
export interface SeriesCell {
  readonly source: string;
  readonly mean: number;
  readonly low?: number | null;
  readonly high?: number | null;
}

/** Cells to chart rows, one per x, each series' mean and band keyed by source. */
export function toSeries<C extends SeriesCell>(cells: readonly C[], x: (c: C) => number): ChartSeries {
  const rows = new Map<
    number,
    { x: number; mean: Record<string, number>; band: Record<string, [number, number]> }
  >();
  for (const c of cells) {
    const at = x(c);
    let row = rows.get(at);
    if (!row) rows.set(at, (row = { x: at, mean: {}, band: {} }));
    row.mean[c.source] = c.mean;
    if (c.low != null && c.high != null) row.band[c.source] = [c.low, c.high];
  }
  return {
    series: [...new Set(cells.map((c) => c.source))].sort(),
    data: [...rows.values()].sort((a, b) => a.x - b.x),
  };
}

/**
 * A y range that holds every mean and band of the series, widened to the next `step` and
 * clamped to [floor, ceil] (accuracies cannot leave [0, 1]); [0, 1] without data.
 */
export function valueDomain(
  { data }: ChartSeries,
  step: number,
  floor = -Infinity,
  ceil = Infinity,
): [number, number] {
  const values = data.flatMap((d) => [...Object.values(d.mean), ...Object.values(d.band).flat()]);
  if (values.length === 0) return [Math.max(0, floor), Math.min(1, ceil)];
  const low = Math.max(floor, Math.floor(Math.min(...values) / step) * step);
  const high = Math.min(ceil, Math.ceil(Math.max(...values) / step) * step);
  // Round away float noise from the division (0.30000000000000004).
  const tidy = (v: number): number => Number(v.toFixed(10));
  return low === high ? [tidy(low - step), tidy(high + step)] : [tidy(low), tidy(high)];
}
