import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Sigmoid: dX = dY * Y * (1 - Y), from the forward output. */
export const sigmoid: OpGradient = {
  opType: 'Sigmoid',
  vjp: unary(({ node, emit }, dY) => {
    const y = node.outputs[0] ?? '';
    const slope = emit.op1('Mul', [y, emit.op1('Sub', [emit.scalar(1), y])]);
    return emit.op1('Mul', [dY, slope]);
  }),
};
