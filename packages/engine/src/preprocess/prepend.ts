import type { ModelDef, NodeDef } from '../onnx/ir';
import { preprocessGraph, type ImageShape, type ModelInputSpec, type PreprocessOptions } from './preprocess-graph';

/** Metadata key recording the folded-in preprocessing (JSON), so caches and reports can key on it. */
export const PREPROCESSING_METADATA_KEY = 'transferlab.preprocessing';

export class PreprocessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreprocessError';
  }
}

/**
 * A model whose input is the dataset's NCHW [0,1] images: the preprocessing prefix feeds
 * the original model's single image input. The new input keeps the original input's name
 * (callers feed the same name); the model's own uses of it are renamed.
 */
export function prependPreprocessing(model: ModelDef, spec: ModelInputSpec, image: ImageShape, options: PreprocessOptions = {}): ModelDef {
  const g = model.graph;
  if (g.inputs.length !== 1) throw new PreprocessError(`expected a model with one image input, got ${g.inputs.length}: ${g.inputs.map((i) => i.name).join(', ')}`);
  const input = g.inputs[0]!;
  const shape = input.shape;
  if (shape && shape.length !== 4) throw new PreprocessError(`model input '${input.name}' must be NCHW, has rank ${shape.length}`);
  const expect = [spec.channels, spec.height, spec.width];
  shape?.slice(1).forEach((d, i) => {
    if (typeof d === 'number' && d !== expect[i]) {
      throw new PreprocessError(`model input '${input.name}' has shape [${shape.join(', ')}], but the input spec says [N, ${expect.join(', ')}]`);
    }
  });
  const inner = `${input.name}__preprocessed`;
  const taken = new Set([...g.nodes.flatMap((n) => [n.name, ...n.outputs]), ...g.initializers.map((t) => t.name)]);
  const prefix = options.namePrefix ?? 'transferlab_pre/';
  if ([...taken].some((n) => n === inner || n.startsWith(prefix))) throw new PreprocessError(`model already uses names starting with '${prefix}' or '${inner}'; was it preprocessed already?`);
  const pre = preprocessGraph(spec, image, input.name, inner, { ...options, namePrefix: prefix });
  const rename = (n: NodeDef): NodeDef => ({ ...n, inputs: n.inputs.map((i) => (i === input.name ? inner : i)) });
  return {
    ...model,
    graph: {
      ...g,
      nodes: [...pre.nodes, ...g.nodes.map(rename)],
      initializers: [...pre.initializers, ...g.initializers],
      inputs: [{ name: input.name, dataType: 'float32', shape: [shape?.[0] ?? 'batch', ...image] }],
      valueInfo: [...g.valueInfo.filter((v) => v.name !== input.name), { name: inner, dataType: 'float32', shape: [shape?.[0] ?? 'batch', ...expect] }],
    },
    metadata: {
      ...model.metadata,
      [PREPROCESSING_METADATA_KEY]: JSON.stringify({ image, spec: { channels: spec.channels, height: spec.height, width: spec.width, mean: spec.mean, std: spec.std }, resize: options.resize ?? 'half_pixel' }),
    },
  };
}
