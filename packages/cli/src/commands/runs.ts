import { cancelRunMutation, runsQuery } from '@transferlab/client';
import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { runHeadline } from '../output/run-summary';
import { formatTable } from '../output/table';

/** The newest runs (of one analysis, with --analysis) as a table (or JSON). */
export async function runsCommand(ctx: CommandContext, options: { readonly take: number; readonly analysis?: string; readonly json?: boolean }): Promise<ExitCode> {
  const { runs } = await ctx.client().request(runsQuery, { take: options.take, skip: 0, analysis: options.analysis });
  if (options.json === true) {
    println(ctx.io.stdout, JSON.stringify(runs, null, 2));
    return EXIT.OK;
  }
  if (runs.length === 0) {
    println(ctx.io.stderr, options.analysis !== undefined ? `no runs of ${options.analysis} yet` : 'no runs yet');
    return EXIT.OK;
  }
  // An imported run (transferlab import) names the run it was exported from.
  const rows = runs.map((r) => [r.id, r.analysis, r.status.toLowerCase(), r.completedCount, r.failedCount, r.trialCount, `${Math.floor(r.progress * 100)}%`, r.createdAt, r.imported ? `from ${r.imported.sourceRunId}` : '-']);
  println(ctx.io.stdout, formatTable(['id', 'analysis', 'status', 'done', 'failed', 'trials', 'progress', 'created', 'imported'], rows));
  return EXIT.OK;
}

/** Cancel a queued or running run. */
export async function cancelCommand(ctx: CommandContext, id: string): Promise<ExitCode> {
  const { cancelRun } = await ctx.client().request(cancelRunMutation, { id });
  println(ctx.io.stdout, runHeadline(cancelRun));
  return EXIT.OK;
}
