import { attrInt, int } from '../../onnx/attributes';
import type { OpGradient, VjpArgs } from '../rule';
import { noGrads, normAxis } from './more-helpers';

/**
 * Concat: dY split back along the axis into pieces of each input's size. Sizes are folded when
 * static, else read from the inputs' shapes at run time. Split takes the sizes as an input (opset 13+).
 */
export const concat: OpGradient = {
  opType: 'Concat',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined || !args.needsGrad.some(Boolean)) return grads;
    const rank = args.shapeOf(node.outputs[0] ?? '').length;
    const axis = normAxis(node, attrInt(node, 'axis', 0), rank);
    const sizes = node.inputs.map((x) => args.shapeOf(x)[axis]);
    const splits = sizes.every((d): d is number => typeof d === 'number')
      ? emit.int64s(sizes)
      : emit.op1(
          'Concat',
          node.inputs.map((x) => emit.op1('Gather', [emit.op1('Shape', [x]), emit.int64s([axis])])),
          { axis: int(0) },
        );
    const pieces = emit.op('Split', [dY, splits], { axis: int(axis) }, node.inputs.length);
    node.inputs.forEach((_, i) => {
      if (args.needsGrad[i]) grads[i] = pieces[i];
    });
    return grads;
  },
};
