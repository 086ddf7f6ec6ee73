import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXECUTION_PROVIDERS } from '../engine-api';
import {
  DEFAULT_MAX_MODEL_BYTES,
  DEFAULT_MAX_TRIALS_PER_RUN,
  DEFAULT_QUEUE_STALL_S,
  DEFAULT_TRIAL_TIMEOUT_S,
  DEFAULT_WORKER_IDLE_RELEASE_S,
  defaultDatabasePath,
  httpUrl,
  defaultWorkerMemoryMb,
  defaultWorkerRecycleMb,
  defaultWorkerCacheMb,
  intRange,
  defaultWorkers,
  oneOf,
  parseDatabaseUrl,
  pathList,
  port,
  positiveInt,
  type TransferlabConfig,
} from './schema';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The variables, with what each accepts: the single source for validation messages and the README. */
export const CONFIG_VARIABLES = [
  { name: 'TRANSFERLAB_DATA_DIR', accepts: 'a folder path', defaultText: './.transferlab', description: 'Where the database, caches and artifacts live.' },
  { name: 'TRANSFERLAB_DATABASE_URL', accepts: 'sqlite:<path> or postgres://user@host:port/db', defaultText: 'sqlite:<data dir>/transferlab.sqlite', description: 'Result store.' },
  { name: 'TRANSFERLAB_EXECUTION_PROVIDER', accepts: 'one of cpu, cuda, webgpu, auto', defaultText: 'cpu', description: 'ONNX Runtime execution provider; auto uses CUDA when available, else CPU; webgpu needs a GPU adapter (checked at start).' },
  { name: 'TRANSFERLAB_WORKERS', accepts: 'an integer from 1 to 256', defaultText: 'cores - 1, at least 1', description: 'Worker processes running ONNX Runtime.' },
  { name: 'TRANSFERLAB_THREADS_PER_WORKER', accepts: 'an integer from 1 to 256', defaultText: '(cores - 1) / workers, at least 1', description: 'ONNX Runtime intra-op threads in each worker.' },
  { name: 'TRANSFERLAB_HOST', accepts: 'a host name or IP address', defaultText: '127.0.0.1', description: 'Interface the server and dashboard listen on.' },
  { name: 'TRANSFERLAB_SERVER_PORT', accepts: 'an integer from 1 to 65535', defaultText: '4000', description: 'GraphQL server port.' },
  { name: 'TRANSFERLAB_DASHBOARD_PORT', accepts: 'an integer from 1 to 65535', defaultText: '3000', description: 'Dashboard port.' },
  { name: 'TRANSFERLAB_API_TOKEN', accepts: 'at least 16 characters', defaultText: 'generated, saved in <data dir>/api-token', description: 'Bearer token required for mutations.' },
  { name: 'TRANSFERLAB_PLUGINS_CONFIG', accepts: 'path of an existing JSON file', defaultText: './transferlab.config.json if present', description: 'Names external plugins (npm packages or local folders).' },
  { name: 'TRANSFERLAB_DATASET_ROOTS', accepts: 'folder paths separated by ":"', defaultText: '<data dir>/datasets', description: 'The only folders dataset files may be read from.' },
  { name: 'TRANSFERLAB_MODEL_ROOTS', accepts: 'folder paths separated by ":"', defaultText: '<data dir>/models', description: 'The only folders ONNX model files may be read from.' },
  { name: 'TRANSFERLAB_MAX_TRIALS_PER_RUN', accepts: 'an integer from 1 to 10000000', defaultText: '20000', description: 'Most trials one run may expand into; a larger startRun is refused at once.' },
  { name: 'TRANSFERLAB_MAX_MODEL_BYTES', accepts: 'an integer from 1 to 2147483647', defaultText: '536870912 (512 MiB)', description: 'Largest ONNX model file accepted (upload, import, configuration).' },
  { name: 'TRANSFERLAB_WORKER_MEMORY_MB', accepts: 'an integer from 256 to 4194304', defaultText: '3/4 of RAM / workers, at least 1024', description: 'Memory cap of each trial worker: the V8 heap at 3/4 of it and, on Linux, the data segment (RLIMIT_DATA: heap and anonymous memory, not reserved address space). A trial past it fails with that reason and is not retried.' },
  { name: 'TRANSFERLAB_WORKER_RECYCLE_MB', accepts: 'an integer from 64 to 4194304', defaultText: '1/2 of TRANSFERLAB_WORKER_MEMORY_MB', description: 'After each trial a worker releases what it can and measures its resident memory (RSS); a worker still above this is replaced by a fresh one, with the reason logged.' },
  { name: 'TRANSFERLAB_WORKER_CACHE_MB', accepts: 'an integer from 16 to 4194304', defaultText: '1/4 of TRANSFERLAB_WORKER_MEMORY_MB, at most 1/2 of TRANSFERLAB_WORKER_RECYCLE_MB', description: "One byte budget shared by each worker's caches (decoded datasets, frozen-prefix features, ONNX Runtime sessions); past it the least recently used entries are dropped (features stay on disk). Must be below TRANSFERLAB_WORKER_RECYCLE_MB." },
  { name: 'TRANSFERLAB_WORKER_IDLE_RELEASE_S', accepts: 'an integer from 0 to 86400', defaultText: '10', description: 'A worker idle (no trial) this long releases its caches, ONNX Runtime sessions and datasets; if its resident memory (RSS) is then still over 1.5x what it was at start, it is replaced by a fresh one, with the reason logged. 0 turns this off.' },
  { name: 'TRANSFERLAB_TRIAL_TIMEOUT_S', accepts: 'an integer from 1 to 2592000', defaultText: '21600 (6 hours)', description: 'Longest one trial may run; its worker is then killed and replaced, and the trial fails with that reason (not retried).' },
  { name: 'TRANSFERLAB_QUEUE', accepts: 'one of local, bullmq', defaultText: 'local', description: 'Trial queue driver.' },
  { name: 'TRANSFERLAB_REDIS_URL', accepts: 'redis://host:port', defaultText: 'redis://127.0.0.1:6379', description: 'Redis for the bullmq queue.' },
  { name: 'TRANSFERLAB_QUEUE_STALL_S', accepts: 'an integer from 2 to 3600', defaultText: '30', description: 'bullmq: lock duration of a running trial and how often workers look for stalled ones; a worker lost mid-trial has its trial retried elsewhere after about this long.' },
  { name: 'TRANSFERLAB_WORKER_TOKEN', accepts: 'at least 16 characters', defaultText: 'none (the worker file route refuses every request)', description: 'bullmq: bearer token with which workers fetch models and datasets from the server; set the same value on the server and every worker.' },
  { name: 'TRANSFERLAB_SERVER_URL', accepts: 'http(s)://host:port', defaultText: 'http://127.0.0.1:4000', description: 'Worker command: the server it fetches models and datasets from.' },
  { name: 'TRANSFERLAB_GROUP_TRIALS', accepts: 'one of on, off', defaultText: 'on', description: 'compatible trials of a run (an analysis with groupKey and runGroup, e.g. depth-0 transfer trials of one source and target) run as one worker job, up to 16 at a time (bullmq: one queue job that a worker command takes); off: every trial is its own job.' },
  { name: 'TRANSFERLAB_DEMO', accepts: 'one of on, off', defaultText: 'off; `npm start` sets on', description: 'On a first start (no runs yet), start the demo transfer sweep once.' },
] as const;

