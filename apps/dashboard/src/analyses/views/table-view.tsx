'use client';

import { useState, type ReactNode } from 'react';
import type { OutputTable, OutputView, TableRow } from '../analyses.queries';
import { Cell } from '../cell';
import { cellNumber, columnLabel } from '../cell-values';
import { filterRows, shownTable, sortRows, type ShownColumn } from '../shown-table';
import { barSpan, columnOf, rankRows } from '../view-data';
import { IntervalBar } from './interval-bar';

/** Rows a table shows before "Show all": a ranking is read from the top. */
const ROWS_SHOWN = 25;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

type Sort = { readonly key: string; readonly order: 'asc' | 'desc' } | null;

/** A cell: its value by role, a p-value under 0.05 in bold, and the tags of the options it is the value of. */
function ShownCell({
  column,
  row,
  echoes,
}: {
  readonly column: ShownColumn;
  readonly row: TableRow;
  readonly echoes: readonly string[];
}): ReactNode {
  const value = row[column.key];
  const cell = <Cell column={column.column} value={value} />;
  if (column.column.format === 'pvalue' && typeof value === 'number' && value < 0.05)
    return <span className="significant">{cell}</span>;
  if (column.column.role !== 'model' || value === null || value === undefined) return cell;
  const tags = echoes.filter((o) => row[o] === value);
  return (
    <>
      {cell}
      {tags.map((t) => (
        <span key={t}>
          {' '}
          <span className="tag" data-testid={`tag-${t}`}>
            {t}
          </span>
        </span>
      ))}
    </>
  );
}

/**
 * Rows as a table, sortable by any column and filtered by text; ranked (with a rank column, and
 * the ranked values drawn as bars on one span) when the view names a column to rank by; wide when
 * the view pivots, the facet's chosen column highlighted. Columns empty on every row are left out.
 */
export function TableView({
  view,
  table,
  rows,
  chosen = {},
  echoes = [],
  csvHref,
}: {
  readonly view: OutputView;
  readonly table: OutputTable;
  readonly rows: readonly TableRow[];
  /** The facets' chosen values, by column. */
  readonly chosen?: Readonly<Record<string, unknown>>;
  /** Option names whose value a column of the same name echoes: model cells equal to it are tagged. */
  readonly echoes?: readonly string[];
  /** The shown rows as CSV. */
  readonly csvHref?: string;
}): ReactNode {
  const [all, setAll] = useState(false);
  const [sort, setSort] = useState<Sort>(null);
  const [query, setQuery] = useState('');
  const shown = shownTable(table, view, rows, chosen);
  const { rankKey } = shown;
  const ranked =
    rankKey !== null ? rankRows(shown.rows, rankKey, view.rankOrder === 'asc' ? 'asc' : 'desc') : shown.rows;
  // A row without the ranked value has no rank (a source with no result at this n yet).
  const rankOf = new Map(
    ranked.map((r, i) => [r, rankKey !== null && cellNumber(r[rankKey]) !== null ? i + 1 : null]),
  );
  const columns = shown.columns.filter((c) =>
    ranked.some((r) => r[c.key] !== null && r[c.key] !== undefined),
  );
  const sortColumn = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const ordered = sort && sortColumn ? sortRows(ranked, sortColumn, sort.order) : ranked;
  const kept = filterRows(ordered, columns, query);
  const visible = all ? kept : kept.slice(0, ROWS_SHOWN);
  const span = rankKey !== null ? barSpan(ranked, rankKey) : null;
  const tagged = echoes.filter((o) => table.columns.some((c) => c.name === o));
  const model = table.columns.find((c) => c.role === 'model');
  const pivot = columnOf(table, view.pivotColumns);
  const wide = columns.some((c) => c.at !== undefined);

  const toggle = (c: ShownColumn): void =>
    setSort((s) =>
      s?.key === c.key
        ? { key: c.key, order: s.order === 'asc' ? 'desc' : 'asc' }
        : {
            key: c.key,
            order: cellNumber(ranked.find((r) => r[c.key] != null)?.[c.key]) !== null ? 'desc' : 'asc',
          },
    );
  const header = (c: ShownColumn, label: string, rowSpan?: number): ReactNode => {
    const order = sort?.key === c.key ? sort.order : undefined;
    return (
      <th
        key={c.key}
        scope="col"
        rowSpan={rowSpan}
        className={c.chosen ? 'chosen' : undefined}
        title={c.column.description ?? undefined}
        aria-sort={order ? ARIA_SORT[order] : undefined}
        data-column={c.key}
      >
        <button type="button" className="sort" onClick={() => toggle(c)}>
          {label}
          <span aria-hidden="true">{order === 'asc' ? ' ▲' : order === 'desc' ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };
  // A wide table's spread columns sit under one heading per spread column, the pivot's values below.
  const groups: { first: ShownColumn; span: number }[] = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (c.at !== undefined && last?.first.at !== undefined && last.first.column.name === c.column.name)
      last.span++;
    else groups.push({ first: c, span: 1 });
  }

  return (
    <>
      <div className="table-tools">
        <label>
          Filter rows{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="table-filter"
            aria-label={`Filter the rows of ${view.title}`}
          />
        </label>
        <span className="muted" data-testid="table-count">
          {kept.length} of {ranked.length} rows
        </span>
        {csvHref && (
          <a className="button" href={csvHref} download data-testid="view-csv">
            Download CSV
          </a>
        )}
      </div>
      <div className="table-scroll">
        <table className="leaderboard output-table" data-testid={`view-table-${table.name}`}>
          <thead>
            <tr>
              {view.rankBy !== null && (
                <th
                  scope="col"
                  rowSpan={wide ? 2 : undefined}
                  data-column="rank"
                  aria-sort={sort === null ? 'ascending' : undefined}
                >
                  {/* Back to the ranking after sorting by another column. */}
                  <button type="button" className="sort" onClick={() => setSort(null)}>
                    Rank
                  </button>
                </th>
              )}
              {groups.map(({ first, span: n }) =>
                first.at === undefined ? (
                  header(first, columnLabel(first.column), wide ? 2 : undefined)
                ) : (
                  <th key={`group-${first.key}`} scope="colgroup" colSpan={n} className="spread">
                    {columnLabel(first.column)}
                    {pivot && <span className="muted"> · {columnLabel(pivot).toLowerCase()}</span>}
                  </th>
                ),
              )}
            </tr>
            {wide && <tr>{columns.filter((c) => c.at !== undefined).map((c) => header(c, c.at!))}</tr>}
          </thead>
          <tbody>
            {visible.map((r, i) => (
              <tr
                key={i}
                data-testid="output-row"
                data-model={
                  model && typeof r[model.name] === 'string' ? (r[model.name] as string) : undefined
                }
              >
                {view.rankBy !== null && <td data-column="rank">{rankOf.get(r) ?? '–'}</td>}
                {columns.map((c) => (
                  <td key={c.key} data-column={c.key} className={c.chosen ? 'chosen' : undefined}>
                    <ShownCell column={c} row={r} echoes={tagged} />
                    {span && c.key === rankKey && <IntervalBar value={r[c.key]} span={span} />}
                  </td>
                ))}
              </tr>
            ))}
            {kept.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="empty">
                  No row matches “{query}”.
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {kept.length > visible.length && (
          <p className="muted">
            The first {visible.length} of {kept.length} rows.{' '}
            <button type="button" onClick={() => setAll(true)} data-testid="show-all-rows">
              Show all
            </button>
          </p>
        )}
      </div>
    </>
  );
}
