import type { OutputColumn, OutputTable, OutputView, TableRow } from './analyses.queries';
import { cellNumber, cellText } from './cell-values';

/** A column as a table view draws it: a table column, or one spread column of a pivot at one value. */
export interface ShownColumn {
  /** Where the shown rows keep its values. */
  readonly key: string;
  /** The column whose role and format draw the values. */
  readonly column: OutputColumn;
  /** A spread column: the pivot value it is at, as text (its header under the spread column's label). */
  readonly at?: string;
  /** At the pivot value the facet chose (highlighted). */
  readonly chosen: boolean;
}

/** What a table view draws: its columns, its rows (one per key with a pivot), and what ranks them. */
export interface ShownTable {
  readonly columns: readonly ShownColumn[];
  readonly rows: readonly TableRow[];
  /** The key of the shown rows they are ranked by; null when the view ranks nothing. */
  readonly rankKey: string | null;
}

const KEY_ROLES: ReadonlySet<string> = new Set(['dimension', 'model', 'text']);

/** Where a spread column's value at one pivot value lives in a shown row (':' is in no column name). */
export const spreadKey = (column: string, at: unknown): string => `${column}:${String(at)}`;

/** Pivot values in reading order: numbers ascending, then text, null last. */
function ordered(values: readonly unknown[]): unknown[] {
  const rank = (v: unknown): number => (typeof v === 'number' ? 0 : v === null ? 2 : 1);
  return [...values].sort((a, b) =>
    rank(a) !== rank(b)
      ? rank(a) - rank(b)
      : typeof a === 'number' && typeof b === 'number'
        ? a - b
        : String(a).localeCompare(String(b)),
  );
}

/**
 * The columns and rows a table view shows. Its columns: the view's list, else every column the
 * facets do not fix. With a pivot, rows are grouped by the table's other dimension, model and
 * text columns; each spread column becomes one column per value of the pivot column; the other
 * columns show the group's row at the facet's chosen pivot value (empty where it has none).
 */
export function shownTable(
  table: OutputTable,
  view: Pick<OutputView, 'columns' | 'facets' | 'pivotColumns' | 'pivotValues' | 'rankBy'>,
  rows: readonly TableRow[],
  /** The facets' chosen values, by column. */
  chosen: Readonly<Record<string, unknown>>,
): ShownTable {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const names =
    view.columns.length > 0
      ? view.columns.filter((n) => byName.has(n))
      : table.columns.map((c) => c.name).filter((n) => !view.facets.includes(n));
  const pivot = view.pivotColumns;
  if (pivot === null || !byName.has(pivot)) {
    const columns = names.map((n) => ({ key: n, column: byName.get(n)!, chosen: false }));
    return { columns, rows, rankKey: view.rankBy };
  }

  const spread = new Set(view.pivotValues.filter((n) => byName.has(n)));
  const hasChoice = Object.hasOwn(chosen, pivot);
  const at = hasChoice ? String(chosen[pivot]) : undefined;
  const values = ordered([...new Map(rows.map((r) => [String(r[pivot]), r[pivot]])).values()]);
  const keys = table.columns.filter((c) => KEY_ROLES.has(c.role) && c.name !== pivot && !spread.has(c.name));
  const groups = new Map<string, TableRow[]>();
  for (const r of rows) {
    const id = JSON.stringify(keys.map((c) => r[c.name] ?? null));
    const group = groups.get(id);
    if (group) group.push(r);
    else groups.set(id, [r]);
  }
  const shownRows = [...groups.values()].map((group) => {
    const base = at === undefined ? undefined : group.find((r) => String(r[pivot]) === at);
    const out: Record<string, unknown> = {};
    for (const c of table.columns) if (c.name !== pivot) out[c.name] = (base ?? group[0]!)[c.name] ?? null;
    // Only the key columns are the group's own: the rest belong to the chosen value's row.
    if (!base) for (const c of table.columns) if (!keys.includes(c)) out[c.name] = null;
    for (const name of spread)
      for (const v of values) out[spreadKey(name, v)] = group.find((r) => r[pivot] === v)?.[name] ?? null;
    return out;
  });

  const pivotColumn = byName.get(pivot)!;
  const columns = names
    .filter((n) => n !== pivot)
    .flatMap((n): ShownColumn[] =>
      spread.has(n)
        ? values.map((v) => ({
            key: spreadKey(n, v),
            column: byName.get(n)!,
            at: cellText(pivotColumn, v),
            chosen: String(v) === at,
          }))
        : [{ key: n, column: byName.get(n)!, chosen: false }],
    );
  const rank = view.rankBy;
  const rankKey = rank !== null && spread.has(rank) ? spreadKey(rank, at ?? values[values.length - 1]) : rank;
  return { columns, rows: shownRows, rankKey };
}

/** Sorted by one shown column: numbers (an interval by its mean) by value, the rest as text; empty cells last. */
export function sortRows(rows: readonly TableRow[], column: ShownColumn, order: 'asc' | 'desc'): TableRow[] {
  const sign = order === 'asc' ? 1 : -1;
  const text = (r: TableRow): string | null => {
    const v = r[column.key];
    return v === null || v === undefined ? null : cellText(column.column, v);
  };
  return [...rows].sort((a, b) => {
    const x = cellNumber(a[column.key]);
    const y = cellNumber(b[column.key]);
    if (x !== null && y !== null) return sign * (x - y);
    const [s, t] = [text(a), text(b)];
    if (s === null || t === null) return s === null ? (t === null ? 0 : 1) : -1;
    return sign * s.localeCompare(t);
  });
}

/** The rows whose model, text or dimension cells contain `query` (any case); all rows for an empty query. */
export function filterRows(
  rows: readonly TableRow[],
  columns: readonly ShownColumn[],
  query: string,
): TableRow[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...rows];
  const searched = columns.filter((c) => KEY_ROLES.has(c.column.role));
  return rows.filter((r) => searched.some((c) => cellText(c.column, r[c.key]).toLowerCase().includes(q)));
}
