import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/**
 * HardSwish: Y = X * clip(X / 6 + 1/2, 0, 1). dY/dX = 0 below -3, 1 above 3, X / 3 + 1/2 between
 * (PyTorch's hardswish_backward uses the same closed intervals).
 */
export const hardSwish: OpGradient = {
  opType: 'HardSwish',
  vjp: unary(({ node, emit }, dY) => {
    const x = node.inputs[0] ?? '';
    const ramp = emit.op1('Add', [emit.op1('Mul', [x, emit.scalar(1 / 3)]), emit.scalar(0.5)]);
    const upper = emit.op1('Where', [emit.op1('Greater', [x, emit.scalar(3)]), emit.scalar(1), ramp]);
    const slope = emit.op1('Where', [emit.op1('Less', [x, emit.scalar(-3)]), emit.scalar(0), upper]);
    return emit.op1('Mul', [dY, slope]);
  }),
};
