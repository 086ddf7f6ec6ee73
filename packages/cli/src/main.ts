import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { TransferlabClient, TransferlabError } from '@transferlab/client';
import { CommanderError } from 'commander';
import { clientEnvironment } from '@transferlab/sdk/config';
import { CliError } from './cli-error';
import {
  ConnectionError,
  resolveConnection,
  type Connection,
  type ConnectionEnv,
  type ConnectionHost,
} from './connection/resolve-connection';
import type { CommandContext } from './context';
import { EXIT, exitCodeForServerError, type ExitCode } from './exit-codes';
import { println, type Io } from './io';
import { buildProgram, type GlobalOptions } from './program';
import { formatSweepError } from './sweep/format-issues';
import { SweepFileError } from './sweep/sweep-file';

/** What main() needs from its surroundings; tests pass their own. */
export interface Host extends ConnectionHost {
  readonly io: Io;
  readonly fetch?: typeof fetch;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConnectionError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

export function processHost(): Host {
  // `transferlab results RUN --csv | head`: a reader that stops early is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.OK);
    throw e;
  });
  return {
    io: {
      stdout: {
        write: (t) => void process.stdout.write(t),
        isTTY: process.stdout.isTTY,
        stream: process.stdout,
      },
      stderr: {
        write: (t) => void process.stderr.write(t),
        isTTY: process.stderr.isTTY,
        stream: process.stderr,
      },
    },
    homeDir: homedir(),
    cwd: process.cwd(),
    readText,
  };
}

/** The environment variables the CLI reads, picked once here. */

/** An error as the user reads it on stderr, and its exit code. */
export function describeError(
  error: unknown,
  connection: Connection | undefined,
): { message: string; exitCode: ExitCode } {
  if (error instanceof SweepFileError)
    return { message: formatSweepError(error), exitCode: EXIT.INVALID_INPUT };
  if (error instanceof CliError)
    return { message: `transferlab: ${error.message}`, exitCode: error.exitCode };
  if (error instanceof ConnectionError)
    return { message: `transferlab: ${error.message}`, exitCode: EXIT.INVALID_INPUT };
  if (error instanceof TransferlabError) {
    const exitCode = exitCodeForServerError(error.code);
    if (exitCode === EXIT.UNAUTHENTICATED) {
      const from =
        connection?.token !== undefined
          ? `the token from ${connection.tokenFrom} was refused`
          : 'no token was given';
      return {
        message: `transferlab: unauthenticated: ${error.message} (${from}; set TRANSFERLAB_TOKEN, --token-file or the config file: transferlab --help)`,
        exitCode,
      };
    }
    return {
      message: `transferlab: ${error.code.toLowerCase().replace(/_/g, ' ')}: ${error.message}`,
      exitCode,
    };
  }
  return {
    message: `transferlab: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    exitCode: EXIT.SERVER_ERROR,
  };
}

/** Run the CLI with `argv` as process.argv gives it; resolves with the exit code. */
export async function main(
  argv: readonly string[],
  env: ConnectionEnv = clientEnvironment(),
  host: Host = processHost(),
): Promise<ExitCode> {
  const { io } = host;
  let exitCode: ExitCode = EXIT.OK;
  let connection: Connection | undefined;
  const context = (globals: GlobalOptions): CommandContext => {
    let client: TransferlabClient | undefined;
    const ctx: CommandContext = {
      io,
      cwd: host.cwd,
      connection: () => (connection ??= resolveConnection(globals, env, host)),
      client: () => {
        if (client) return client;
        const { url, token } = ctx.connection();
        try {
          client = new TransferlabClient({ url, token, ...(host.fetch ? { fetch: host.fetch } : {}) });
        } catch (e) {
          throw new CliError(EXIT.INVALID_INPUT, (e as Error).message);
        }
        return client;
      },
    };
    return ctx;
  };
  const program = buildProgram(context, (code) => {
    exitCode = code;
  });
  // Usage errors and --help come back as CommanderError instead of exiting the process.
  program.exitOverride();
  program.configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) });
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) });
  }
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.INVALID_INPUT;
    const { message, exitCode: code } = describeError(e, connection);
    println(io.stderr, message);
    return code;
  }
}
