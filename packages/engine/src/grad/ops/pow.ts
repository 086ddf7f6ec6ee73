import type { OpGradient, VjpArgs } from '../rule';
import { noGrads, tensorNumbers } from './more-helpers';

/**
 * Pow: Y = X ^ E. dX = dY * E * X^(E-1); a constant exponent (the usual case: x ** 2 in a
 * decomposed LayerNorm) is folded, whatever its integer or float type. A float exponent computed
 * at run time also gets dE = dY * Y * ln(X).
 */
export const pow: OpGradient = {
  opType: 'Pow',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined) return grads;
    const [x = '', e = ''] = node.inputs;
    const y = node.outputs[0] ?? '';
    const yShape = args.shapeOf(y);
    if (args.needsGrad[0]) {
      const constant = args.constantOf(e);
      let slope: string;
      if (constant !== undefined) {
        const values = tensorNumbers(constant);
        const first = values[0] ?? 1;
        if (values.every((v) => v === first)) {
          // One exponent value: scalars keep the emitted graph small.
          slope = first === 1 ? emit.scalar(1) : first === 2 ? emit.op1('Mul', [x, emit.scalar(2)]) : emit.op1('Mul', [emit.op1('Pow', [x, emit.scalar(first - 1)]), emit.scalar(first)]);
        } else {
          const minusOne = emit.constant(values.map((v) => v - 1), constant.dims);
          slope = emit.op1('Mul', [emit.op1('Pow', [x, minusOne]), emit.constant(values, constant.dims)]);
        }
      } else {
        slope = emit.op1('Mul', [emit.op1('Pow', [x, emit.op1('Sub', [e, emit.scalar(1)])]), e]);
      }
      grads[0] = args.reduceToShape(emit.op1('Mul', [dY, slope]), yShape, args.shapeOf(x));
    }
    if (args.needsGrad[1] && args.constantOf(e) === undefined) {
      const dE = emit.op1('Mul', [emit.op1('Mul', [dY, y]), emit.op1('Log', [x])]);
      grads[1] = args.reduceToShape(dE, yShape, args.shapeOf(e));
    }
    return grads;
  },
};
