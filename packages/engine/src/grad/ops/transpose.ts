import { attrInts, ints } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { range, unary } from './more-helpers';

/** Transpose: dX = Transpose(dY, inverse perm); perm defaults to reversing the axes. */
export const transpose: OpGradient = {
  opType: 'Transpose',
  vjp: unary((args, dY) => {
    const { node, emit } = args;
    const rank = args.shapeOf(node.inputs[0] ?? '').length;
    const perm = attrInts(node, 'perm', undefined) ?? range(rank).reverse();
    const inverse = new Array<number>(perm.length).fill(0);
    perm.forEach((p, i) => (inverse[p] = i));
    return emit.op1('Transpose', [dY], { perm: ints(inverse) });
  }),
};
