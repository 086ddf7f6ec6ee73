import type { ReactNode } from 'react';
import { BandChart, type AxisSpec } from './band-chart';
import { budgetAt, log2Domain, log2Ticks } from '../../results/log2-axis';
import type { OutputTable, OutputView, TableRow } from '../analyses.queries';
import { cellNumber, columnLabel, formatNumber } from '../cell-values';
import { useSeriesColorOrder } from '../series-colors';
import { paddedDomain, shareDomain } from '../axis-domains';
import { columnOf, niceTicks, viewSeries } from '../view-data';

function linearAxis(
  label: string,
  values: readonly number[],
  format: string | null,
  share: boolean,
): AxisSpec {
  const fmt = (v: number): string => formatNumber(v, format);
  const domain = share ? shareDomain(values) : paddedDomain(values);
  let ticks = niceTicks(domain[0], domain[1]);
  // Counts (epochs, images) are whole: no tick between two.
  if (format === 'count') {
    const whole = ticks.filter(Number.isInteger);
    ticks = whole.length > 1 ? whole : [...new Set(values)].sort((a, b) => a - b);
  }
  return { label, domain, ticks, format: fmt, formatValue: fmt };
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
  const data = viewSeries(view, rows);
  const colorOrder = useSeriesColorOrder(data.series);
  if (!xCol || !yCol) return null;
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
  const y = linearAxis(columnLabel(yCol), ys, yCol.format, yCol.format === 'share');
  return (
    <BandChart
      data={data}
      colorOrder={colorOrder}
      x={x}
      y={y}
      // A difference reads against zero: drawn wherever the values cross it.
      zeroLine={y.domain[0] < 0 && y.domain[1] > 0}
      testId={`view-series-${table.name}`}
    />
  );
}
