import type { ModelDef } from '../onnx/ir';
import { detectModuleBlocks } from './module-blocks';

/** Metadata key holding the block boundaries as a JSON array of tensor names, input side first. */
export const BLOCKS_METADATA_KEY = 'transferlab.blocks';

export class SplitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SplitError';
  }
}

/**
 * ResNet-style block outputs: a Relu whose input is a residual Add of two computed tensors
 * (not a bias constant), i.e. relu(f(x) + x). In graph order, so input side first.
 */
export function detectResidualBlocks(model: ModelDef): string[] {
  const g = model.graph;
  const constants = new Set([...g.initializers.map((t) => t.name), ...g.nodes.filter((n) => n.opType === 'Constant').flatMap((n) => n.outputs)]);
  const residualAdds = new Set(
    g.nodes.filter((n) => n.opType === 'Add' && n.inputs.length === 2 && n.inputs.every((i) => i !== '' && !constants.has(i))).map((n) => n.outputs[0]),
  );
  return g.nodes.filter((n) => n.opType === 'Relu' && residualAdds.has(n.inputs[0])).map((n) => n.outputs[0]!);
}

/**
 * Detected block boundaries: from torch.onnx.export's module paths (`detectModuleBlocks`: one
 * boundary per residual block, encoder layer, inverted residual, dense block, Fire module, VGG
 * conv group, ...), else, for graphs without module paths, residual Add -> Relu outputs.
 */
export function detectBlocks(model: ModelDef): string[] {
  const blocks = detectModuleBlocks(model);
  return blocks.length > 0 ? blocks : detectResidualBlocks(model);
}

/** Block boundaries from the model's metadata when it has them (the zoo writes them), else detected. */
export function blockBoundaries(model: ModelDef): string[] {
  const raw = model.metadata[BLOCKS_METADATA_KEY];
  if (raw === undefined) return detectBlocks(model);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new SplitError(`metadata '${BLOCKS_METADATA_KEY}' is not JSON: ${raw.slice(0, 80)}`);
  }
  if (!Array.isArray(parsed) || !parsed.every((s): s is string => typeof s === 'string')) {
    throw new SplitError(`metadata '${BLOCKS_METADATA_KEY}' must be a JSON array of tensor names`);
  }
  const produced = new Set(model.graph.nodes.flatMap((n) => n.outputs));
  const missing = parsed.filter((s) => !produced.has(s));
  if (missing.length > 0) throw new SplitError(`metadata '${BLOCKS_METADATA_KEY}' names tensors no node produces: ${missing.join(', ')}`);
  return parsed;
}

/** The same model with its block boundaries recorded in metadata. */
export function withBlocks(model: ModelDef, blocks: readonly string[]): ModelDef {
  return { ...model, metadata: { ...model.metadata, [BLOCKS_METADATA_KEY]: JSON.stringify(blocks) } };
}
