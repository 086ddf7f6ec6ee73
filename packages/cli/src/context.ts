import { readFile } from 'node:fs/promises';
import type { TransferlabClient } from '@transferlab/client';
import { CliError } from './cli-error';
import type { Connection } from './connection/resolve-connection';
import { EXIT } from './exit-codes';
import type { Io } from './io';

/** What every command gets: where to write, and the client for the resolved server and token. */
export interface CommandContext {
  readonly io: Io;
  readonly cwd: string;
  /** Resolved on first use, so `--help` and local checks never need a server. */
  connection(): Connection;
  client(): TransferlabClient;
}

/** A file the user named, or an input error naming it (and why, without its contents). */
export async function readUserFile(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(EXIT.INVALID_INPUT, `cannot read the ${what} ${path}: ${why}`);
  }
}
