import { runRowsQuery } from '@transferlab/client';
import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { printRunSummary } from './watch';

/** runRows' largest page. */
const ROWS_PAGE = 500;

export interface ResultsOptions {
  readonly csv?: boolean;
  readonly json?: boolean;
}

/**
 * A run's results: `--csv` the server's trials CSV byte for byte (the file the dashboard's
 * export serves), `--json` every stored result row, else the summary table (of the results so
 * far, for a run still going).
 */
export async function resultsCommand(ctx: CommandContext, id: string, options: ResultsOptions): Promise<ExitCode> {
  const client = ctx.client();
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
  await printRunSummary(ctx, client, id);
  return EXIT.OK;
}
