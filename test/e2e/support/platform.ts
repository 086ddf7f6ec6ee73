import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const START_SCRIPT = join(REPO_ROOT, 'scripts', 'start.mjs');

/** A loopback port that was free a moment ago (bind port 0, read it, release it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * The environment of a platform started by a test: the caller's, minus any TRANSFERLAB_*
 * (a developer's own settings must not leak in), plus the given variables.
 */
export function platformEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRANSFERLAB_')));
  // `npm start` turns the demo sweep on by default; tests start it only when they ask.
  return { ...base, NEXT_TELEMETRY_DISABLED: '1', TRANSFERLAB_DEMO: 'off', ...vars };
}

export interface RunningProcess {
  readonly child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  /** Waits until the output matches, failing with the output so far after timeoutMs. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

/** Run `node <args>` from the repository root, collecting its output. */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    text += chunk.toString();
    listeners.forEach((l) => l());
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | string>((ok) => child.on('exit', (code, signal) => ok(code ?? signal ?? -1)));
  let done = false;
  void exited.then(() => {
    done = true;
    listeners.forEach((l) => l());
  });
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((ok, fail) => {
        const check = (): void => {
          const m = text.match(pattern);
          if (m) finish(() => ok(m));
          else if (done) finish(() => fail(new Error(`process exited before printing ${String(pattern)}; output:\n${text}`)));
        };
        const timer = setTimeout(
          () => finish(() => fail(new Error(`no ${String(pattern)} within ${timeoutMs} ms; output:\n${text}`))),
          timeoutMs,
        );
        const finish = (f: () => void): void => {
          clearTimeout(timer);
          listeners.delete(check);
          f();
        };
        listeners.add(check);
        check();
      }),
  };
}

export interface Platform {
  readonly dashboardUrl: string;
  readonly graphqlUrl: string;
  readonly process: RunningProcess;
  /** SIGTERM, as a terminal's Ctrl-C or a service manager would; resolves with the exit code. */
  stop(): Promise<number | string>;
}

/** Start scripts/start.mjs (server + dashboard, already built) and wait for its URL lines. */
export async function startPlatform(vars: Record<string, string>, timeoutMs = 90_000): Promise<Platform> {
  const proc = runNode([START_SCRIPT], platformEnv(vars));
  try {
    const [, dashboardUrl, graphqlUrl] = await proc.waitFor(/Dashboard:\s+(\S+)\n\s+GraphQL API:\s+(\S+)/, timeoutMs);
    return {
      dashboardUrl: dashboardUrl!,
      graphqlUrl: graphqlUrl!,
      process: proc,
      stop: () => {
        proc.child.kill('SIGTERM');
        return proc.exited;
      },
    };
  } catch (e) {
    proc.child.kill('SIGKILL');
    throw e;
  }
}
