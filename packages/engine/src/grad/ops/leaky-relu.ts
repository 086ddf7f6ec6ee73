import { attrFloat } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** LeakyRelu: dX = dY where X > 0, alpha * dY elsewhere (PyTorch's choice at 0). */
export const leakyRelu: OpGradient = {
  opType: 'LeakyRelu',
  vjp: unary(({ node, emit }, dY) => {
    const alpha = attrFloat(node, 'alpha', 0.01);
    const x = node.inputs[0] ?? '';
    const positive = emit.op1('Greater', [x, emit.scalar(0)]);
    return emit.op1('Where', [positive, dY, emit.op1('Mul', [dY, emit.scalar(alpha)])]);
  }),
};
