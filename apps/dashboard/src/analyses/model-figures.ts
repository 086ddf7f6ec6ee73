import type { TableRow } from './analyses.queries';
import { asInterval, cellText, columnLabel, formatNumber } from './cell-values';
import type { AnalysisFigures } from './model-figures.queries';

/** One row of an analysis's figures for a model, drawn by its columns' roles. */
export interface FigureLine {
  /** Where the figure was taken: the row's dimension values (`fashion-mnist-a · Linf · ε 0.03`). */
  readonly key: string;
  /** Its measures and intervals (an interval by its mean), in column order; nulls left out. */
  readonly values: readonly { readonly label: string; readonly text: string }[];
  /** Its warnings (text columns formatted as warnings), as `Label: text`. */
  readonly warnings: readonly string[];
  /** Every other cell as `Label: text`, one a line (a tooltip). */
  readonly detail: string;
  /** The analysis's page at the run, its pickers on the row's dimension values. */
  readonly href: string;
}

export interface FigureGroup {
  readonly analysis: string;
  /** The analysis's name, with the table's where the analysis shows several figure tables. */
  readonly title: string;
  /** The figure table the lines come from. */
  readonly table: string;
  /** Unique among the groups: analysis and table. */
  readonly key: string;
  readonly runId: string;
  /** The analysis's page at the run. */
  readonly href: string;
  readonly lines: readonly FigureLine[];
}

type FigureColumn = AnalysisFigures['table']['columns'][number];

const isWarning = (c: Pick<FigureColumn, 'role' | 'format'>): boolean =>
  c.role === 'text' && c.format === 'warning';

/** The column is the model itself (its figures' model column): said once, not on every line. */
const isSelf = (c: FigureColumn, row: TableRow, modelId: string): boolean =>
  c.role === 'model' && row[c.name] === modelId;

const pageHref = (analysis: string, params: URLSearchParams): string =>
  `/analyses/${encodeURIComponent(analysis)}?${params.toString()}`;

function line(figures: AnalysisFigures, row: TableRow, modelId: string): FigureLine {
  const columns = figures.table.columns;
  const key: string[] = [];
  const values: { label: string; text: string }[] = [];
  const warnings: string[] = [];
  const detail: string[] = [];
  const params = new URLSearchParams({ run: figures.runId });
  for (const c of columns) {
    const v = row[c.name];
    if (v === null || v === undefined) continue;
    if (c.role === 'dimension' || c.role === 'model') {
      // The page keeps a picker's choice under its column's name.
      if (typeof v === 'string' || typeof v === 'number') params.set(c.name, String(v));
      if (isSelf(c, row, modelId)) continue;
      key.push(typeof v === 'number' ? `${columnLabel(c)} ${cellText(c, v)}` : cellText(c, v));
    } else if (c.role === 'measure' || c.role === 'interval') {
      const mean = c.role === 'interval' ? asInterval(v)?.mean : typeof v === 'number' ? v : undefined;
      if (mean !== undefined) values.push({ label: columnLabel(c), text: formatNumber(mean, c.format) });
      detail.push(`${columnLabel(c)}: ${cellText(c, v)}`);
    } else if (isWarning(c)) {
      warnings.push(`${columnLabel(c)}: ${cellText(c, v)}`);
    } else if (c.role === 'text') {
      detail.push(`${columnLabel(c)}: ${cellText(c, v)}`);
    }
  }
  return {
    key: key.join(' · '),
    values,
    warnings,
    detail: detail.join('\n'),
    href: pageHref(figures.analysis, params),
  };
}

/** A model's figures per analysis and figure table, a line per row in the analysis's order. */
export function figureGroups(modelId: string, figures: readonly AnalysisFigures[]): FigureGroup[] {
  const shown = figures.filter((f) => f.rows.length > 0);
  const tablesOf = (analysis: string): number => shown.filter((f) => f.analysis === analysis).length;
  return shown.map((f) => ({
    analysis: f.analysis,
    title: tablesOf(f.analysis) > 1 ? `${f.analysis} · ${f.table.name}` : f.analysis,
    table: f.table.name,
    key: `${f.analysis}/${f.table.name}`,
    runId: f.runId,
    href: pageHref(f.analysis, new URLSearchParams({ run: f.runId })),
    lines: (f.rows as TableRow[]).map((r) => line(f, r, modelId)),
  }));
}
