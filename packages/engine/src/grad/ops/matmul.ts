import { int } from '../../onnx/attributes';
import type { Dim } from '../../onnx/ir';
import { broadcastShapes } from '../../onnx/shape-dims';
import type { GradEmitter, OpGradient } from '../rule';

function swapLast(emit: GradEmitter, x: string, rank: number): string {
  const perm = Array.from({ length: rank }, (_, i) => i);
  perm[rank - 1] = rank - 2;
  perm[rank - 2] = rank - 1;
  return emit.op1('Transpose', [x], { perm: { type: 'ints', value: perm } });
}

/**
 * Y = A @ B with numpy matmul semantics (batched, broadcasting batch dims, 1-D operands
 * promoted). dA = dY @ B^T and dB = A^T @ dY, summed over broadcast batch dims.
 */
export const matmul: OpGradient = {
  opType: 'MatMul',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, reduceToShape, emit }) => {
    const dy0 = dOutputs[0];
    const [a0, b0] = node.inputs;
    if (!dy0 || !a0 || !b0) return [undefined, undefined];
    const sa = shapeOf(a0);
    const sb = shapeOf(b0);
    if (sa.length === 1 && sb.length === 1) {
      return [needsGrad[0] ? emit.op1('Mul', [dy0, b0]) : undefined, needsGrad[1] ? emit.op1('Mul', [dy0, a0]) : undefined];
    }
    // Plain 2-D product: Gemm's transpose flags avoid explicit Transposes.
    if (sa.length === 2 && sb.length === 2) {
      return [
        needsGrad[0] ? emit.op1('Gemm', [dy0, b0], { transB: int(1) }) : undefined,
        needsGrad[1] ? emit.op1('Gemm', [a0, dy0], { transA: int(1) }) : undefined,
      ];
    }
    const a = sa.length === 1 ? emit.op1('Unsqueeze', [a0, emit.int64s([0])]) : a0;
    const b = sb.length === 1 ? emit.op1('Unsqueeze', [b0, emit.int64s([1])]) : b0;
    const saa: Dim[] = sa.length === 1 ? [1, sa[0]] : [...sa];
    const sbb: Dim[] = sb.length === 1 ? [sb[0], 1] : [...sb];
    let dy = dy0;
    if (sa.length === 1) dy = emit.op1('Unsqueeze', [dy, emit.int64s([-2])]);
    if (sb.length === 1) dy = emit.op1('Unsqueeze', [dy, emit.int64s([-1])]);
    const batch = broadcastShapes(saa.slice(0, -2), sbb.slice(0, -2));
    const m = saa[saa.length - 2];
    const k = saa[saa.length - 1];
    const n = sbb[sbb.length - 1];
    let da: string | undefined;
    let db: string | undefined;
    if (needsGrad[0]) {
      const bt = swapLast(emit, b, sbb.length);
      da = reduceToShape(emit.op1('MatMul', [dy, bt]), [...batch, m, k], saa);
      if (sa.length === 1) da = emit.op1('Squeeze', [da, emit.int64s([0])]);
    }
    if (needsGrad[1]) {
      if (sbb.length === 2 && typeof k === 'number' && typeof n === 'number') {
        // A shared weight (linear layer over a batch): fold batch dims into rows, one Gemm.
        const a2 = emit.op1('Reshape', [a, emit.int64s([-1, k])]);
        const dy2 = emit.op1('Reshape', [dy, emit.int64s([-1, n])]);
        db = emit.op1('Gemm', [a2, dy2], { transA: int(1) });
      } else {
        const at = swapLast(emit, a, saa.length);
        db = reduceToShape(emit.op1('MatMul', [at, dy]), [...batch, k, n], sbb);
      }
      if (sb.length === 1) db = emit.op1('Squeeze', [db, emit.int64s([-1])]);
    }
    return [da, db];
  },
};
