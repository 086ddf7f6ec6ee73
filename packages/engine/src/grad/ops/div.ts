import type { OpGradient, VjpArgs } from '../rule';
import { noGrads } from './more-helpers';

/** Div (float): Y = A / B; dA = dY / B, dB = -dY * Y / B, each summed back over broadcast axes. */
export const div: OpGradient = {
  opType: 'Div',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined) return grads;
    const [a = '', b = ''] = node.inputs;
    const y = node.outputs[0] ?? '';
    const yShape = args.shapeOf(y);
    const dYoverB = emit.op1('Div', [dY, b]);
    if (args.needsGrad[0]) grads[0] = args.reduceToShape(dYoverB, yShape, args.shapeOf(a));
    if (args.needsGrad[1]) grads[1] = args.reduceToShape(emit.op1('Neg', [emit.op1('Mul', [dYoverB, y])]), yShape, args.shapeOf(b));
    return grads;
  },
};
