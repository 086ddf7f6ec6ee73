import { availableParallelism, totalmem } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import type { ExecutionProviderSetting } from '../engine-api';

/** The validated configuration every part of Transferlab receives. */
export interface TransferlabConfig {
  readonly dataDir: string;
  readonly database: { readonly type: 'sqlite'; readonly path: string } | { readonly type: 'postgres'; readonly url: string };
  readonly executionProvider: ExecutionProviderSetting;
  readonly workers: number;
  /** ONNX Runtime intra-op threads per worker. */
  readonly threadsPerWorker: number;
  readonly host: string;
  readonly serverPort: number;
  readonly dashboardPort: number;
  /** Token required for GraphQL mutations; undefined means one is generated at boot. */
  readonly apiToken: string | undefined;
  /** transferlab.config.json naming external plugins, if any. */
  readonly pluginConfigFile: string | undefined;
  readonly datasetRoots: readonly string[];
  readonly modelRoots: readonly string[];
  /** Largest ONNX model file accepted, in bytes (uploads stop at it; imports and synced files are checked). */
  readonly maxModelBytes: number;
  /** Most trials one run may expand into; a larger request is refused before it is expanded. */
  readonly maxTrialsPerRun: number;
  /** Memory cap of each trial worker, in MB (V8 heap and, on Linux, RLIMIT_DATA). */
  readonly workerMemoryMb: number;
  /** A trial worker whose resident memory after a trial (once it released what it can) is above this many MB is replaced. */
  readonly workerRecycleMb: number;
  /** One byte budget, in MB, shared by a trial worker's caches (decoded datasets, prefix features, ONNX Runtime sessions). */
  readonly workerCacheMb: number;
  /** Seconds a trial worker may stay idle before it releases what it can (and is replaced if still over 1.5x its start); 0: never. */
  readonly workerIdleReleaseS: number;
  /** Longest one trial may run, in seconds; its worker is then killed and the trial fails. */
  readonly trialTimeoutS: number;
  /** bullmq: `stallS` is a running trial's lock duration and the stalled-job check interval. */
  readonly queue: { readonly driver: 'local' } | { readonly driver: 'bullmq'; readonly redisUrl: string; readonly stallS: number };
  /** Bearer token of the worker file route (models and datasets by checksum); undefined: the route refuses. */
  readonly workerToken: string | undefined;
  /** Worker command: the server's base URL (http://host:port). */
  readonly serverUrl: string;
  /** Run compatible trials of a run as one worker job (local queue; analyses with groupKey and runGroup). */
  readonly groupTrials: boolean;
  /** Start the demo sweep on a first start (no runs yet); `npm start` turns it on. */
  readonly demo: boolean;
}

/** One environment variable: what it accepts (shown in errors and in the README table) and its parser. */
export interface VariableSpec<T> {
  readonly name: string;
  readonly accepts: string;
  readonly defaultText: string;
  readonly description: string;
  /** Returns the value, or undefined when the text is not acceptable. */
  parse(text: string): T | undefined;
}

export function positiveInt(max: number): (t: string) => number | undefined {
  return (t) => (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= max ? Number(t) : undefined);
}

export function oneOf<T extends string>(values: readonly T[]): (t: string) => T | undefined {
  return (t) => (values as readonly string[]).includes(t) ? (t as T) : undefined;
}

/** An integer in [min, max]. */
export function intRange(min: number, max: number): (t: string) => number | undefined {
  return (t) => (/^\d+$/.test(t) && Number(t) >= min && Number(t) <= max ? Number(t) : undefined);
}

export const port = positiveInt(65535);

export function pathList(cwd: string): (t: string) => string[] | undefined {
  return (t) => {
    const parts = t.split(delimiter).filter((p) => p.length > 0);
    return parts.length > 0 ? parts.map((p) => resolve(cwd, p)) : undefined;
  };
}

export function parseDatabaseUrl(
  text: string,
  cwd: string,
): TransferlabConfig['database'] | undefined {
  if (text.startsWith('postgres://') || text.startsWith('postgresql://')) {
    try {
      new URL(text);
      return { type: 'postgres', url: text };
    } catch {
      return undefined;
    }
  }
  if (text.startsWith('sqlite:')) {
    const path = text.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') return undefined;
    return { type: 'sqlite', path: path === ':memory:' ? path : isAbsolute(path) ? path : resolve(cwd, path) };
  }
  return undefined;
}

/** 512 MiB, the engine's own validation limit (DEFAULT_LIMITS.maxBytes). */
export const DEFAULT_MAX_MODEL_BYTES = 512 * 1024 * 1024;

export const DEFAULT_MAX_TRIALS_PER_RUN = 20_000;

/**
 * 30 s: the lock is renewed by the worker's event loop (trials run in child processes), so it
 * need not cover a trial; it bounds how long a lost worker's trial waits before it is retried.
 */
export const DEFAULT_QUEUE_STALL_S = 30;

/** An http(s) URL without a trailing slash. */
export function httpUrl(t: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/.test(t)) return undefined;
  try {
    new URL(t);
    return t.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/**
 * 10 s: longer than the gap between the trials of a run (so caches stay warm within it), short
 * enough that a finished run's memory is given back well within a minute.
 */
export const DEFAULT_WORKER_IDLE_RELEASE_S = 10;

/** 6 hours: longer than any trial of the reference study on CPU, short enough to free a stuck worker. */
export const DEFAULT_TRIAL_TIMEOUT_S = 6 * 60 * 60;

/**
 * Each worker's share of three quarters of the machine's RAM, at least 1024 MB. A transfer
 * trial's worker (zoo ResNet-8 on 28x28 images) peaks at about 210 MB of data segment and
 * 250 MB resident, so the floor leaves it 4x; bigger models get the machine's share.
 */
export const defaultWorkerMemoryMb = (workers: number, totalBytes: number = totalmem()): number =>
  Math.max(1024, Math.floor((totalBytes * 0.75) / 2 ** 20 / Math.max(1, workers)));

/** Default recycle threshold of a trial worker: half its memory cap (a worker starts at about 200 MB). */
export const defaultWorkerRecycleMb = (workerMemoryMb: number): number => Math.max(64, Math.floor(workerMemoryMb / 2));

/**
 * Default cache budget of a trial worker: a quarter of its memory cap, and at most half its
 * recycle threshold, so a worker (about 200 MB at start) with full caches stays under the
 * threshold and keeps them.
 */
export const defaultWorkerCacheMb = (workerMemoryMb: number, workerRecycleMb: number): number =>
  Math.max(16, Math.floor(Math.min(workerMemoryMb / 4, workerRecycleMb / 2)));

export const defaultDatabasePath = (dataDir: string): string => join(dataDir, 'transferlab.sqlite');

/** Trial workers by default: one core is left to the API server (and the dashboard), at least one worker. */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);
