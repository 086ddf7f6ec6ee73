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

/** The finished run's summary: its headline, accuracy table and first failures. */
export async function printRunSummary(ctx: CommandContext, client: TransferlabClient, id: string): Promise<ExitCode> {
  const [{ run }, { runResults }] = await Promise.all([client.request(runQuery, { id }), client.request(runResultsQuery, { runId: id })]);
  println(ctx.io.stdout, runSummary(run, runResults, run.failures));
  return run.status === 'COMPLETED' && run.failedCount === 0 ? EXIT.OK : EXIT.RUN_FAILED;
}

/**
 * Follow a run to its end with a progress bar on stderr (the runProgress subscription, or
 * polling), then print its summary on stdout. Exit 0 only when every trial completed.
 */
export async function watchCommand(ctx: CommandContext, id: string, options: WatchOptions): Promise<ExitCode> {
  const client = ctx.client();
  const view = progressView(ctx.io.stderr);
  try {
    for await (const run of watchRun(client, id, { via: options.poll === true ? 'polling' : 'auto' })) view.update(run);
  } finally {
    view.stop();
  }
  return printRunSummary(ctx, client, id);
}
