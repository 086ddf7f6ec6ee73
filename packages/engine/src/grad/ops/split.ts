import { attrInt, int } from '../../onnx/attributes';
import type { OpGradient, VjpArgs } from '../rule';
import { noGrads, normAxis } from './more-helpers';

/**
 * Split (q/k/v projections in attention exports): dX is the outputs' gradients concatenated back
 * along the axis, zeros standing in for outputs that receive none. Sizes are whatever the forward
 * node produced, so the `split` input (opset 13) and num_outputs (opset 18) need no reading.
 */
export const split: OpGradient = {
  opType: 'Split',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    if (!args.needsGrad[0] || args.dOutputs.every((d) => d === undefined)) return grads;
    const rank = args.shapeOf(node.inputs[0] ?? '').length;
    const axis = normAxis(node, attrInt(node, 'axis', 0), rank);
    const parts = node.outputs.map((y, i) => args.dOutputs[i] ?? emit.op1('ConstantOfShape', [emit.op1('Shape', [y])]));
    grads[0] = parts.length === 1 ? parts[0] : emit.op1('Concat', parts, { axis: int(axis) });
    return grads;
  },
};
