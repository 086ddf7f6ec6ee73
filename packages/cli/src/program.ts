import { Command, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from './context';
import { EXIT_CODES_HELP, type ExitCode } from './exit-codes';
import { configCommand } from './commands/config';
import { importModelCommand, type ImportModelOptions } from './commands/import-model';
import { modelsCommand } from './commands/models';
import { resultsCommand, type ResultsOptions } from './commands/results';
import { exportCommand, importCommand, type ExportOptions } from './commands/run-file';
import { runCommand } from './commands/run';
import { cancelCommand, runsCommand } from './commands/runs';
import { watchCommand } from './commands/watch';

/** Global options: where the server is and how to authenticate (see resolveConnection). */
export interface GlobalOptions {
  readonly url?: string;
  readonly token?: string;
  readonly tokenFile?: string;
  readonly config?: string;
}

const CONNECTION_HELP = `Server and token, first found wins:
  --url, --token, --token-file       flags (prefer --token-file: a --token shows in ps)
  TRANSFERLAB_URL, TRANSFERLAB_TOKEN environment
  config file                        --config, TRANSFERLAB_CONFIG, else ~/.config/transferlab/config.json:
                                     { "url": "http://host:4000", "token": "..." } (or "tokenFile")
  defaults                           http://127.0.0.1:4000 and the token npm start's server wrote
                                     into ./.transferlab/api-token
Queries need no token; run, cancel, import and import-model do. The token is never printed.`;

const RESULTS_HELP = `Tables print each declared column under its name: a share as a percentage (61.2%), an
interval as mean [low, high] in the same unit (its 95% interval; the mean alone over one value),
an image as dataset split #index, a picture as (image), nothing as -. The summary names the
analysis's other tables; a table it lacks is refused with the list (exit 3).

Examples:
  transferlab results RUN                              the headline and the summary table
  transferlab results RUN --table accuracy --csv       a table as the server's CSV (an interval
                                                       as accuracy.mean, .low, .high, .n)
  transferlab results RUN --table deltas --options '{"baseline": "SOURCE"}'
  transferlab results RUN --csv                        the trials CSV, as the dashboard exports it`;

const RUN_FILE_HELP = `A run file (format transferlab-run, version 1) holds the run's analysis, its version and
params, every trial (key, config, models and datasets with their checksums, status), every stored
result row (metrics, series, details, provider, plugin name and version), the checksums and
training facts of the models used, and a sha256 over the rest. import checks it before sending
and the server checks it again: a changed file (checksum), results of no trial, duplicate keys or
another format version are refused, naming the field (exit 3); a file already imported is
refused, naming its run (exit 5). An imported run is never executed.

Examples:
  transferlab export RUN --out run.json.gz
  transferlab --url http://other:4000 import run.json.gz`;

function positiveInt(max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`expected an integer from 1 to ${max}`);
    return n;
  };
}

/**
 * The command tree. Actions report their exit code through `done` (commander's own return
 * value is the program); `context` gets the global options once they are parsed.
 */
