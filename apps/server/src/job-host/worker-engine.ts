import { join } from 'node:path';
import { createEngine, FeatureCache, processCacheBudget, type Engine, type ExecutionProviderSetting } from '@transferlab/engine';
import type { EngineApi, SourceModel } from '@transferlab/sdk';

export interface WorkerEngineOptions {
  readonly threads: number;
  readonly provider: ExecutionProviderSetting;
  readonly dataDir: string;
  readonly models: (id: string) => Promise<SourceModel>;
  /** Keep frozen-prefix features (memory + `<data dir>/cache/features`); default true. The transfer bench turns it off to compare. */
  readonly featureCache?: boolean;
}

/** The engine, its feature cache, and the latest job's model resolver it reads on each call. */
interface Held {
  engine: Engine;
  features: FeatureCache | undefined;
  current: WorkerEngineOptions;
}

/** One engine per data directory and cache mode (one in a server worker; the bench uses several). */
const engines = new Map<string, Held>();

/**
 * The one engine of this worker process: every analysis gets the whole EngineApi (logits,
 * features, gradients, fine-tuning), with the configured execution provider, and trials of
 * the same source, target and depth share the cached frozen-prefix features. The model
 * resolver is read on each call, so the latest job's models are the ones seen; datasets come
 * with each fine-tuning request, loaded by the analysis.
 */
export function workerEngine(o: WorkerEngineOptions): EngineApi {
  const cached = o.featureCache !== false;
  const key = `${o.dataDir}|${cached}`;
  let held = engines.get(key);
  if (!held) {
    // The features in memory charge the worker's cache budget (with its datasets and sessions); evicted ones are read again from disk.
    const features = cached ? new FeatureCache({ budget: processCacheBudget, dir: join(o.dataDir, 'cache', 'features') }) : undefined;
    const h = { current: o, features } as Held;
    h.engine = createEngine({
      models: (id) => h.current.models(id),
      session: { provider: o.provider, intraOpNumThreads: o.threads },
      ...(features ? { featureCache: features } : {}),
    });
    engines.set(key, (held = h));
  }
  held.current = o;
  return held.engine;
}

/**
 * Drops every engine of this worker (their sessions and cached features go with them). The
 * engines keep a model's record once resolved, so a model id whose stored bytes changed (deleted
 * and imported again under the same id) must not reach an engine that saw the old ones.
 */
export async function resetWorkerEngines(): Promise<void> {
  const held = [...engines.values()];
  engines.clear();
  for (const h of held) h.features?.clearMemory();
  await Promise.all(held.map((h) => h.engine.close()));
}
