import type { OpGradient } from '../rule';

/**
 * dX = dY where Y > 0 (X > 0), else 0: the mask Cast(Y > 0) as 0/1 floats, one Mul applies it.
 * (Sign(Y) is the same mask but ONNX Runtime's CPU Sign kernel took twice as long as
 * Greater + Cast on a ResNet-sized tensor, and ReLU masks are in every residual block.)
 */
export const relu: OpGradient = {
  opType: 'Relu',
  vjp: ({ node, dOutputs, emit }) => {
    const dy = dOutputs[0];
    const y = node.outputs[0];
    if (!dy || !y) return [undefined];
    const mask = emit.op1('Cast', [emit.op1('Greater', [y, emit.scalar(0)])], { to: { type: 'int', value: 1 } });
    return [emit.op1('Mul', [dy, mask])];
  },
};
