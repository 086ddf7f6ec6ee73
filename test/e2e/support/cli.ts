import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './platform';

/** The committed bin entry `npx transferlab` runs (packages/cli/bin/transferlab.js). */
export const CLI_BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'transferlab.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A home folder with no config file, so a developer's ~/.config/transferlab never leaks in. */
const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'tl-cli-home-'));

/**
 * Run `transferlab <args>` from the repository root against the platform: the server's base
 * URL and a token in TRANSFERLAB_URL / TRANSFERLAB_TOKEN, as a user's shell would have them.
 */
export function transferlab(args: readonly string[], connection: { url: string; token?: string }, timeoutMs = 120_000): Promise<CliResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRANSFERLAB_')));
  const env = {
    ...base,
    HOME: EMPTY_HOME,
    XDG_CONFIG_HOME: join(EMPTY_HOME, '.config'),
    TRANSFERLAB_URL: connection.url,
    ...(connection.token !== undefined ? { TRANSFERLAB_TOKEN: connection.token } : {}),
  };
  return new Promise((ok) => {
    execFile(process.execPath, [CLI_BIN, ...args], { cwd: REPO_ROOT, env, timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      ok({ code, stdout, stderr });
    });
  });
}

/** The server's base URL from its GraphQL URL (`http://127.0.0.1:4000/graphql` -> `http://127.0.0.1:4000`). */
export const serverUrl = (graphqlUrl: string): string => new URL('/', graphqlUrl).toString().replace(/\/$/, '');
