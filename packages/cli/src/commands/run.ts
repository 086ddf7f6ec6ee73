import { startRunMutation, TransferlabError } from '@transferlab/client';
import { readUserFile, type CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { sweepErrorFromServer } from '../sweep/server-issues';
import { parseSweep } from '../sweep/sweep-file';
import { watchCommand, type WatchOptions } from './watch';

/** Server codes that mean the sweep itself is wrong (params, names of models, datasets). */
const SWEEP_REFUSALS = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * Start the run a sweep file describes. Without --watch, print its id on stdout (for
 * `RUN=$(transferlab run sweep.yaml)`); with it, follow it and print its summary.
 */
export async function runCommand(ctx: CommandContext, file: string, options: WatchOptions & { readonly watch?: boolean }): Promise<ExitCode> {
  const sweep = parseSweep(file, (await readUserFile(file, 'sweep file')).toString('utf8'));
  const client = ctx.client();
  let run;
  try {
    ({ startRun: run } = await client.request(startRunMutation, { input: { analysis: sweep.analysis, params: sweep.params } }));
  } catch (e) {
    if (e instanceof TransferlabError && SWEEP_REFUSALS.has(e.code)) throw sweepErrorFromServer(sweep, e);
    throw e;
  }
  println(ctx.io.stderr, `started run ${run.id}: ${run.analysis} ${run.analysisVersion}, ${run.trialCount} trials${sweep.description !== undefined ? ` (${sweep.description})` : ''}`);
  if (options.watch !== true) {
    println(ctx.io.stdout, run.id);
    return EXIT.OK;
  }
  return watchCommand(ctx, run.id, options);
}