type VarName = (typeof CONFIG_VARIABLES)[number]['name'];

/**
 * Parse and validate the configuration from an environment. Every problem is reported at
 * once, each naming its variable and what it accepts. The only reader of process.env is
 * loadConfig() below.
 */
export function parseConfig(env: Env, cwd: string = process.cwd()): TransferlabConfig {
  const problems: string[] = [];
  const accepts = (n: VarName): string => CONFIG_VARIABLES.find((v) => v.name === n)?.accepts ?? '';
  function read<T>(name: VarName, parse: (t: string) => T | undefined, fallback: () => T): T {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback();
    const value = parse(raw.trim());
    if (value === undefined) {
      problems.push(`${name}=${JSON.stringify(raw)} is not valid: accepts ${accepts(name)}`);
      return fallback();
    }
    return value;
  }

  const dataDir = read('TRANSFERLAB_DATA_DIR', (t) => resolve(cwd, t), () => resolve(cwd, '.transferlab'));
  const database = read('TRANSFERLAB_DATABASE_URL', (t) => parseDatabaseUrl(t, cwd), () => ({
    type: 'sqlite' as const,
    path: defaultDatabasePath(dataDir),
  }));
  const executionProvider = read('TRANSFERLAB_EXECUTION_PROVIDER', oneOf(EXECUTION_PROVIDERS), () => 'cpu' as const);
  const workers = read('TRANSFERLAB_WORKERS', positiveInt(256), defaultWorkers);
  const threadsPerWorker = read('TRANSFERLAB_THREADS_PER_WORKER', positiveInt(256), () =>
    Math.max(1, Math.floor(defaultWorkers() / workers)),
  );
  const host = read('TRANSFERLAB_HOST', (t) => (/^[A-Za-z0-9.:[\]-]+$/.test(t) ? t : undefined), () => '127.0.0.1');
  const serverPort = read('TRANSFERLAB_SERVER_PORT', port, () => 4000);
  const dashboardPort = read('TRANSFERLAB_DASHBOARD_PORT', port, () => 3000);
  if (serverPort === dashboardPort && env.TRANSFERLAB_SERVER_PORT && env.TRANSFERLAB_DASHBOARD_PORT) {
    problems.push(`TRANSFERLAB_SERVER_PORT and TRANSFERLAB_DASHBOARD_PORT are both ${serverPort}: they must differ`);
  }
  const apiToken = read('TRANSFERLAB_API_TOKEN', (t) => (t.length >= 16 ? t : undefined), () => undefined);
  const pluginConfigFile = read(
    'TRANSFERLAB_PLUGINS_CONFIG',
    (t) => (existsSync(resolve(cwd, t)) ? resolve(cwd, t) : undefined),
    () => (existsSync(join(cwd, 'transferlab.config.json')) ? join(cwd, 'transferlab.config.json') : undefined),
  );
  const datasetRoots = read('TRANSFERLAB_DATASET_ROOTS', pathList(cwd), () => [join(dataDir, 'datasets')]);
  const modelRoots = read('TRANSFERLAB_MODEL_ROOTS', pathList(cwd), () => [join(dataDir, 'models')]);
  const maxModelBytes = read('TRANSFERLAB_MAX_MODEL_BYTES', positiveInt(2_147_483_647), () => DEFAULT_MAX_MODEL_BYTES);
  const maxTrialsPerRun = read('TRANSFERLAB_MAX_TRIALS_PER_RUN', positiveInt(10_000_000), () => DEFAULT_MAX_TRIALS_PER_RUN);
  const workerMemoryMb = read('TRANSFERLAB_WORKER_MEMORY_MB', intRange(256, 4_194_304), () => defaultWorkerMemoryMb(workers));
  const workerRecycleMb = read('TRANSFERLAB_WORKER_RECYCLE_MB', intRange(64, 4_194_304), () => defaultWorkerRecycleMb(workerMemoryMb));
  const workerCacheMb = read('TRANSFERLAB_WORKER_CACHE_MB', intRange(16, 4_194_304), () => defaultWorkerCacheMb(workerMemoryMb, workerRecycleMb));
  if (env.TRANSFERLAB_WORKER_CACHE_MB && workerCacheMb >= workerRecycleMb) {
    problems.push(`TRANSFERLAB_WORKER_CACHE_MB (${workerCacheMb}) must be below TRANSFERLAB_WORKER_RECYCLE_MB (${workerRecycleMb}): a worker whose caches fill their budget would be replaced after every trial`);
  }
  const workerIdleReleaseS = read('TRANSFERLAB_WORKER_IDLE_RELEASE_S', intRange(0, 86_400), () => DEFAULT_WORKER_IDLE_RELEASE_S);
  const trialTimeoutS = read('TRANSFERLAB_TRIAL_TIMEOUT_S', intRange(1, 2_592_000), () => DEFAULT_TRIAL_TIMEOUT_S);
  const driver = read('TRANSFERLAB_QUEUE', oneOf(['local', 'bullmq'] as const), () => 'local' as const);
  const redisUrl = read(
    'TRANSFERLAB_REDIS_URL',
    (t) => (/^rediss?:\/\/[^\s]+$/.test(t) ? t : undefined),
    () => 'redis://127.0.0.1:6379',
  );
  const queueStallS = read('TRANSFERLAB_QUEUE_STALL_S', intRange(2, 3600), () => DEFAULT_QUEUE_STALL_S);
  const workerToken = read('TRANSFERLAB_WORKER_TOKEN', (t) => (t.length >= 16 ? t : undefined), () => undefined);
  const serverUrl = read('TRANSFERLAB_SERVER_URL', httpUrl, () => 'http://127.0.0.1:4000');
  const groupTrials = read('TRANSFERLAB_GROUP_TRIALS', oneOf(['on', 'off'] as const), () => 'on' as const) === 'on';
  const demo = read('TRANSFERLAB_DEMO', oneOf(['on', 'off'] as const), () => 'off' as const) === 'on';

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    dataDir,
    database,
    executionProvider,
    workers,
    threadsPerWorker,
    host,
    serverPort,
    dashboardPort,
    apiToken,
    pluginConfigFile,
    datasetRoots,
    modelRoots,
    maxModelBytes,
    maxTrialsPerRun,
    workerMemoryMb,
    workerRecycleMb,
    workerCacheMb,
    workerIdleReleaseS,
    trialTimeoutS,
    queue: driver === 'local' ? { driver } : { driver, redisUrl, stallS: queueStallS },
    workerToken,
    serverUrl,
    groupTrials,
    demo,
  });
}

/** The configuration of this process: the one place that reads process.env. */
export function loadConfig(cwd?: string): TransferlabConfig {
  return parseConfig(process.env, cwd);
}

/** The variables a client of the platform (the `transferlab` command) reads: where the server is, its token, the client's config file. */
export interface ClientEnvironment {
  readonly TRANSFERLAB_URL?: string | undefined;
  readonly TRANSFERLAB_TOKEN?: string | undefined;
  readonly TRANSFERLAB_CONFIG?: string | undefined;
  readonly XDG_CONFIG_HOME?: string | undefined;
}

/** The client's variables from this process's environment (read here, the one place that reads process.env). */
export function clientEnvironment(): ClientEnvironment {
  const { TRANSFERLAB_URL, TRANSFERLAB_TOKEN, TRANSFERLAB_CONFIG, XDG_CONFIG_HOME } = process.env;
  return { TRANSFERLAB_URL, TRANSFERLAB_TOKEN, TRANSFERLAB_CONFIG, XDG_CONFIG_HOME };
}

/**
 * The environment for a child Transferlab process (a server a bench starts): this process's
 * environment with the given variables set, so the child's configuration module reads them.
 */
export function childEnvironment(overrides: Env): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
