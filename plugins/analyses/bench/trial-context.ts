import { FeatureCache, FineTuneService, LocalEngine, type FineTuneModelEntry } from '@transferlab/engine';
import { plugins as datasetPlugins } from '@transferlab/plugins-datasets';
import { zooSource } from '@transferlab/plugins-models/dist/zoo/zoo-plugin';
import type { Dataset, EngineApi, PluginContext, SourceModel } from '@transferlab/sdk';

export interface TrialContextOptions {
  readonly threads: number;
  /** Folder for the datasets' decoded copies (shared by every mode: decoding is not what is measured). */
  readonly cacheDir: string;
  /** Folder of the frozen-prefix feature cache (memory + disk); none: the cache is off. */
  readonly featureDir?: string;
  /** Zoo folder (manifest.json + .onnx files); default: the bundled zoo of plugins/models. */
  readonly zooDir?: string;
}

const quiet = { info: () => undefined, warn: (m: string) => process.stderr.write(`[bench] warning: ${m}\n`) };

/**
 * The context a transfer trial sees in the bench, built as the server's trial worker builds
 * it (LocalEngine + the engine's FineTuneService, models from the zoo plugin by id, datasets
 * from the datasets plugins), with one difference that is the point of profiling: a dataset
 * is loaded once per process, not once per read. One per worker process and cache mode.
 */
export function trialContext(o: TrialContextOptions): PluginContext {
  const datasets = new Map<string, Promise<Dataset>>();
  const models = new Map<string, Promise<SourceModel>>();
  const cacheDir = o.cacheDir;
  const zoo = zooSource(o.zooDir);

  const dataset = (name: string): Promise<Dataset> => {
    let d = datasets.get(name);
    if (!d) {
      const plugin = datasetPlugins.find((p) => p.kind === 'dataset' && p.name === name);
      if (!plugin || plugin.kind !== 'dataset') return Promise.reject(new Error(`no dataset '${name}'`));
      datasets.set(name, (d = plugin.load(plugin.params.parse({}), context)));
    }
    return d;
  };
  const model = (id: string): Promise<SourceModel> => {
    let m = models.get(id);
    if (!m) {
      m = zoo.list(zoo.params.parse({}), context).then((list) => {
        const hit = list.find((x) => x.id === id);
        if (!hit)
          throw new Error(`no zoo model '${id}'; bundled: ${list.map((x) => x.id).join(', ') || '(none)'}`);
        return hit;
      });
      models.set(id, m);
    }
    return m;
  };

  const local = new LocalEngine({ intraOpNumThreads: o.threads });
  const service = new FineTuneService({
    models: async (id): Promise<FineTuneModelEntry> => {
      const m = await model(id);
      return {
        model: await m.bytes(),
        checksum: m.checksum,
        blocks: m.blocks,
        featureTensor: m.featureTensor,
        input: m.input,
      };
    },
    datasets: dataset,
    // The server's bound (trial-engine.ts), so the cache-on figure is the server's.
    ...(o.featureDir !== undefined
      ? { cache: new FeatureCache({ maxMemoryBytes: 512 * 1024 * 1024, dir: o.featureDir }) }
      : {}),
    session: { intraOpNumThreads: o.threads },
  });
  const engine: EngineApi = {
    providers: () => local.providers(),
    logits: (ref, images) => local.logits(ref, images),
    features: (ref, images, cut) => local.features(ref, images, cut),
    inputGradient: (...args) => local.inputGradient(...args),
    fineTune: (request, opts) => service.fineTune(request, opts),
  };
  const context: PluginContext = {
    engine,
    data: {
      dataset,
      model: (ref) => model(ref.id),
      attack: (name) => {
        throw new Error(`bench: no attacks (asked for '${name}')`);
      },
    },
    progress: { report: () => undefined },
    log: quiet,
    signal: new AbortController().signal,
    cacheDir,
    roots: { datasets: [], models: [] },
  };
  return context;
}
