import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Tanh: dX = dY * (1 - Y^2), from the forward output. */
export const tanh: OpGradient = {
  opType: 'Tanh',
  vjp: unary(({ node, emit }, dY) => {
    const y = node.outputs[0] ?? '';
    const slope = emit.op1('Sub', [emit.scalar(1), emit.op1('Mul', [y, y])]);
    return emit.op1('Mul', [dY, slope]);
  }),
};
