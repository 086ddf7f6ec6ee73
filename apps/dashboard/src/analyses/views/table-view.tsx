import type { ReactNode } from 'react';
import type { OutputTable, OutputView, TableRow } from '../analyses.queries';
import { Cell } from '../cell';
import { columnLabel } from '../cell-values';
import { rankRows } from '../view-data';

/** Rows as a table; ranked (with a rank column) when the view names a column to rank by. */
export function TableView({
  view,
  table,
  rows,
}: {
  readonly view: OutputView;
  readonly table: OutputTable;
  readonly rows: readonly TableRow[];
}): ReactNode {
  const ranked =
    view.rankBy !== null ? rankRows(rows, view.rankBy, view.rankOrder === 'asc' ? 'asc' : 'desc') : rows;
  const facets = new Set(view.facets);
  // The facet columns are chosen above the table: the same value on every row.
  const columns = table.columns.filter((c) => !facets.has(c.name));
  return (
    <div className="table-scroll">
      <table className="leaderboard output-table" data-testid={`view-table-${table.name}`}>
        <thead>
          <tr>
            {view.rankBy !== null && <th scope="col">Rank</th>}
            {columns.map((c) => (
              <th key={c.name} scope="col" title={c.description ?? undefined} data-column={c.name}>
                {columnLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranked.map((r, i) => (
            <tr key={i} data-testid="output-row">
              {view.rankBy !== null && <td>{i + 1}</td>}
              {columns.map((c) => (
                <td key={c.name} data-column={c.name}>
                  <Cell column={c} value={r[c.name]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
