import { plugins as attackPlugins } from '@transferlab/plugins-attacks';
import { plugins as datasetPlugins } from '@transferlab/plugins-datasets';
import { datasetKey, datasetRef, PluginRegistry, type DataApi, type EngineApi, type PluginContext } from '@transferlab/sdk';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TrainingContextOptions {
  readonly engine: EngineApi;
  readonly log?: (message: string) => void;
  readonly signal?: AbortSignal;
  readonly cacheDir?: string;
}

/**
 * The plugin context training and evaluation run in: the built-in attacks and datasets from
 * an explicit, frozen PluginRegistry (the recipes use the `pgd` and `fgsm` plugins, not
 * copies) and the in-process engine.
 */
export function createTrainingContext(o: TrainingContextOptions): PluginContext {
  const registry = new PluginRegistry();
  registry.registerAll(attackPlugins, 'built-in @transferlab/plugins-attacks');
  registry.registerAll(datasetPlugins, 'built-in @transferlab/plugins-datasets');
  registry.freeze();
  const log = o.log ?? (() => undefined);
  // Loaded once per context: train and test splits come from the same decoded dataset.
  const datasets = new Map<string, ReturnType<DataApi['dataset']>>();
  const ctx: PluginContext = {
    engine: o.engine,
    data: {
      dataset: (spec) => {
        const key = datasetKey(spec);
        let d = datasets.get(key);
        if (!d) {
          const ref = datasetRef(spec);
          const plugin = registry.get('dataset', ref.name);
          d = plugin.load(plugin.params.parse(ref.params ?? {}), ctx);
          datasets.set(key, d);
        }
        return d;
      },
      model: (ref) => Promise.reject(new Error(`training context serves no source models (asked for '${ref.id}')`)),
      attack: (name) => registry.get('attack', name),
    },
    progress: { report: () => undefined },
    log: { info: log, warn: (m) => log(`warning: ${m}`) },
    signal: o.signal ?? new AbortController().signal,
    cacheDir: o.cacheDir ?? mkdtempSync(join(tmpdir(), 'transferlab-train-')),
    roots: { datasets: [], models: [] },
  };
  return ctx;
}
