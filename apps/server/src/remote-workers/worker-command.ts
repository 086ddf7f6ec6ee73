import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { ConfigError, type TransferlabConfig } from '@transferlab/sdk/config';
import { dataSourceOptions } from '../database/data-source-options';
import { checkRedis, redisWhere } from '../queue/redis-connection';
import { TrialWorkerNode } from './trial-worker-node';

export const WORKER_USAGE = `usage: transferlab-worker [--workers N] [--grace SECONDS]

Runs trials of a Transferlab server's bullmq queue on this machine. Configuration comes from
the environment: TRANSFERLAB_QUEUE=bullmq, TRANSFERLAB_REDIS_URL, TRANSFERLAB_DATABASE_URL
(PostgreSQL), TRANSFERLAB_SERVER_URL and TRANSFERLAB_WORKER_TOKEN (models and datasets are
fetched from the server), TRANSFERLAB_DATA_DIR (this machine's cache), TRANSFERLAB_WORKERS,
TRANSFERLAB_THREADS_PER_WORKER, TRANSFERLAB_EXECUTION_PROVIDER. See docs/distributed.md.

  --workers N      trial processes on this machine (default TRANSFERLAB_WORKERS)
  --grace SECONDS  on SIGTERM/SIGINT, how long running trials may finish before they are
                   handed back to the queue (default 60)`;

export interface WorkerArgs {
  readonly workers: number | undefined;
  readonly graceS: number;
  readonly help: boolean;
}

/** Parses the command line; a bad flag names itself. */
export function parseWorkerArgs(argv: readonly string[]): WorkerArgs {
  let workers: number | undefined;
  let graceS = 60;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const int = (max: number): number => {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v) || Number(v) < 0 || Number(v) > max) throw new Error(`${flag}: expected an integer from 0 to ${max}, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
      return Number(v);
    };
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--workers') {
      workers = int(256);
      if (workers === 0) throw new Error('--workers: expected an integer from 1 to 256, got "0"');
    } else if (flag === '--grace') graceS = int(86_400);
    else throw new Error(`unknown argument ${JSON.stringify(flag)}\n${WORKER_USAGE}`);
  }
  return { workers, graceS, help };
}

type BullmqConfig = TransferlabConfig & { queue: { driver: 'bullmq'; redisUrl: string; stallS: number } };

/** Connects to the database without touching its schema (the server owns migrations); a failure names the variable. */
async function connectDatabase(config: TransferlabConfig): Promise<DataSource> {
  const db = new DataSource({ ...dataSourceOptions(config), migrationsRun: false });
  try {
    return await db.initialize();
  } catch (e) {
    const where = config.database.type === 'postgres' ? new URL(config.database.url).host : config.database.path;
    throw new Error(`cannot reach the database at ${where} (TRANSFERLAB_DATABASE_URL): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Starts the worker command and runs until SIGTERM/SIGINT; exit code 1 with one message on any start failure. */
export async function runWorkerCommand(argv: readonly string[], load: () => TransferlabConfig): Promise<void> {
  let node: TrialWorkerNode | undefined;
  let db: DataSource | undefined;
  try {
    const args = parseWorkerArgs(argv);
    if (args.help) {
      process.stdout.write(`${WORKER_USAGE}\n`);
      return;
    }
    const loaded = load();
    if (loaded.queue.driver !== 'bullmq') throw new Error('the worker command needs TRANSFERLAB_QUEUE=bullmq and TRANSFERLAB_REDIS_URL (the queue the server fills)');
    const config = { ...loaded, ...(args.workers !== undefined ? { workers: args.workers } : {}) } as BullmqConfig;
    if (config.database.type === 'sqlite') process.stderr.write('transferlab worker: warning: a SQLite database is only reachable on this machine; use PostgreSQL (TRANSFERLAB_DATABASE_URL) for workers on several machines\n');
    await checkRedis(config.queue.redisUrl);
    db = await connectDatabase(config);
    node = new TrialWorkerNode(config, db);
    process.stdout.write(
      `transferlab worker ${node.id} on ${hostname()}: ${config.workers} trial process(es) x ${config.threadsPerWorker} thread(s), queue at ${redisWhere(config.queue.redisUrl)}, files from ${config.serverUrl}\n`,
    );
    const stop = (): void => {
      const n = node;
      node = undefined;
      if (!n) return;
      process.stdout.write('transferlab worker: stopping (running trials finish or are handed back)\n');
      void n
        .close(args.graceS * 1000)
        .then(() => db?.destroy())
        .then(
          () => process.exit(0),
          (e: unknown) => {
            process.stderr.write(`transferlab worker: ${e instanceof Error ? e.message : String(e)}\n`);
            process.exit(1);
          },
        );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  } catch (e) {
    await db?.destroy().catch(() => undefined);
    const text = e instanceof ConfigError ? e.message : `transferlab worker could not start: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${text}\n`);
    process.exit(1);
  }
}
