import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Tensor } from '@transferlab/sdk';
import type { LossKind } from '../../src/derive/losses';
import { encodeModel } from '../../src/onnx/codec';
import type { ModelDef } from '../../src/onnx/ir';
import type { ImageShape, ModelInputSpec } from '../../src/preprocess/preprocess-graph';
import { resolveProviders, type ExecutionProviderSetting } from '../../src/providers';
import type { EngineCall, PooledModelRef } from './engine-jobs';
import { validateModel, type ValidateOptions } from '../../src/validate/validate-model';
import type { WorkerEntry } from '../../src/pool/worker-entry';
import type { WorkerPool } from '../../src/pool/worker-pool';

export interface PooledModelSpec {
  readonly model: Uint8Array | ModelDef;
  readonly featureTensor?: string;
  readonly preprocess?: { readonly spec: ModelInputSpec; readonly image: ImageShape };
}

export interface PooledEngineOptions {
  /** Where registered models are written once, for workers to load (content-addressed). */
  readonly modelDir: string;
  readonly executionProvider: ExecutionProviderSetting;
  /** Checks on registered models before any worker loads them (defaults: validateModel's). */
  readonly validation?: ValidateOptions;
}

export class UnknownPooledModelError extends Error {
  constructor(id: string, known: readonly string[]) {
    super(`engine: no model '${id}'; registered: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownPooledModelError';
  }
}

/** Workers that know PooledEngine's job (bench-worker-main.ts, started through tsx like the bench). */
export function pooledEngineWorkerEntry(): WorkerEntry {
  return { path: join(__dirname, 'bench-worker-main.ts'), execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] };
}

/**
 * A bench-only engine (pool-overhead.ts): `logits`, `features` and `inputGradient` with every
 * ONNX Runtime call in the worker pool, so the caller's event loop only copies tensors. Each
 * worker keeps its own LocalEngine and registers a model the first time a job names it,
 * reading it from a content-addressed file. Models are immutable here: a trained model is
 * registered anew.
 */
export class PooledEngine {
  private readonly models = new Map<string, PooledModelRef>();

  constructor(
    private readonly pool: WorkerPool,
    private readonly options: PooledEngineOptions,
  ) {}

  providers(): { readonly available: readonly string[]; readonly active: string } {
    return resolveProviders(this.options.executionProvider);
  }

  async register(id: string, spec: PooledModelSpec): Promise<void> {
    const bytes = spec.model instanceof Uint8Array ? spec.model : encodeModel(spec.model);
    // Refuse a bad model here, with a ModelValidationError, not as a native fault in a worker.
    validateModel(bytes, this.options.validation);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const path = join(this.options.modelDir, `${sha}.onnx`);
    if (!(await access(path).then(() => true, () => false))) {
      await mkdir(this.options.modelDir, { recursive: true });
      const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
      await writeFile(tmp, bytes);
      await rename(tmp, path);
    }
    const options = JSON.stringify([spec.featureTensor ?? null, spec.preprocess ?? null]);
    const key = createHash('sha256').update(sha).update(options).digest('hex').slice(0, 32);
    this.models.set(id, { key, path, ...(spec.featureTensor ? { featureTensor: spec.featureTensor } : {}), ...(spec.preprocess ? { preprocess: spec.preprocess } : {}) });
  }

  has(id: string): boolean {
    return this.models.has(id);
  }

  logits(ref: { readonly id: string }, images: Tensor): Promise<Tensor> {
    return this.call(ref.id, (model) => ({ method: 'logits', model, images }));
  }

  features(ref: { readonly id: string }, images: Tensor, cut?: string): Promise<Tensor> {
    return this.call(ref.id, (model) => ({ method: 'features', model, images, ...(cut ? { cut } : {}) }));
  }

  inputGradient(
    ref: { readonly id: string },
    images: Tensor,
    labels: Int32Array,
    options: { readonly loss: LossKind; readonly targets?: Int32Array },
  ): Promise<{ readonly loss: Float32Array; readonly gradient: Tensor; readonly logits?: Tensor }> {
    return this.call(ref.id, (model) => ({ method: 'inputGradient', model, images, labels, options }));
  }

  private call<T>(id: string, make: (model: PooledModelRef) => EngineCall): Promise<T> {
    const m = this.models.get(id);
    if (!m) return Promise.reject(new UnknownPooledModelError(id, [...this.models.keys()]));
    return this.pool.run<T>('engine-call', make(m));
  }
}
