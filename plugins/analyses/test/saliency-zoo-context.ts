import { createEngine, type EngineFacade } from '@transferlab/engine';
import { fashionMnistA, mnist } from '@transferlab/plugins-datasets';
import { zooSource } from '@transferlab/plugins-models';
import { datasetKey, type Dataset, type DatasetSpec, type PluginContext } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';

export interface SaliencyZoo {
  readonly ctx: PluginContext;
  readonly engine: EngineFacade;
}

/** The real engine on the bundled zoo with fashion-mnist-a and mnist by name (fine-tuning reads them too). */
export async function saliencyZooContext(): Promise<SaliencyZoo> {
  const base = createTestContext();
  const models = await zooSource().list({}, base);
  const byId = new Map(models.map((m) => [m.id, m]));
  const datasets = new Map<string, Dataset>([
    ['fashion-mnist-a', await fashionMnistA.load(fashionMnistA.params.parse({}), base)],
    ['mnist', await mnist.load(mnist.params.parse({}), base)],
  ]);
  const dataset = (spec: DatasetSpec): Promise<Dataset> => {
    const d = datasets.get(datasetKey(spec));
    return d ? Promise.resolve(d) : Promise.reject(new Error(`no dataset ${datasetKey(spec)}`));
  };
  const engine = createEngine({
    models: (id) =>
      byId.has(id) ? Promise.resolve(byId.get(id)!) : Promise.reject(new Error(`no model ${id}`)),
    session: { intraOpNumThreads: 1 },
  });
  const ctx: PluginContext = {
    ...base,
    engine,
    data: {
      dataset,
      model: (ref) =>
        byId.has(ref.id)
          ? Promise.resolve(byId.get(ref.id)!)
          : Promise.reject(new Error(`no model ${ref.id}`)),
      attack: (name) => {
        throw new Error(`no attacks here (${name})`);
      },
    },
  };
  return { ctx, engine };
}
