import { TransferlabError } from './errors';
import type { AnalysisOutputsFragment, ColumnRole, OutputTableFragment } from './gql/graphql';

export type { ColumnRole };

/** How a number reads: a share (0..1, shown as a percentage), a count, a p-value or a plain number. */
export type ColumnFormat = 'share' | 'count' | 'pvalue' | 'number';
const FORMATS: readonly string[] = ['share', 'count', 'pvalue', 'number'] satisfies readonly ColumnFormat[];

/** What an analysis produces: its tables with typed columns, its summary table and its views. */
export type AnalysisOutputs = AnalysisOutputsFragment;
export type OutputTable = OutputTableFragment;
export type OutputColumn = OutputTable['columns'][number];
export type OutputView = AnalysisOutputs['views'][number];

/** One row as the server sends it: column name to value. */
export type TableRow = Readonly<Record<string, unknown>>;

/** A mean with its 95% interval (`low`/`high` null when it is over one value) and how many values it is over. */
export interface IntervalValue {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}

/** An image of a dataset split: what per-example outputs are joined on. */
export interface ImageRef {
  readonly dataset: string;
  readonly split: 'train' | 'test';
  readonly index: number;
}

/** The value each column role holds (null where the analysis had none). */
export interface CellValues {
  readonly dimension: string | number;
  readonly measure: number;
  readonly interval: IntervalValue;
  readonly image: ImageRef;
  /** A `data:image/png;base64,` URL the analysis made. */
  readonly picture: string;
  /** A source model id. */
  readonly model: string;
  readonly text: string;
}

/** A cell with its role, so a `switch (cell.role)` narrows its value. */
export type Cell = {
  [R in ColumnRole]: {
    readonly role: R;
    readonly format: ColumnFormat | undefined;
    readonly value: CellValues[R] | null;
  };
}[ColumnRole];

/** The column's format, when it is one this client knows. */
export const columnFormat = (column: Pick<OutputColumn, 'format'>): ColumnFormat | undefined =>
  column.format !== null && FORMATS.includes(column.format) ? (column.format as ColumnFormat) : undefined;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nullableNumber = (v: unknown): boolean => v === null || typeof v === 'number';

const ROLE_CHECKS: { readonly [R in ColumnRole]: (v: unknown) => v is CellValues[R] } = {
  dimension: (v): v is string | number => typeof v === 'string' || typeof v === 'number',
  measure: (v): v is number => typeof v === 'number',
  interval: (v): v is IntervalValue =>
    isRecord(v) &&
    typeof v.mean === 'number' &&
    nullableNumber(v.low) &&
    nullableNumber(v.high) &&
    typeof v.n === 'number',
  image: (v): v is ImageRef =>
    isRecord(v) &&
    typeof v.dataset === 'string' &&
    (v.split === 'train' || v.split === 'test') &&
    typeof v.index === 'number',
  picture: (v): v is string => typeof v === 'string',
  model: (v): v is string => typeof v === 'string',
  text: (v): v is string => typeof v === 'string',
};

/**
 * A row's cell, typed by its column's role. The server checks every row against the analysis's
 * schema, so a value of another shape means a client and server out of step: BAD_RESPONSE.
 */
export function cellOf(column: Pick<OutputColumn, 'name' | 'role' | 'format'>, row: TableRow): Cell {
  const value = row[column.name] ?? null;
  if (value !== null && !ROLE_CHECKS[column.role](value)) {
    throw new TransferlabError(
      'BAD_RESPONSE',
      `column '${column.name}' (${column.role}) holds ${JSON.stringify(value).slice(0, 120)}`,
    );
  }
  // The check above is the role's own, so the pair is consistent.
  return { role: column.role, format: columnFormat(column), value } as Cell;
}
