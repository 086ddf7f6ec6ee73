import type { OpGradient } from '../rule';

/** dX = dY where Y > 0 (X > 0), else 0. */
export const relu: OpGradient = {
  opType: 'Relu',
  vjp: ({ node, dOutputs, emit }) => {
    const dy = dOutputs[0];
    const y = node.outputs[0];
    if (!dy || !y) return [undefined];
    const positive = emit.op1('Greater', [y, emit.scalar(0)]);
    return [emit.op1('Where', [positive, dy, emit.scalar(0)])];
  },
};
