import { attrInt, attrInts } from '../../onnx/attributes';
import type { OpGradient, VjpArgs } from '../rule';
import { constInts, hasInput, inverseCount, noGrads, normAxis, range, sumKeep } from './more-helpers';

/**
 * ReduceSum / ReduceMean: dX = dY (unsqueezed back when keepdims = 0) expanded to X's shape,
 * divided by the number of reduced elements for the mean. Axes come from the attribute
 * (ReduceSum before 13, ReduceMean before 18) or the constant second input; empty axes mean
 * all axes unless noop_with_empty_axes, where the op is an identity.
 */
function reduceRule(mean: boolean) {
  return (args: VjpArgs): readonly (string | undefined)[] => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined || !args.needsGrad[0]) return grads;
    const x = node.inputs[0] ?? '';
    const rank = args.shapeOf(x).length;
    const given = attrInts(node, 'axes', undefined) ?? (hasInput(node, 1) ? constInts(args, 1, 'axes') : []);
    if (given.length === 0 && attrInt(node, 'noop_with_empty_axes', 0) === 1) {
      grads[0] = dY;
      return grads;
    }
    const axes = given.length === 0 ? range(rank) : given.map((a) => normAxis(node, a, rank)).sort((a, b) => a - b);
    let g = dY;
    if (attrInt(node, 'keepdims', 1) === 0) g = emit.op1('Unsqueeze', [g, emit.int64s(axes)]);
    if (mean) g = emit.op1('Mul', [g, inverseCount(args, x, axes, () => sumKeep(emit, x, axes))]);
    grads[0] = emit.op1('Expand', [g, emit.op1('Shape', [x])]);
    return grads;
  };
}

export const reduceSum: OpGradient = { opType: 'ReduceSum', vjp: reduceRule(false) };
export const reduceMean: OpGradient = { opType: 'ReduceMean', vjp: reduceRule(true) };
