import type { TableQuery, TransferlabClient } from './client';
import { TransferlabError } from './errors';
import { runTableQuery } from './operations/outputs';
import type { OutputTable, TableRow } from './table-cells';

/** runTable's largest page. */
export const TABLE_PAGE_MAX = 500;

export interface ReadTableOptions extends TableQuery {
  /** Rows per request, 1 to 500 (the default, the server's maximum). */
  readonly pageSize?: number;
}

/** A whole table of a run: its typed columns and every row that passed the filter. */
export interface TableData {
  readonly runId: string;
  readonly analysis: string;
  readonly table: OutputTable;
  readonly rows: readonly TableRow[];
}

const isRow = (v: unknown): v is TableRow => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every row of one of a run's tables, read page by page with `runTable`. A run still going may
 * gain rows between pages; reading stops at the total the last page reported.
 */
export async function readTable(
  client: TransferlabClient,
  runId: string,
  table: string,
  options: ReadTableOptions = {},
): Promise<TableData> {
  const take = options.pageSize ?? TABLE_PAGE_MAX;
  if (!Number.isInteger(take) || take < 1 || take > TABLE_PAGE_MAX)
    throw new RangeError(`pageSize must be an integer from 1 to ${TABLE_PAGE_MAX}`);
  const rows: TableRow[] = [];
  for (let skip = 0; ;) {
    const { runTable: page } = await client.request(runTableQuery, {
      runId,
      table,
      options: options.options,
      filter: options.filter,
      take,
      skip,
    });
    for (const row of page.rows) {
      if (!isRow(row))
        throw new TransferlabError(
          'BAD_RESPONSE',
          `runTable answered a row that is not an object: ${JSON.stringify(row).slice(0, 120)}`,
        );
      rows.push(row);
    }
    skip += page.rows.length;
    if (page.rows.length === 0 || skip >= page.total)
      return { runId: page.runId, analysis: page.analysis, table: page.table, rows };
  }
}
