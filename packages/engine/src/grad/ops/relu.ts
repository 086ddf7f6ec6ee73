import type { OpGradient } from '../rule';

/** dX = dY where Y > 0 (X > 0), else 0. Sign(Y) is that 0/1 mask (Y >= 0); one Mul applies it. */
export const relu: OpGradient = {
  opType: 'Relu',
  vjp: ({ node, dOutputs, emit }) => {
    const dy = dOutputs[0];
    const y = node.outputs[0];
    if (!dy || !y) return [undefined];
    return [emit.op1('Mul', [dy, emit.op1('Sign', [y])])];
  },
};
