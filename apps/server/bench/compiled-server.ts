import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { childEnvironment } from '@transferlab/sdk/config';
import { exited, freePort } from '../test/helpers/processes';

/** The compiled server as `npm start` runs it, for the benches that measure it from outside. */
export const MAIN_JS = join(__dirname, '..', 'dist', 'main.js');

export interface CompiledServer {
  readonly process: ChildProcess;
  /** http://127.0.0.1:<port>/graphql */
  readonly url: string;
  /** The server's stdout and stderr so far, when started with `capture`. */
  readonly log: () => string;
  /** A GraphQL request with the bench's token; throws the errors' messages. */
  readonly gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** SIGTERM, wait for the exit, remove the data directory. */
  readonly stop: () => Promise<void>;
}

export interface CompiledServerOptions {
  /** Names the temporary data directory: transferlab-<name>-XXXXXX. */
  readonly name: string;
  readonly token: string;
  /** TRANSFERLAB_* settings besides the data directory, port, token and demo (off). */
  readonly env?: Record<string, string>;
  /** 'capture' keeps the output for log(); 'inherit' shows the server's errors (its stdout is dropped). */
  readonly output?: 'capture' | 'inherit';
}

/** Starts `dist/main.js` on a free loopback port and a fresh data directory; resolves once it answers. */
export async function startCompiledServer(o: CompiledServerOptions): Promise<CompiledServer> {
  const dir = mkdtempSync(join(tmpdir(), `transferlab-${o.name}-`));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const capture = o.output === 'capture';
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: dir,
    stdio: ['ignore', capture ? 'pipe' : 'ignore', capture ? 'pipe' : 'inherit'],
    env: childEnvironment({
      TRANSFERLAB_DATA_DIR: join(dir, 'data'),
      TRANSFERLAB_API_TOKEN: o.token,
      TRANSFERLAB_SERVER_PORT: String(port),
      TRANSFERLAB_DEMO: 'off',
      ...o.env,
    }),
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
    return body.data;
  };
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUp(child, () => gql('{ system { version } }'));
  } catch (e) {
    await stop();
    throw e;
  }
  return { process: child, url, log: () => log, gql, stop };
}

async function waitUp(child: ChildProcess, ask: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      await ask();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('the server did not answer within 120 s');
}

/** Writes a bench's report as JSON (creating its folder) and says where. */
export function writeReport(out: string, report: unknown): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
