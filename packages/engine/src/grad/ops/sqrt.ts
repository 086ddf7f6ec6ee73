import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Sqrt: dX = dY / (2 * Y), from the forward output. */
export const sqrt: OpGradient = {
  opType: 'Sqrt',
  vjp: unary(({ node, emit }, dY) => {
    const y = node.outputs[0] ?? '';
    return emit.op1('Div', [dY, emit.op1('Mul', [y, emit.scalar(2)])]);
  }),
};
