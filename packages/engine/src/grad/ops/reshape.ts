import type { OpGradient } from '../rule';

/** Reshape only moves values: dX = Reshape(dY, Shape(X)); the shape input gets none. */
export const reshape: OpGradient = {
  opType: 'Reshape',
  vjp: ({ node, dOutputs, emit }) => {
    const dy = dOutputs[0];
    const x = node.inputs[0];
    if (!dy || !x) return [undefined, undefined];
    return [emit.op1('Reshape', [dy, emit.op1('Shape', [x])]), undefined];
  },
};
