import type { OpGradient, VjpArgs } from '../rule';
import { noGrads } from './more-helpers';

/**
 * Mod on floats (fmod = 1, C's fmod): Y = A - n * B with n = trunc(A / B), piecewise constant,
 * so dA = dY and dB = -dY * n, where n = (A - Y) / B is computed at run time. Integer Mod
 * (fmod = 0, shape arithmetic such as Swin's padding) carries no gradient: the differentiator
 * never reaches it, since only float tensors take part.
 */
export const mod: OpGradient = {
  opType: 'Mod',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined) return grads;
    const [a = '', b = ''] = node.inputs;
    const y = node.outputs[0] ?? '';
    const yShape = args.shapeOf(y);
    if (args.needsGrad[0]) grads[0] = args.reduceToShape(dY, yShape, args.shapeOf(a));
    if (args.needsGrad[1]) {
      const n = emit.op1('Div', [emit.op1('Sub', [a, y]), b]);
      grads[1] = args.reduceToShape(emit.op1('Neg', [emit.op1('Mul', [dY, n])]), yShape, args.shapeOf(b));
    }
    return grads;
  },
};
