import { join } from 'node:path';
import { createEngine, FeatureCache, type ExecutionProviderSetting } from '@transferlab/engine';
import type { Dataset, DatasetSpec, EngineApi, SourceModel } from '@transferlab/sdk';

export interface WorkerEngineOptions {
  readonly threads: number;
  readonly provider: ExecutionProviderSetting;
  readonly dataDir: string;
  readonly models: (id: string) => Promise<SourceModel>;
  readonly datasets: (spec: DatasetSpec) => Promise<Dataset>;
}

/** Bound on the in-memory frozen-prefix features shared by the trials of one worker. */
export const FEATURE_CACHE_BYTES = 512 * 1024 * 1024;

let engine: EngineApi | undefined;
let current: WorkerEngineOptions;

/**
 * The one engine of this worker process: every analysis gets the whole EngineApi (logits,
 * features, gradients, fine-tuning), with the configured execution provider, and trials of
 * the same source, target and depth share the cached frozen-prefix features. The resolvers
 * are read on each call, so the latest job's models and datasets are the ones seen.
 */
export function workerEngine(o: WorkerEngineOptions): EngineApi {
  current = o;
  engine ??= createEngine({
    models: (id) => current.models(id),
    datasets: (spec) => current.datasets(spec),
    session: { provider: o.provider, intraOpNumThreads: o.threads },
    featureCache: new FeatureCache({ maxMemoryBytes: FEATURE_CACHE_BYTES, dir: join(o.dataDir, 'cache', 'features') }),
  });
  return engine;
}
