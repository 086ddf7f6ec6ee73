import { createEngine, type EngineFacade } from '@transferlab/engine';
import { fashionMnistA } from '@transferlab/plugins-datasets';
import { zooSource } from '@transferlab/plugins-models';
import type { ImageBatch, PluginContext, SourceModel } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';

/** The real engine (`threads` per ONNX Runtime call) on the bundled zoo and `n` fashion-mnist-a test images (the first of each class in turn). */
export async function zooFixture(n: number, threads = 1): Promise<{ ctx: PluginContext; engine: EngineFacade; models: readonly SourceModel[]; batch: ImageBatch }> {
  const base = createTestContext();
  const models = await zooSource().list({}, base);
  const byId = new Map(models.map((m) => [m.id, m]));
  const engine = createEngine({
    models: (id) => (byId.has(id) ? Promise.resolve(byId.get(id)!) : Promise.reject(new Error(`no model ${id}`))),
    session: { intraOpNumThreads: threads },
  });
  const dataset = await fashionMnistA.load(fashionMnistA.params.parse({}), base);
  const batch = await dataset.read('test', Array.from({ length: n }, (_, i) => i));
  return { ctx: { ...base, engine }, engine, models, batch };
}
