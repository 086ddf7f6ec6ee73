import { readTable, runRowsQuery, type TableQuery } from '@transferlab/client';
import { CliError } from '../cli-error';
import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { tableText } from '../output/table-cells';
import { printRunSummary } from './watch';

/** runRows' largest page. */
const ROWS_PAGE = 500;

export interface ResultsOptions {
  readonly csv?: boolean;
  readonly json?: boolean;
  /** One of the analysis's tables instead of the summary. */
  readonly table?: string;
  /** The analysis's table options, as JSON. */
  readonly options?: string;
  /** Column name to a value or a list of values, as JSON. */
  readonly filter?: string;
}

/** A `--options` / `--filter` value: a JSON object, else an input error naming the flag. */
function jsonObject(flag: string, text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(EXIT.INVALID_INPUT, `${flag} is not JSON (${(e as Error).message}); expected an object, e.g. ${flag} '{"n": 100}'`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(EXIT.INVALID_INPUT, `${flag} must be a JSON object, e.g. ${flag} '{"n": 100}'`);
  return value as Record<string, unknown>;
}

/**
 * A run's results. With `--table NAME`: that table of the run's analysis, as text, or with
 * `--csv` the server's table CSV byte for byte, or with `--json` its rows. Without it: `--csv`
 * the server's trials CSV byte for byte (the file the dashboard's export serves), `--json`
 * every stored result row, else the headline and the analysis's summary table (of the results
 * so far, for a run still going). A table the analysis lacks fails with the server's message.
 */
export async function resultsCommand(ctx: CommandContext, id: string, options: ResultsOptions): Promise<ExitCode> {
  const query: TableQuery = { options: jsonObject('--options', options.options), filter: jsonObject('--filter', options.filter) };
  const client = ctx.client();
  if (options.table !== undefined) {
    if (options.csv === true) {
      ctx.io.stdout.write(await client.tableCsv(id, options.table, query));
      return EXIT.OK;
    }
    const data = await readTable(client, id, options.table, query);
    if (options.json === true) println(ctx.io.stdout, JSON.stringify(data.rows, null, 2));
    else if (data.rows.length === 0) println(ctx.io.stderr, `table ${data.table.name} of run ${id} has no rows${query.filter !== undefined ? ' matching the filter' : ''}`);
    else println(ctx.io.stdout, tableText(data.table, data.rows));
    return EXIT.OK;
  }
  if ((options.csv === true || options.json === true) && (query.options !== undefined || query.filter !== undefined)) {
    throw new CliError(EXIT.INVALID_INPUT, '--options and --filter apply to tables: add --table NAME (the trials CSV and the result rows take neither)');
  }
  if (options.csv === true) {
    ctx.io.stdout.write(await client.trialsCsv(id));
    return EXIT.OK;
  }
  if (options.json === true) {
    const rows: unknown[] = [];
    for (let skip = 0; ; skip += ROWS_PAGE) {
      const { runRows } = await client.request(runRowsQuery, { runId: id, take: ROWS_PAGE, skip });
      rows.push(...runRows);
      if (runRows.length < ROWS_PAGE) break;
    }
    println(ctx.io.stdout, JSON.stringify(rows, null, 2));
    return EXIT.OK;
  }
  await printRunSummary(ctx, client, id, { ...query, onTableError: 'throw' });
  return EXIT.OK;
}
