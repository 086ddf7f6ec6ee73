import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { checkRunFile, type RunFile } from '@transferlab/sdk/run-file';
import { CliError } from '../cli-error';
import { readUserFile, type CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';

/** A local check only; the server applies its own trial limit at import. */
const LOCAL_LIMITS = { maxTrials: Number.MAX_SAFE_INTEGER };

export interface ExportOptions {
  /** Where to write; `.gz` at the end compresses it. Without it, the JSON goes to stdout. */
  readonly out?: string;
}

const describe = (f: RunFile): string =>
  `${f.run.analysis} ${f.run.analysisVersion}, ${f.trials.length} trials, ${f.results.length} results, checksum ${f.checksum}`;

/** JSON text or gzip bytes of JSON, parsed and checked as a run file; what is wrong names its field. */
export function readRunFile(bytes: Buffer, name: string): RunFile {
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    throw new CliError(EXIT.INVALID_INPUT, `${name} is not a readable gzip file (${(e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(EXIT.INVALID_INPUT, `${name} is not JSON (${(e as Error).message}); expected a run file written by transferlab export`);
  }
  const checked = checkRunFile(value, LOCAL_LIMITS);
  if (!checked.file) throw new CliError(EXIT.INVALID_INPUT, `${name} is not a valid run file:\n${checked.issues.map((i) => `  ${i.field}: ${i.message}`).join('\n')}`);
  return checked.file;
}

/**
 * Write a finished run with its provenance as one file (JSON; gzip when the name ends in .gz),
 * after checking the checksum of what the server sent.
 */
export async function exportCommand(ctx: CommandContext, id: string, options: ExportOptions): Promise<ExitCode> {
  const text = await ctx.client().exportRun(id);
  let file: RunFile;
  try {
    file = readRunFile(Buffer.from(text, 'utf8'), `the file the server sent for run ${id}`);
  } catch (e) {
    if (e instanceof CliError) throw new CliError(EXIT.SERVER_ERROR, e.message);
    throw e;
  }
  if (options.out === undefined) {
    println(ctx.io.stdout, text);
  } else {
    const path = resolve(ctx.cwd, options.out);
    const bytes = path.endsWith('.gz') ? gzipSync(text) : Buffer.from(text, 'utf8');
    try {
      await writeFile(path, bytes);
    } catch (e) {
      throw new CliError(EXIT.INVALID_INPUT, `cannot write ${options.out}: ${(e as Error).message}`);
    }
  }
  println(ctx.io.stderr, `exported run ${id}${options.out !== undefined ? ` to ${options.out}` : ''}: ${describe(file)}`);
  return EXIT.OK;
}

/**
 * Load a run file into the server as an imported run. The file is checked here first (format,
 * version, checksum, keys), so a changed file is refused before anything is sent; prints the new
 * run's id on stdout.
 */
export async function importCommand(ctx: CommandContext, path: string): Promise<ExitCode> {
  const bytes = await readUserFile(resolve(ctx.cwd, path), 'run file');
  const file = readRunFile(bytes, path);
  const { run } = await ctx.client().importRun(bytes);
  println(ctx.io.stderr, `imported ${path} as run ${run.id} (from run ${file.run.id}, exported ${file.exportedAt} by Transferlab ${file.server.version}): ${describe(file)}`);
  println(ctx.io.stdout, run.id);
  return EXIT.OK;
}
