import { readFile } from 'node:fs/promises';
import type { Tensor } from '@transferlab/sdk';
import { LocalEngine } from '../../src/api/local-engine';
import type { LossKind } from '../../src/derive/losses';
import type { ImageShape, ModelInputSpec } from '../../src/preprocess/preprocess-graph';
import { resolveProviders } from '../../src/providers';
import { registerJob, type JobContext } from '../../src/pool/job-registry';

/** A model as workers know it: content-addressed, loaded from a file on first use. */
export interface PooledModelRef {
  /** Hash of the model bytes and of the options below; the worker's registration id. */
  readonly key: string;
  readonly path: string;
  readonly featureTensor?: string;
  readonly preprocess?: { readonly spec: ModelInputSpec; readonly image: ImageShape };
}

export type EngineCall =
  | { readonly method: 'logits'; readonly model: PooledModelRef; readonly images: Tensor }
  | { readonly method: 'features'; readonly model: PooledModelRef; readonly images: Tensor; readonly cut?: string }
  | {
      readonly method: 'inputGradient';
      readonly model: PooledModelRef;
      readonly images: Tensor;
      readonly labels: Int32Array;
      readonly options: { readonly loss: LossKind; readonly targets?: Int32Array };
    };

let engine: LocalEngine | undefined;

/** One LocalEngine per worker, with the worker's provider and thread count. */
function workerEngine(ctx: JobContext): LocalEngine {
  if (!engine) {
    const { active, available } = resolveProviders(ctx.config.executionProvider);
    engine = new LocalEngine({ provider: active, available, intraOpNumThreads: ctx.config.threads, interOpNumThreads: 1 });
  }
  return engine;
}

async function ensureRegistered(e: LocalEngine, m: PooledModelRef): Promise<void> {
  if (e.has(m.key)) return;
  const bytes = new Uint8Array(await readFile(m.path));
  // Another job in this worker may have registered it while the file was read.
  if (!e.has(m.key)) e.register(m.key, { model: bytes, ...(m.featureTensor ? { featureTensor: m.featureTensor } : {}), ...(m.preprocess ? { preprocess: m.preprocess } : {}) });
}

export async function engineCall(call: EngineCall, ctx: JobContext): Promise<unknown> {
  const e = workerEngine(ctx);
  await ensureRegistered(e, call.model);
  const ref = { id: call.model.key };
  switch (call.method) {
    case 'logits': return e.logits(ref, call.images);
    case 'features': return e.features(ref, call.images, call.cut);
    case 'inputGradient': return e.inputGradient(ref, call.images, call.labels, call.options);
  }
}

export function registerEngineJobs(): void {
  registerJob('engine-call', (payload, ctx) => engineCall(payload as EngineCall, ctx));
}
