import { join } from 'node:path';
import { FeatureCache, FineTuneService, LocalEngine, type FineTuneModelEntry } from '@transferlab/engine';
import type { EngineApi, PluginContext, PluginRegistry, SourceModel } from '@transferlab/sdk';

export interface TrialEngineOptions {
  readonly threads: number;
  readonly dataDir: string;
  /** Bound on the in-memory frozen-prefix features shared by the trials of this worker. */
  readonly featureCacheBytes?: number;
}

/**
 * The engine a trial sees inside a worker: the in-process LocalEngine, plus fineTune backed
 * by the engine's FineTuneService, with source models looked up among the registered model
 * plugins and datasets through the trial's own data API. One per worker, so trials of the
 * same source, target and depth share the cached frozen-prefix features.
 */
export function trialEngine(registry: PluginRegistry, context: () => PluginContext, options: TrialEngineOptions): EngineApi {
  const local = new LocalEngine({ intraOpNumThreads: options.threads });
  const models = new Map<string, Promise<SourceModel>>();

  async function findModel(id: string): Promise<SourceModel> {
    const seen: string[] = [];
    for (const { plugin } of registry.list('model')) {
      let list: SourceModel[];
      try {
        list = await plugin.list(plugin.params.parse({}), context());
      } catch {
        // A source that needs params of its own (an ONNX file) lists nothing by default.
        continue;
      }
      const hit = list.find((m) => m.id === id);
      if (hit) return hit;
      seen.push(...list.map((m) => m.id));
    }
    throw new Error(`no source model '${id}'; available: ${seen.sort().join(', ') || '(none)'}`);
  }

  const model = (id: string): Promise<SourceModel> => {
    let m = models.get(id);
    if (!m) {
      models.set(id, (m = findModel(id)));
      m.catch(() => models.delete(id));
    }
    return m;
  };

  const service = new FineTuneService({
    models: async (id): Promise<FineTuneModelEntry> => {
      const m = await model(id);
      return { model: await m.bytes(), checksum: m.checksum, blocks: m.blocks, featureTensor: m.featureTensor, input: m.input };
    },
    datasets: (name) => context().data.dataset(name),
    cache: new FeatureCache({ maxMemoryBytes: options.featureCacheBytes ?? 512 * 1024 * 1024, dir: join(options.dataDir, 'cache', 'features') }),
    session: { intraOpNumThreads: options.threads },
  });

  return {
    providers: () => local.providers(),
    logits: (ref, images) => local.logits(ref, images),
    features: (ref, images, cut) => local.features(ref, images, cut),
    inputGradient: (...args) => local.inputGradient(...args),
    fineTune: (request, opts) => service.fineTune(request, opts),
  };
}
