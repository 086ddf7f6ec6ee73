import { runQuery, runResultsQuery, watchRun, type TransferlabClient } from '@transferlab/client';
import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { progressView } from '../output/progress';
import { runSummary } from '../output/run-summary';

export interface WatchOptions {
  /** Poll the `run` query instead of the WebSocket subscription. */
  readonly poll?: boolean;
}

/** The run's summary (headline, accuracy table, first failures); resolves whether every trial completed. */
export async function printRunSummary(ctx: CommandContext, client: TransferlabClient, id: string): Promise<boolean> {
  const { run } = await client.request(runQuery, { id });
  // The accuracy table is the transfer aggregate; other analyses' runs get the headline alone.
  const runResults = await client.request(runResultsQuery, { runId: id }).then(
    (r) => r.runResults,
    (e: unknown) => {
      println(ctx.io.stderr, `(no accuracy table: ${e instanceof Error ? e.message : String(e)})`);
      return [];
    },
  );
  println(ctx.io.stdout, runSummary(run, runResults, run.failures));
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
