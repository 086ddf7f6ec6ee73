import type { OutputTable, TableInput } from './tables';

/** A table's rows failed its own row schema: names the table, the row and the field. */
export class TableRowError extends Error {
  constructor(
    readonly table: string,
    readonly row: number,
    readonly field: string,
    detail: string,
  ) {
    super(`table '${table}' row ${row}: ${field || '(row)'}: ${detail}`);
    this.name = 'TableRowError';
  }
}

/**
 * A client's table option names something the run lacks (a baseline source with no results,
 * say): thrown from `rows`, it reaches the client as bad input on `options.<field>`.
 */
export class TableOptionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'TableOptionError';
  }
}

/**
 * A table's rows for a run, each checked against the table's row schema (parsed, so a row
 * carries exactly the declared columns): an analysis that returns a malformed row fails here,
 * naming it, rather than in a client.
 */
export function computeTable(name: string, table: OutputTable, input: TableInput): Record<string, unknown>[] {
  const rows = table.rows(input);
  if (!Array.isArray(rows)) throw new TableRowError(name, -1, '', 'rows() must return an array');
  return rows.map((row: unknown, i) => {
    const parsed = table.row.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TableRowError(
        name,
        i,
        issue?.path.join('.') ?? '',
        issue?.message ?? 'does not match the row schema',
      );
    }
    return parsed.data;
  });
}
