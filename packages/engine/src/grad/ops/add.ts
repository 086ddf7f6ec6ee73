import type { OpGradient } from '../rule';

/** Y = A + B (broadcasting): each operand gets dY summed to its shape. */
export const add: OpGradient = {
  opType: 'Add',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, reduceToShape }) => {
    const dy = dOutputs[0];
    const y = node.outputs[0];
    if (!dy || !y) return [undefined, undefined];
    const out = shapeOf(y);
    return node.inputs.map((x, i) => (needsGrad[i] ? reduceToShape(dy, out, shapeOf(x)) : undefined));
  },
};
