import { attrFloat, attrInt } from '../../onnx/attributes';
import type { Attribute } from '../../onnx/ir';
import type { OpGradient } from '../rule';

/**
 * Y = alpha * A' B' + beta * C with A' = transA ? A^T : A, B' likewise.
 * dA' = alpha dY B'^T, dB' = alpha A'^T dY, each written as one Gemm whose transpose flags
 * absorb the transposes; dC = beta * dY summed to C's (broadcast) shape.
 */
export const gemm: OpGradient = {
  opType: 'Gemm',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, reduceToShape, emit }) => {
    const dy = dOutputs[0];
    const [a, b, c] = node.inputs;
    const y = node.outputs[0];
    if (!dy || !a || !b || !y) return [undefined, undefined, undefined];
    const alpha = attrFloat(node, 'alpha', 1);
    const beta = attrFloat(node, 'beta', 1);
    const tA = attrInt(node, 'transA', 0);
    const tB = attrInt(node, 'transB', 0);
    const attrs = (transA: number, transB: number): Record<string, Attribute> => ({
      transA: { type: 'int', value: transA },
      transB: { type: 'int', value: transB },
      ...(alpha !== 1 ? { alpha: { type: 'float', value: alpha } } : {}),
    });
    const da = !needsGrad[0] ? undefined
      : tA === 0 ? emit.op1('Gemm', [dy, b], attrs(0, 1 - tB)) // dA = dY B'^T
        : emit.op1('Gemm', [b, dy], attrs(tB, 1)); // dA = (dA')^T = B' dY^T
    const db = !needsGrad[1] ? undefined
      : tB === 0 ? emit.op1('Gemm', [a, dy], attrs(1 - tA, 0)) // dB = A'^T dY
        : emit.op1('Gemm', [dy, a], attrs(1, tA)); // dB = dY^T A'
    let dc: string | undefined;
    if (c && needsGrad[2]) {
      const scaled = beta === 1 ? dy : emit.op1('Mul', [dy, emit.scalar(beta)]);
      dc = reduceToShape(scaled, shapeOf(y), shapeOf(c));
    }
    return [da, db, dc];
  },
};
