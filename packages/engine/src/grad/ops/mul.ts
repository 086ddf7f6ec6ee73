import type { OpGradient } from '../rule';

/** Y = A * B (broadcasting): dA = sum(dY * B), dB = sum(dY * A) to each operand's shape. */
export const mul: OpGradient = {
  opType: 'Mul',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, reduceToShape, emit }) => {
    const dy = dOutputs[0];
    const [a, b] = node.inputs;
    const y = node.outputs[0];
    if (!dy || !y || !a || !b) return [undefined, undefined];
    const out = shapeOf(y);
    const da = needsGrad[0] ? reduceToShape(emit.op1('Mul', [dy, b]), out, shapeOf(a)) : undefined;
    const db = needsGrad[1] ? reduceToShape(emit.op1('Mul', [dy, a]), out, shapeOf(b)) : undefined;
    return [da, db];
  },
};
