import type { ReactNode } from 'react';
import { BandChart, type AxisSpec } from '../../compare/band-chart';
import { budgetAt, log2Domain, log2Ticks } from '../../results/log2-axis';
import type { OutputTable, OutputView, TableRow } from '../analyses.queries';
import { cellNumber, columnLabel, formatNumber } from '../cell-values';
import { columnOf, niceTicks, viewSeries } from '../view-data';

function linearAxis(
  label: string,
  values: readonly number[],
  format: string | null,
  share: boolean,
): AxisSpec {
  const lo = share ? 0 : Math.min(...values);
  const hi = share ? 1 : Math.max(...values);
  const pad = share || hi === lo ? 0 : (hi - lo) * 0.05;
  const domain: [number, number] =
    values.length === 0 ? [0, 1] : hi === lo ? [lo - 1, hi + 1] : [lo - pad, hi + pad];
  const fmt = (v: number): string => formatNumber(v, format);
  return { label, domain, ticks: niceTicks(domain[0], domain[1]), format: fmt, formatValue: fmt };
}

/** Lines of y against x per series value, with 95% bands where y is an interval. */
export function SeriesView({
  view,
  table,
  rows,
}: {
  readonly view: OutputView;
  readonly table: OutputTable;
  readonly rows: readonly TableRow[];
}): ReactNode {
  const xCol = columnOf(table, view.x);
  const yCol = columnOf(table, view.y);
  if (!xCol || !yCol) return null;
  const data = viewSeries(view, rows);
  const xs = rows.map((r) => cellNumber(r[xCol.name])).filter((v): v is number => v !== null);
  const x: AxisSpec =
    view.xScale === 'log2'
      ? {
          label: `${columnLabel(xCol)} (log scale)`,
          domain: log2Domain(xs),
          ticks: log2Ticks(xs),
          format: (v) => formatNumber(budgetAt(v), xCol.format ?? 'count'),
          formatValue: (v) => formatNumber(budgetAt(v), xCol.format ?? 'count'),
        }
      : linearAxis(columnLabel(xCol), xs, xCol.format, false);
  const ys = data.data.flatMap((d) => [...Object.values(d.mean), ...Object.values(d.band).flat()]);
  const y = linearAxis(
    columnLabel(yCol),
    ys,
    yCol.format,
    yCol.format === 'share' && ys.every((v) => v >= 0 && v <= 1),
  );
  return <BandChart data={data} colorOrder={data.series} x={x} y={y} testId={`view-series-${table.name}`} />;
}
