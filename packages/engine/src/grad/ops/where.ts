import type { OpGradient, VjpArgs } from '../rule';
import { noGrads } from './more-helpers';

/** Where(C, X, Y): dX = dOut where C, dY = dOut where not C, each summed back over broadcast axes. */
export const where: OpGradient = {
  opType: 'Where',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dOut = args.dOutputs[0];
    if (dOut === undefined) return grads;
    const [c = '', x = '', y = ''] = node.inputs;
    const outShape = args.shapeOf(node.outputs[0] ?? '');
    const zero = emit.scalar(0);
    if (args.needsGrad[1]) grads[1] = args.reduceToShape(emit.op1('Where', [c, dOut, zero]), outShape, args.shapeOf(x));
    if (args.needsGrad[2]) grads[2] = args.reduceToShape(emit.op1('Where', [c, zero, dOut]), outShape, args.shapeOf(y));
    return grads;
  },
};
