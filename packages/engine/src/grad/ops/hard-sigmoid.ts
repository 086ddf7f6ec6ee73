import { attrFloat } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/**
 * HardSigmoid: Y = clip(alpha * X + beta, 0, 1); dX = alpha * dY where 0 < Y < 1
 * (strictly inside: PyTorch's hardsigmoid passes no gradient at the corners either).
 */
export const hardSigmoid: OpGradient = {
  opType: 'HardSigmoid',
  vjp: unary(({ node, emit }, dY) => {
    const alpha = attrFloat(node, 'alpha', 0.2);
    const y = node.outputs[0] ?? '';
    const inside = emit.op1('And', [emit.op1('Greater', [y, emit.scalar(0)]), emit.op1('Less', [y, emit.scalar(1)])]);
    return emit.op1('Where', [inside, emit.op1('Mul', [dY, emit.scalar(alpha)]), emit.scalar(0)]);
  }),
};
