import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import type { RunModelPayload, RunModelResult } from '../pool/run-model-job';
import type { WorkerPool } from '../pool/worker-pool';
import { gatherBatch } from '../train-utils/batches';
import type { FeatureCache } from './feature-cache';
import type { FeatureKey } from './feature-key';
import type { Features } from './feature-file';

export interface PrefixRun {
  readonly pool: WorkerPool;
  /** The frozen prefix (from splitModel): one image input, the cut tensor as its output. */
  readonly prefix: ModelDef;
  /** Where the prefix's .onnx is written once, so workers load it from disk instead of over IPC. */
  readonly modelDir: string;
  /** Dataset images, NCHW float32 flattened, and their [C, H, W]. */
  readonly images: Float32Array;
  readonly imageShape: readonly [number, number, number];
  readonly indices: Int32Array;
  readonly batchSize: number;
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(() => true, () => false);
}

/** Run the prefix over the chosen images in batches across the pool; features in index order. */
export async function computePrefixFeatures(r: PrefixRun): Promise<Features> {
  const bytes = encodeModel(r.prefix);
  const modelKey = createHash('sha256').update(bytes).digest('hex');
  const modelPath = join(r.modelDir, `${modelKey}.onnx`);
  if (!(await exists(modelPath))) {
    await mkdir(r.modelDir, { recursive: true });
    const tmp = `${modelPath}.tmp-${process.pid}`;
    await writeFile(tmp, bytes);
    await rename(tmp, modelPath);
  }
  const input = r.prefix.graph.inputs[0]?.name;
  const output = r.prefix.graph.outputs[0]?.name;
  if (!input || !output) throw new Error('prefix model needs an input and an output');
  const dummy = new Int32Array(r.images.length / r.imageShape.reduce((a, b) => a * b, 1));
  const jobs: Promise<RunModelResult>[] = [];
  for (let s = 0; s < r.indices.length; s += r.batchSize) {
    const b = gatherBatch(r.images, dummy, r.imageShape, r.indices.subarray(s, s + r.batchSize));
    const payload: RunModelPayload = { modelKey, modelPath, feeds: { [input]: { dims: b.dims, data: b.x } }, fetches: [output] };
    jobs.push(r.pool.run<RunModelResult>('run-model', payload));
  }
  const parts = (await Promise.all(jobs)).map((o) => o[output]!);
  if (parts.length === 0) throw new Error('no indices to compute features for');
  const per = parts[0]!.dims.slice(1);
  const data = new Float32Array(r.indices.length * per.reduce((a, b) => a * b, 1));
  let off = 0;
  for (const p of parts) {
    data.set(p.data as Float32Array, off);
    off += p.data.length;
  }
  return { dims: [r.indices.length, ...per], data };
}

/** Features of the frozen prefix for `key`, computed at most once per key and cached. */
export function cachedPrefixFeatures(cache: FeatureCache, key: FeatureKey, run: PrefixRun): Promise<Features> {
  return cache.getOrCompute(key, () => computePrefixFeatures(run));
}
