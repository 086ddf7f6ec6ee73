import { readFile } from 'node:fs/promises';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { processCacheBudget } from '../cache/byte-budget';
import { parkEvictedSession, sessionBytesEstimate } from '../runtime/session-cache';
import { registerJob, type JobContext } from './job-registry';
import { sessionOptions } from './session-options';

export type WireTensorData = Float32Array | BigInt64Array | Int32Array | Uint8Array;

/** A tensor as it crosses the process boundary. */
export interface WireTensor {
  readonly dims: readonly number[];
  readonly data: WireTensorData;
}

export interface RunModelPayload {
  /** Identifies the model in the worker's session table (e.g. its sha256). */
  readonly modelKey: string;
  /** Where to read the model the first time; a path avoids copying large models over IPC. */
  readonly modelPath?: string;
  readonly modelBytes?: Uint8Array;
  readonly feeds: Readonly<Record<string, WireTensor>>;
  /** Output names to fetch; default all outputs. */
  readonly fetches?: readonly string[];
}

export type RunModelResult = Record<string, WireTensor>;

// One session per model in this worker, reused across jobs; the pool's workers each keep their
// own, charged to the worker's cache budget (evicted ones are released after the job).
const sessions = new Map<string, Promise<InferenceSession>>();
const BUDGET_KEY = 'run-model:';

function evict(key: string): void {
  const s = sessions.get(key);
  if (!s) return;
  sessions.delete(key);
  parkEvictedSession(s);
}

async function sessionFor(p: RunModelPayload, ctx: JobContext): Promise<InferenceSession> {
  const key = p.modelKey;
  let s = sessions.get(key);
  if (s) {
    processCacheBudget.touch('sessions', BUDGET_KEY + key);
    return s;
  }
  const bytes = p.modelBytes ?? (p.modelPath ? new Uint8Array(await readFile(p.modelPath)) : undefined);
  if (!bytes) throw new Error(`model '${key}' is not loaded in this worker and the job gave neither modelPath nor modelBytes`);
  // Another job may have created it while the file was read.
  const raced = sessions.get(key);
  if (raced) return raced;
  s = InferenceSession.create(bytes, sessionOptions(ctx.config));
  const created = s;
  sessions.set(key, created);
  created.catch(() => {
    if (sessions.get(key) !== created) return;
    sessions.delete(key);
    processCacheBudget.release('sessions', BUDGET_KEY + key);
  });
  // Larger than the whole budget: used by this job, not kept.
  if (!processCacheBudget.charge('sessions', BUDGET_KEY + key, sessionBytesEstimate(bytes.byteLength), () => evict(key))) sessions.delete(key);
  return created;
}

function toOrt(t: WireTensor): Tensor {
  const d = t.data;
  const dims = [...t.dims];
  if (d instanceof Float32Array) return new Tensor('float32', d, dims);
  if (d instanceof BigInt64Array) return new Tensor('int64', d, dims);
  if (d instanceof Int32Array) return new Tensor('int32', d, dims);
  return new Tensor('bool', d, dims);
}

function fromOrt(t: Tensor): WireTensor {
  const d = t.data;
  if (d instanceof Float32Array || d instanceof BigInt64Array || d instanceof Int32Array || d instanceof Uint8Array) {
    return { dims: [...t.dims], data: d };
  }
  throw new Error(`output of type ${t.type} is not supported over the pool`);
}

export async function runModel(p: RunModelPayload, ctx: JobContext): Promise<RunModelResult> {
  const session = await sessionFor(p, ctx);
  const feeds: Record<string, Tensor> = {};
  for (const [k, v] of Object.entries(p.feeds)) feeds[k] = toOrt(v);
  const out = p.fetches ? await session.run(feeds, [...p.fetches]) : await session.run(feeds);
  const result: RunModelResult = {};
  for (const [k, v] of Object.entries(out)) result[k] = fromOrt(v);
  return result;
}

export function registerRunModelJob(): void {
  registerJob('run-model', (payload, ctx) => runModel(payload as RunModelPayload, ctx));
}
