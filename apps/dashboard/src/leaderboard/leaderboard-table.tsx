'use client';

import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import type { RobustFigure } from '../robustness/robust-figures';
import './column-meta';
import { leaderboardColumns } from './leaderboard-columns';
import { csvFileName, leaderboardCsv, type CsvContext } from './leaderboard-csv';
import type { LeaderboardRow } from './leaderboard-rows';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The ranked sources: sortable by any column, filtered by source name, downloadable as CSV. */
export function LeaderboardTable({
  rows,
  budgets,
  context,
  robustness,
}: {
  readonly rows: LeaderboardRow[];
  readonly budgets: readonly number[];
  readonly context: CsvContext;
  /** Robust figures by source, shown under each source's name. */
  readonly robustness?: ReadonlyMap<string, readonly RobustFigure[]>;
}): ReactNode {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const columns = useMemo(
    () => leaderboardColumns(budgets, context.n, context.baseline, robustness),
    [budgets, context.n, context.baseline, robustness],
  );
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows.map((r) => r.original);
  const csv = leaderboardCsv(shown, budgets, context);

  return (
    <section className="panel" aria-label="Leaderboard">
      <div className="table-tools">
        <label>
          Filter sources{' '}
          <input
            type="search"
            value={filter}
            placeholder="e.g. robust"
            data-testid="leaderboard-filter"
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <span className="muted">
          {shown.length} of {rows.length} sources
        </span>
        <a
          className="button"
          data-testid="leaderboard-csv"
          download={csvFileName(context)}
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
        >
          Download CSV
        </a>
      </div>
      <div className="table-scroll">
        <table className="leaderboard" data-testid="leaderboard-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const chosen = header.column.columnDef.meta?.chosen;
                  return (
                    <th
                      key={header.id}
                      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                      className={chosen ? 'chosen' : undefined}
                      title={header.column.columnDef.meta?.title}
                    >
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="leaderboard-row" data-source={row.original.source}>
                {row.getVisibleCells().map((cell) => {
                  const chosen = cell.column.columnDef.meta?.chosen;
                  return (
                    <td key={cell.id} className={chosen ? 'chosen' : undefined} data-column={cell.column.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="empty">
                  No source matches “{filter}”.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
