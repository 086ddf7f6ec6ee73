import { attrInt } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { sumKeep, unary } from './more-helpers';

/*
 * Opset-13 semantics: one axis (default -1). Before opset 13 the input was coerced to 2-D
 * around `axis` (default 1); for the [N, C] logits where older exports use it, both agree.
 */

/** Softmax: dX = Y * (dY - sum(dY * Y, axis)). */
export const softmax: OpGradient = {
  opType: 'Softmax',
  vjp: unary(({ node, emit }, dY) => {
    const y = node.outputs[0] ?? '';
    const axis = attrInt(node, 'axis', -1);
    const dot = sumKeep(emit, emit.op1('Mul', [dY, y]), [axis]);
    return emit.op1('Mul', [y, emit.op1('Sub', [dY, dot])]);
  }),
};

/** LogSoftmax: dX = dY - exp(Y) * sum(dY, axis). */
export const logSoftmax: OpGradient = {
  opType: 'LogSoftmax',
  vjp: unary(({ node, emit }, dY) => {
    const y = node.outputs[0] ?? '';
    const axis = attrInt(node, 'axis', -1);
    return emit.op1('Sub', [dY, emit.op1('Mul', [emit.op1('Exp', [y]), sumKeep(emit, dY, [axis])])]);
  }),
};
