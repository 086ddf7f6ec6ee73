import {
  analysisOutputsQuery,
  readTable,
  runQuery,
  watchRun,
  type RunSummaryFragment,
  type TableQuery,
  type TransferlabClient,
} from '@transferlab/client';
import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { progressView } from '../output/progress';
import { runSummary, type SummarySection } from '../output/run-summary';

export interface WatchOptions {
  /** Poll the `run` query instead of the WebSocket subscription. */
  readonly poll?: boolean;
}

/** The run's analysis's own summary table (analysisOutputs' summaryTable), every row of it. */
async function summarySection(client: TransferlabClient, run: Pick<RunSummaryFragment, 'id' | 'analysis'>, query: TableQuery): Promise<SummarySection> {
  const { analysisOutputs } = await client.request(analysisOutputsQuery, { analysis: run.analysis });
  if (analysisOutputs.summaryTable === null) return { kind: 'none' };
  const data = await readTable(client, run.id, analysisOutputs.summaryTable, query);
  return { kind: 'table', tables: analysisOutputs.tables.map((t) => t.name), data };
}

export interface SummaryOptions extends TableQuery {
  /**
   * When the summary table cannot be had: `throw` (`results` asked for it) or `note` (after
   * watching, the run's outcome matters more: the headline is printed, the reason on stderr).
   */
  readonly onTableError: 'throw' | 'note';
}

/** The run's summary (headline, its analysis's summary table, first failures); resolves whether every trial completed. */
export async function printRunSummary(ctx: CommandContext, client: TransferlabClient, id: string, options: SummaryOptions = { onTableError: 'note' }): Promise<boolean> {
  const { run } = await client.request(runQuery, { id });
  let section: SummarySection;
  try {
    section = await summarySection(client, run, options);
  } catch (e) {
    if (options.onTableError === 'throw') throw e;
    println(ctx.io.stderr, `(no summary table: ${e instanceof Error ? e.message : String(e)})`);
    section = { kind: 'unavailable' };
  }
  println(ctx.io.stdout, runSummary(run, section, run.failures));
  return run.status === 'COMPLETED' && run.failedCount === 0;
}

/**
 * Follow a run to its end with a progress bar on stderr (the runProgress subscription, or
 * polling), then print its summary on stdout. Exit 0 only when every trial completed.
 */
export async function watchCommand(ctx: CommandContext, id: string, options: WatchOptions): Promise<ExitCode> {
  const client = ctx.client();
  // Asked first: a subscription's errors come without the server's codes, and an unknown id should say NOT_FOUND.
  await client.request(runQuery, { id });
  const view = progressView(ctx.io.stderr);
  // Ctrl-C stops watching, not the run: restore the terminal (the bar hides the cursor) and say so.
  const interrupted = (): void => {
    view.stop();
    println(ctx.io.stderr, `stopped watching; run ${id} goes on (transferlab cancel ${id} stops it)`);
    process.exit(EXIT.INTERRUPTED);
  };
  process.once('SIGINT', interrupted);
  try {
    for await (const run of watchRun(client, id, { via: options.poll === true ? 'polling' : 'auto' })) view.update(run);
  } finally {
    process.removeListener('SIGINT', interrupted);
    view.stop();
  }
  return (await printRunSummary(ctx, client, id)) ? EXIT.OK : EXIT.RUN_FAILED;
}
