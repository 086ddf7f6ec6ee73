import type { OpGradient } from '../rule';
import { requireStatic } from './core-helpers';

/** Y[n, c] = mean of X[n, c, ...]: dX = dY / (spatial size), broadcast over the window. */
export const globalAveragePool: OpGradient = {
  opType: 'GlobalAveragePool',
  vjp: ({ node, dOutputs, shapeOf, emit }) => {
    const dy = dOutputs[0];
    const x = node.inputs[0];
    if (!dy || !x) return [undefined];
    const size = requireStatic(node, 'input spatial dims', shapeOf(x).slice(2)).reduce((a, b) => a * b, 1);
    const scaled = emit.op1('Mul', [dy, emit.scalar(1 / size)]);
    return [emit.op1('Expand', [scaled, emit.op1('Shape', [x])])];
  },
};
