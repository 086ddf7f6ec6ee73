import { createEngine, decodeModel, encodeModel, type EngineFacade, type ModelDef, type NodeDef, type TensorData } from '@transferlab/engine';
import { plugins as attackPlugins } from '@transferlab/plugins-attacks';
import { fashionMnistA } from '@transferlab/plugins-datasets';
import { zooSource } from '@transferlab/plugins-models';
import type { AttackPlugin, Dataset, PluginContext, SourceModel } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { createHash } from 'node:crypto';

export interface ZooContext {
  readonly ctx: PluginContext;
  readonly engine: EngineFacade;
  readonly models: readonly SourceModel[];
  readonly dataset: Dataset;
}

const scalar = (name: string, value: number): TensorData => ({ name, dataType: 'float32', dims: [], values: Float32Array.of(value) });

/**
 * The model with a near-binarising layer in front of its (normalised) input: HardSigmoid with
 * slope 1000 is flat (zero gradient) everywhere but a sliver around the mean pixel, the
 * textbook gradient mask. The rest of the graph sees values in its usual range.
 */
export async function maskedModel(source: SourceModel): Promise<SourceModel> {
  const def: ModelDef = decodeModel(await source.bytes());
  const input = def.graph.inputs[0]!;
  const raw = `${input.name}_masked`;
  const [low, high] = [-source.input.mean[0]! / source.input.std[0]!, (1 - source.input.mean[0]!) / source.input.std[0]!];
  const nodes: NodeDef[] = [
    { name: 'mask_step', opType: 'HardSigmoid', domain: '', inputs: [raw], outputs: ['mask_h'], attributes: { alpha: { type: 'float', value: 1000 }, beta: { type: 'float', value: 0.5 } } },
    { name: 'mask_scale', opType: 'Mul', domain: '', inputs: ['mask_h', 'mask_span'], outputs: ['mask_s'], attributes: {} },
    { name: 'mask_shift', opType: 'Add', domain: '', inputs: ['mask_s', 'mask_low'], outputs: [input.name], attributes: {} },
  ];
  const masked: ModelDef = {
    ...def,
    graph: {
      ...def.graph,
      inputs: [{ ...input, name: raw }, ...def.graph.inputs.slice(1)],
      nodes: [...nodes, ...def.graph.nodes],
      initializers: [...def.graph.initializers, scalar('mask_span', high - low), scalar('mask_low', low)],
    },
  };
  const bytes = encodeModel(masked);
  return { ...source, id: `${source.id}-masked`, checksum: createHash('sha256').update(bytes).digest('hex'), bytes: () => Promise.resolve(bytes) };
}

/** The real engine on the bundled zoo (plus extra models), fashion-mnist-a, and the built-in attacks. */
export async function zooContext(extra: (models: readonly SourceModel[]) => Promise<SourceModel[]> = () => Promise.resolve([])): Promise<ZooContext> {
  const base = createTestContext();
  const zoo = await zooSource().list({}, base);
  const models = [...zoo, ...(await extra(zoo))];
  const byId = new Map(models.map((m) => [m.id, m]));
  const engine = createEngine({
    models: (id) => (byId.has(id) ? Promise.resolve(byId.get(id)!) : Promise.reject(new Error(`no model ${id}`))),
    session: { intraOpNumThreads: 1 },
  });
  const dataset = await fashionMnistA.load(fashionMnistA.params.parse({}), base);
  const attacks = new Map((attackPlugins as readonly AttackPlugin[]).map((a) => [a.name, a]));
  const ctx: PluginContext = {
    ...base,
    engine,
    data: {
      dataset: () => Promise.resolve(dataset),
      model: (ref) => Promise.resolve(byId.get(ref.id)!),
      attack: (name) => {
        const a = attacks.get(name);
        if (!a) throw new Error(`no attack ${name}`);
        return a;
      },
    },
  };
  return { ctx, engine, models, dataset };
}