export function buildProgram(context: (globals: GlobalOptions) => CommandContext, done: (code: ExitCode) => void): Command {
  const program = new Command('transferlab')
    .description('Drive a Transferlab server: start sweeps from files, watch them, export results, manage models.')
    .option('--url <url>', 'server URL, e.g. http://127.0.0.1:4000')
    .option('--token <token>', 'API token (visible in ps; prefer --token-file or TRANSFERLAB_TOKEN)')
    .option('--token-file <path>', 'file holding the API token')
    .option('--config <path>', 'config file (JSON: url, token or tokenFile)')
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', `\n${CONNECTION_HELP}\n\n${EXIT_CODES_HELP}`);
  const ctx = (cmd: Command): CommandContext => context(cmd.optsWithGlobals<GlobalOptions>());

  program
    .command('run')
    .description("start the run a sweep file describes (YAML or JSON: analysis, params); prints its id, or with --watch follows it and prints its summary (the analysis's summary table)")
    .argument('<file>', 'sweep file, e.g. examples/sweeps/tiny.yaml')
    .option('-w, --watch', 'follow the run with a progress bar until it finishes, then print its summary (Ctrl-C stops watching, not the run)')
    .option('--poll', 'with --watch: poll the server instead of the WebSocket subscription')
    .addHelpText('after', `\nA sweep file:\n  analysis: transfer\n  description: optional text\n  params:\n    sources: [fashion-mnist-a-resnet8-w16-natural]\n    targets: [mnist]\n    n: [100]\n\n${EXIT_CODES_HELP}`)
    .action(async (file: string, opts: { watch?: boolean; poll?: boolean }, cmd: Command) => done(await runCommand(ctx(cmd), file, opts)));

  program
    .command('watch')
    .description("follow a run's progress until it finishes, then print its summary, as results does (Ctrl-C stops watching, not the run)")
    .argument('<run>', 'run id')
    .option('--poll', 'poll the server instead of the WebSocket subscription')
    .action(async (id: string, opts: { poll?: boolean }, cmd: Command) => done(await watchCommand(ctx(cmd), id, opts)));

  program
    .command('runs')
    .description('list runs, newest first')
    .addOption(new Option('--take <count>', 'how many, at most 100').default(20).argParser(positiveInt(100)))
    .option('--analysis <name>', "only this analysis's runs")
    .option('--json', 'as JSON')
    .action(async (opts: { take: number; analysis?: string; json?: boolean }, cmd: Command) => done(await runsCommand(ctx(cmd), opts)));

  program
    .command('results')
    .description(
      "a run's results: its analysis's summary table, or --table NAME another of its tables; --csv the CSV (the table's, else the trials'), --json the rows (the table's, else every stored result row)",
    )
    .argument('<run>', 'run id')
    .option('--table <name>', "one of the tables the run's analysis declares (the summary names them)")
    .addOption(new Option('--csv', "as the server's CSV file: the table's, else the trials' (one row per trial)").conflicts('json'))
    .addOption(new Option('--json', "as JSON: the table's rows, else every stored result row (config, metrics, series, details, provider)"))
    .option('--options <json>', 'the analysis\'s table options, e.g. \'{"baseline": "fashion-mnist-a-resnet8-w16-natural"}\'')
    .option('--filter <json>', 'only rows whose columns have these values, e.g. \'{"target": "mnist", "n": [100, 400]}\'')
    .addHelpText('after', `\n${RESULTS_HELP}\n\n${EXIT_CODES_HELP}`)
    .action(async (id: string, opts: ResultsOptions, cmd: Command) => done(await resultsCommand(ctx(cmd), id, opts)));

  program
    .command('export')
    .description('write a finished run with its provenance as one verifiable file: params, trials, every result row, model checksums and training facts, sealed by a sha256')
    .argument('<run>', 'run id')
    .option('--out <file>', 'file to write (gzip-compressed when the name ends in .gz); without it, the JSON goes to stdout')
    .addHelpText('after', `\n${RUN_FILE_HELP}\n\n${EXIT_CODES_HELP}`)
    .action(async (id: string, opts: ExportOptions, cmd: Command) => done(await exportCommand(ctx(cmd), id, opts)));

  program
    .command('import')
    .description('load a run file written by export as a run marked imported (needs the token); prints the new run id')
    .argument('<file>', 'run file (JSON, or gzip)')
    .addHelpText('after', `\n${RUN_FILE_HELP}\n\n${EXIT_CODES_HELP}`)
    .action(async (file: string, _opts: unknown, cmd: Command) => done(await importCommand(ctx(cmd), file)));

  program
    .command('cancel')
    .description('cancel a queued or running run (needs the token)')
    .argument('<run>', 'run id')
    .action(async (id: string, _opts: unknown, cmd: Command) => done(await cancelCommand(ctx(cmd), id)));

  program
    .command('models')
    .description('list the source models: uploaded, configured and bundled')
    .option('--json', 'as JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => done(await modelsCommand(ctx(cmd), opts)));

  program
    .command('import-model')
    .description('upload an ONNX classifier and import it as a source model (needs the token)')
    .argument('<file>', '.onnx file (no external data)')
    .requiredOption('--id <id>', 'model id trials will use: lower-case letters, digits, ".", "_", "-"')
    .requiredOption('--input <CxHxW>', 'input channels x height x width, e.g. 3x224x224')
    .option('--mean <values>', 'per-channel mean after scaling to [0,1], comma-separated (default 0)')
    .option('--std <values>', 'per-channel std, comma-separated (default 1)')
    .addOption(new Option('--kind <kind>', 'how it was trained').choices(['natural', 'adversarial']).default('natural'))
    .addOption(new Option('--norm <norm>', 'adversarial training norm').choices(['L2', 'Linf']))
    .option('--eps <eps>', 'adversarial budget in [0,1] pixel units (e.g. 0.0157 for Linf 4/255)')
    .option('--dataset <name>', 'dataset it was trained on')
    .option('--name <name>', 'display name (default: the id)')
    .option('--architecture <label>', 'architecture label (default: onnx)')
    .option('--feature-tensor <tensor>', 'penultimate tensor, overriding detection')
    .option('--blocks <tensors>', 'block-boundary tensors, input side first, comma-separated, overriding detection')
    .option('--notes <text>', 'where it comes from, its paper, its recipe')
    .action(async (file: string, opts: ImportModelOptions, cmd: Command) => done(await importModelCommand(ctx(cmd), file, opts)));

  program
    .command('config')
    .description('show which server the commands use and where the token comes from (never the token)')
    .action((_opts: unknown, cmd: Command) => done(configCommand(ctx(cmd))));

  return program;
}
