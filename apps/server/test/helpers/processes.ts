import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address() as { port: number };
  await new Promise((ok) => srv.close(ok));
  return port;
}

/**
 * Starts a program and resolves once its stdout contains `ready`; rejects with its output if it
 * exits first. Its stderr goes to the test's, prefixed by `label`.
 */
export async function startProcess(label: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv, ready: string): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', (d: Buffer) => process.stderr.write(d.toString().replace(/^(?=.)/gm, `[${label}] `)));
  await new Promise<void>((ok, fail) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      if (out.includes(ready)) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        ok();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${label} exited with code ${code} before it was ready: ${out}`)));
  });
  return child;
}

/** Resolves when the process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => child.once('exit', () => ok()));
}

/** A Redis of the test's own on a loopback port, without persistence: a restart loses every key. */
export async function startRedis(port: number): Promise<ChildProcess> {
  return startProcess('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], process.env, 'Ready to accept connections');
}

/** Where a queue deployment on loopback is: its Redis, database, server port and tokens. */
export interface QueueDeployment {
  readonly driver: 'local' | 'bullmq';
  readonly redisPort: number;
  readonly databaseUrl: string;
  readonly serverPort: number;
  readonly apiToken: string;
  readonly workerToken: string;
}

/**
 * The environment of a server or worker command of that deployment, with its own data
 * directory, one trial process of one thread (and `extra` over it).
 */
export function deploymentEnv(d: QueueDeployment, dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TRANSFERLAB_QUEUE: d.driver,
    TRANSFERLAB_REDIS_URL: `redis://127.0.0.1:${d.redisPort}`,
    TRANSFERLAB_DATABASE_URL: d.databaseUrl,
    TRANSFERLAB_API_TOKEN: d.apiToken,
    TRANSFERLAB_WORKER_TOKEN: d.workerToken,
    TRANSFERLAB_SERVER_PORT: String(d.serverPort),
    TRANSFERLAB_SERVER_URL: `http://127.0.0.1:${d.serverPort}`,
    TRANSFERLAB_DATA_DIR: dataDir,
    TRANSFERLAB_WORKERS: '1',
    TRANSFERLAB_THREADS_PER_WORKER: '1',
    ...extra,
  };
}
