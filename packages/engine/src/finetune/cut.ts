import type { FineTuneDepth } from '@transferlab/sdk';
import { findLastLayer } from '../derive/last-layer';
import { mainOutput } from '../derive/model-parts';
import type { ModelDef } from '../onnx/ir';
import { blockBoundaries } from '../split/blocks';

/**
 * Where to cut for a depth: 0 at the penultimate features (only the final layer trains);
 * k at the output of the block before the last k; 'all' nowhere (undefined).
 */
export function cutForDepth(model: ModelDef, depth: FineTuneDepth, o: { readonly blocks?: readonly string[]; readonly featureTensor?: string } = {}): string | undefined {
  if (depth === 'all') return undefined;
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`depth must be a non-negative integer or 'all', got ${depth}`);
  if (depth === 0) return o.featureTensor ?? findLastLayer(model, mainOutput(model)).features;
  const blocks = o.blocks && o.blocks.length > 0 ? o.blocks : blockBoundaries(model);
  if (depth >= blocks.length) {
    throw new RangeError(`depth ${depth} needs a block boundary before the last ${depth} blocks; the model has ${blocks.length} block(s): use a smaller depth or 'all'`);
  }
  return blocks[blocks.length - 1 - depth];
}
