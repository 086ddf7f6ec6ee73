import type { OpGradient } from '../rule';

/** dX = Reshape(dY, Shape(X)). */
export const flatten: OpGradient = {
  opType: 'Flatten',
  vjp: ({ node, dOutputs, emit }) => {
    const dy = dOutputs[0];
    const x = node.inputs[0];
    if (!dy || !x) return [undefined];
    return [emit.op1('Reshape', [dy, emit.op1('Shape', [x])])];
  },
};
