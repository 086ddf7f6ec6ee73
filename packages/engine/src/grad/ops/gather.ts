import { attrInt, int, ints } from '../../onnx/attributes';
import type { Dim } from '../../onnx/ir';
import type { OpGradient, VjpArgs } from '../rule';
import { noGrads, normAxis } from './more-helpers';

const product = (dims: readonly Dim[]): number | undefined =>
  dims.every((d): d is number => typeof d === 'number') ? dims.reduce((p, d) => p * d, 1) : undefined;

/**
 * Gather on data (a class token x[:, 0], an embedding row): with P, D, Q the sizes before, at
 * and after the axis and I the number of indices, dData[p, d, q] = sum over i with index_i = d
 * of dOut[p, i, q], i.e. MatMul(OneHot(indices, D)^T, dOut as [P, I, Q]). OneHot sums repeated
 * indices and wraps negative ones, like Gather reads them. Needs a static D and at most one of
 * P, I, Q unknown. The indices get no gradient.
 */
export const gather: OpGradient = {
  opType: 'Gather',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dOut = args.dOutputs[0];
    if (dOut === undefined || !args.needsGrad[0]) return grads;
    const [data = '', indices = ''] = node.inputs;
    const dataShape = args.shapeOf(data);
    const axis = normAxis(node, attrInt(node, 'axis', 0), dataShape.length);
    const depth = dataShape[axis];
    if (typeof depth !== 'number') throw new Error(`node '${node.name}' (Gather): gradient needs a static size along axis ${axis}`);
    const idxShape = args.constantOf(indices)?.dims ?? args.shapeOf(indices);
    const p = product(dataShape.slice(0, axis));
    const i = product(idxShape);
    const q = product(dataShape.slice(axis + 1));
    if ([p, i, q].filter((n) => n === undefined).length > 1) {
      throw new Error(`node '${node.name}' (Gather): gradient needs static sizes on at least two of: before the axis, the indices, after the axis`);
    }
    // Flattened first: OneHot rejects the rank-0 index of x[:, 0].
    const flat = emit.op1('Reshape', [indices, emit.int64s([-1])]);
    const oneHot = emit.op1('OneHot', [flat, emit.int64s([depth]), emit.constant([0, 1], [2])], { axis: int(-1) });
    const scatter = emit.op1('Transpose', [oneHot], { perm: ints([1, 0]) });
    const dOut3 = emit.op1('Reshape', [dOut, emit.int64s([p ?? -1, i ?? -1, q ?? -1])]);
    const dData3 = emit.op1('MatMul', [scatter, dOut3]);
    grads[0] = emit.op1('Reshape', [dData3, emit.op1('Shape', [data])]);
    return grads;
  },
};
