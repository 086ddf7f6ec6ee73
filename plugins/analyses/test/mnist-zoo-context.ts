import { createEngine, type EngineFacade } from '@transferlab/engine';
import { mnist } from '@transferlab/plugins-datasets';
import { zooSource } from '@transferlab/plugins-models';
import type { Dataset, PluginContext } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';

export interface MnistZoo {
  readonly ctx: PluginContext;
  readonly engine: EngineFacade;
  readonly dataset: Dataset;
}

/** The real engine on the bundled zoo with MNIST as every dataset. */
export async function mnistZooContext(): Promise<MnistZoo> {
  const base = createTestContext();
  const models = await zooSource().list({}, base);
  const byId = new Map(models.map((m) => [m.id, m]));
  const dataset = await mnist.load(mnist.params.parse({}), base);
  const engine = createEngine({
    models: (id) => (byId.has(id) ? Promise.resolve(byId.get(id)!) : Promise.reject(new Error(`no model ${id}`))),
    session: { intraOpNumThreads: 1 },
  });
  const ctx: PluginContext = {
    ...base,
    engine,
    data: {
      dataset: () => Promise.resolve(dataset),
      model: (ref) => (byId.has(ref.id) ? Promise.resolve(byId.get(ref.id)!) : Promise.reject(new Error(`no model ${ref.id}`))),
      attack: (name) => {
        throw new Error(`no attacks here (${name})`);
      },
    },
  };
  return { ctx, engine, dataset };
}
