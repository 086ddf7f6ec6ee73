import type { FeatureCut, ModelStructure } from '@transferlab/sdk';
import { findLastLayer } from '../derive/last-layer';
import { mainOutput } from '../derive/model-parts';
import type { ModelDef } from '../onnx/ir';
import { blockBoundaries } from '../split/blocks';

/** What is known of a model besides its graph (a SourceModel's facts); missing facts are read from the graph. */
export interface StructureFacts {
  readonly featureTensor?: string;
  readonly blocks?: readonly string[];
  readonly numClasses?: number;
}

/**
 * The sdk's ModelStructure of a model: the given feature tensor (default: the final linear
 * layer's input), blocks (default: metadata or detected residual blocks), classes (default:
 * the final layer's output size) and the final layer's parameters.
 */
export function modelStructure(model: ModelDef, facts: StructureFacts = {}): ModelStructure {
  const layer = findLastLayer(model, mainOutput(model));
  const weight = model.graph.initializers.find((t) => t.name === layer.weight);
  const classes = layer.kind === 'conv' ? weight?.dims[0] : weight?.dims.length === 2 ? (layer.transposed ? weight.dims[0]! : weight.dims[1]!) : undefined;
  const numClasses = facts.numClasses ?? classes;
  if (numClasses === undefined) throw new Error(`engine: cannot tell the number of classes of the final layer '${layer.weight}'`);
  return {
    featureTensor: facts.featureTensor || layer.features,
    blocks: facts.blocks && facts.blocks.length > 0 ? [...facts.blocks] : blockBoundaries(model),
    numClasses,
    lastLayer: { weight: layer.weight, ...(layer.bias ? { bias: layer.bias } : {}) },
  };
}

/** The tensor a features() cut names: the feature tensor, a tensor name, or a block boundary by index. */
export function cutTensor(structure: ModelStructure, cut: FeatureCut | undefined, model: string): string {
  if (cut === undefined) return structure.featureTensor;
  if (typeof cut === 'string') return cut;
  const blocks = structure.blocks;
  if (!Number.isInteger(cut.block) || cut.block < 0 || cut.block >= blocks.length) {
    throw new RangeError(`engine: block ${cut.block} of model '${model}', which has ${blocks.length} block(s)${blocks.length > 0 ? ` (0..${blocks.length - 1})` : ''}`);
  }
  return blocks[cut.block]!;
}
