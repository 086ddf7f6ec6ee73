import { cellOf, type Cell, type ColumnFormat, type OutputTable, type TableRow } from '@transferlab/client';
import { formatTable, type Align } from './table';

/**
 * A number as its column's format reads: a share as a percentage with one decimal, a count
 * whole, a p-value to three decimals, else three significant digits (whole from 1,000 up).
 */
export function formatNumber(value: number, format: ColumnFormat | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'count':
      return String(Math.round(value));
    case 'pvalue':
      return value < 0.001 ? '<0.001' : value.toFixed(3);
    default: {
      const a = Math.abs(value);
      if (a === 0) return '0';
      if (a >= 1000) return String(Math.round(value));
      return a >= 0.001 ? String(Number(value.toPrecision(3))) : value.toExponential(2);
    }
  }
}

/** One line of text: a table cell never breaks the row it is in. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * A cell as the terminal shows it: an interval as `mean [low, high]` in the mean's own unit,
 * an image as `dataset split #index`, a picture as `(image)`, nothing as `-`. A dimension keeps
 * its exact value (it is what `--filter` matches), unless it is a count.
 */
export function cellText(cell: Cell): string {
  if (cell.value === null) return '-';
  switch (cell.role) {
    case 'measure':
      return formatNumber(cell.value, cell.format);
    case 'interval': {
      const { mean, low, high } = cell.value;
      const text = formatNumber(mean, cell.format);
      return low === null || high === null
        ? text
        : `${text} [${formatNumber(low, cell.format)}, ${formatNumber(high, cell.format)}]`;
    }
    case 'image':
      return `${cell.value.dataset} ${cell.value.split} #${cell.value.index}`;
    case 'picture':
      return '(image)';
    case 'dimension':
      return typeof cell.value === 'number' && cell.format === 'count'
        ? formatNumber(cell.value, 'count')
        : oneLine(String(cell.value));
    case 'model':
    case 'text':
      return oneLine(cell.value);
  }
}

/**
 * A table's rows under its column names (the names `--filter`, the CSV and the JSON use), in
 * declaration order; measures, intervals and numeric dimensions right-aligned.
 */
export function tableText(table: Pick<OutputTable, 'columns'>, rows: readonly TableRow[]): string {
  const cells = rows.map((row) => table.columns.map((c) => cellOf(c, row)));
  const align: Align[] = table.columns.map((c, i) =>
    c.role === 'measure' ||
    c.role === 'interval' ||
    (c.role === 'dimension' && cells.every((r) => r[i]?.value === null || typeof r[i]?.value === 'number'))
      ? 'right'
      : 'left',
  );
  return formatTable(
    table.columns.map((c) => c.name),
    cells.map((r) => r.map(cellText)),
    align,
  );
}
