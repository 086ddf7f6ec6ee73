import { attrInt } from '../../onnx/attributes';
import type { OpGradient } from '../rule';

/**
 * The gradient goes to the arg-max of each window. ONNX MaxPool's Indices output gives it
 * as a flat index into X (batch and channel included, padding excluded, row-major when
 * storage_order is 0); ScatterElements with reduction 'add' sums dY into a flat zero
 * tensor there (overlapping windows may share a maximum).
 */
export const maxPool: OpGradient = {
  opType: 'MaxPool',
  vjp: ({ node, dOutputs, emit }) => {
    const dy = dOutputs[0];
    const x = node.inputs[0];
    if (!dy || !x) return [undefined];
    if (attrInt(node, 'storage_order', 0) !== 0) throw new Error(`node '${node.name}' (MaxPool): gradient supports storage_order 0 only`);
    const indices = node.outputs[1] || emit.op('MaxPool', [x], node.attributes, 2)[1]!;
    const flatX = emit.op1('Reshape', [x, emit.int64s([-1])]);
    const zeroValue = { type: 'tensor' as const, value: { name: 'value', dataType: 'float32' as const, dims: [1], values: new Float32Array(1) } };
    const zeros = emit.op1('ConstantOfShape', [emit.op1('Shape', [flatX])], { value: zeroValue });
    const flat = emit.op1('ScatterElements', [zeros, emit.op1('Reshape', [indices, emit.int64s([-1])]), emit.op1('Reshape', [dy, emit.int64s([-1])])], {
      axis: { type: 'int', value: 0 },
      reduction: { type: 'string', value: 'add' },
    });
    return [emit.op1('Reshape', [flat, emit.op1('Shape', [x])])];
  },
};
