import type { ChartSeries } from './views/chart-series';
import { toSeries } from './views/chart-series';
import { asInterval, cellNumber } from './cell-values';
import type { OutputColumn, OutputTable, OutputView, TableRow } from './analyses.queries';

/** Rows ranked by a column (interval by its mean), rank 1 first; rows without a value last. */
export function rankRows(rows: readonly TableRow[], by: string, order: 'asc' | 'desc'): TableRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = cellNumber(a[by]);
    const y = cellNumber(b[by]);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sign * (x - y);
  });
}

/** The columns worth a table column: those with a value on at least one of the rows shown. */
export function filledColumns(columns: readonly OutputColumn[], rows: readonly TableRow[]): OutputColumn[] {
  return columns.filter((c) => rows.some((r) => r[c.name] !== null && r[c.name] !== undefined));
}

/**
 * The span a column's bars are drawn on: from 0 (or the lowest bound below it) to the highest
 * mean or upper bound (or 0 above it), so bars of one table compare at a glance. Null when no row
 * has a number.
 */
export function barSpan(rows: readonly TableRow[], column: string): readonly [number, number] | null {
  let [lo, hi] = [0, 0];
  let any = false;
  for (const r of rows) {
    const v = r[column];
    const mean = cellNumber(v);
    if (mean === null) continue;
    any = true;
    const iv = asInterval(v);
    lo = Math.min(lo, mean, iv?.low ?? mean);
    hi = Math.max(hi, mean, iv?.high ?? mean);
  }
  return any && hi > lo ? [lo, hi] : null;
}

export function columnOf(table: OutputTable, name: string | null): OutputColumn | undefined {
  return name === null ? undefined : table.columns.find((c) => c.name === name);
}

/**
 * A series view's rows as chart series: one line per value of the series column, x from its
 * column (log2 of it on a log2 scale), y a measure or an interval's mean with its band.
 */
export function viewSeries(view: OutputView, rows: readonly TableRow[]): ChartSeries {
  const { x, y, series } = view;
  if (x === null || y === null || series === null) return { series: [], data: [] };
  const log = view.xScale === 'log2';
  const cells = rows.flatMap((r) => {
    const xv = cellNumber(r[x]);
    const interval = asInterval(r[y]);
    const mean = interval?.mean ?? cellNumber(r[y]);
    if (xv === null || mean === null || (log && xv <= 0)) return [];
    return [
      {
        source: String(r[series]),
        mean,
        low: interval?.low ?? null,
        high: interval?.high ?? null,
        x: log ? Math.log2(xv) : xv,
      },
    ];
  });
  return toSeries(cells, (c) => c.x);
}

/** The value a facet picker stands on: the URL's when the table has it, else the first. */
export function pickFacet(values: readonly unknown[], requested: string | null): unknown {
  if (requested !== null) {
    const hit = values.find((v) => String(v) === requested);
    if (hit !== undefined || values.length === 0) return hit ?? requested;
  }
  return values[0];
}

/** Nice axis ticks over [min, max]: 5 or so steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}
