import type { OpGradient } from '../rule';
import { hasInput, tensorNumbers, unary } from './more-helpers';

/**
 * Dropout in inference (what eval-mode exports contain): Y = X, so dX = dY. A Dropout whose
 * training_mode is a constant true would need its random mask; the rule refuses it.
 */
export const dropout: OpGradient = {
  opType: 'Dropout',
  vjp: unary((args, dY) => {
    const { node } = args;
    const mode = hasInput(node, 2) ? args.constantOf(node.inputs[2] ?? '') : undefined;
    if (mode !== undefined && tensorNumbers(mode).some((v) => v !== 0)) {
      throw new Error(`node '${node.name}' (Dropout): training_mode is true; only inference Dropout has a gradient rule`);
    }
    return dY;
  }),
};
