import type { OpGradient, VjpArgs } from '../rule';
import { hasInput, noGrads } from './more-helpers';

/**
 * Clip: dX = dY where X was not clipped (min <= X <= max, read as Y == X, which covers the
 * opset-6 attributes and the opset-11+ inputs alike), 0 outside. When min or max are tensors
 * that need a gradient (rare), they get the sum of dY over the elements clipped to them.
 */
export const clip: OpGradient = {
  opType: 'Clip',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined) return grads;
    const x = node.inputs[0] ?? '';
    const y = node.outputs[0] ?? '';
    const zero = emit.scalar(0);
    if (args.needsGrad[0]) grads[0] = emit.op1('Where', [emit.op1('Equal', [x, y]), dY, zero]);
    const bound = (i: number, compare: 'Less' | 'Greater'): void => {
      if (!args.needsGrad[i] || !hasInput(node, i)) return;
      const limit = node.inputs[i] ?? '';
      const clipped = emit.op1('Where', [emit.op1(compare, [x, limit]), dY, zero]);
      grads[i] = args.reduceToShape(clipped, args.shapeOf(y), args.shapeOf(limit));
    };
    bound(1, 'Less');
    bound(2, 'Greater');
    return grads;
  },
};
