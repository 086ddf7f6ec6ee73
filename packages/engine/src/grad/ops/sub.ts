import type { OpGradient } from '../rule';

/** Y = A - B (broadcasting): dA = dY, dB = -dY, each summed to its operand's shape. */
export const sub: OpGradient = {
  opType: 'Sub',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, reduceToShape, emit }) => {
    const dy = dOutputs[0];
    const [a, b] = node.inputs;
    const y = node.outputs[0];
    if (!dy || !y || !a || !b) return [undefined, undefined];
    const out = shapeOf(y);
    const da = needsGrad[0] ? reduceToShape(dy, out, shapeOf(a)) : undefined;
    const db = needsGrad[1] ? emit.op1('Neg', [reduceToShape(dy, out, shapeOf(b))]) : undefined;
    return [da, db];
  },
};
