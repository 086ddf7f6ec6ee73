import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Exp: dX = dY * Y. */
export const exp: OpGradient = {
  opType: 'Exp',
  vjp: unary(({ node, emit }, dY) => emit.op1('Mul', [dY, node.outputs[0] ?? ''])),
};

/** Log: dX = dY / X. */
export const log: OpGradient = {
  opType: 'Log',
  vjp: unary(({ node, emit }, dY) => emit.op1('Div', [dY, node.inputs[0] ?? ''])),
};

/** Reciprocal: Y = 1 / X, dX = -dY * Y^2. */
export const reciprocal: OpGradient = {
  opType: 'Reciprocal',
  vjp: unary(({ node, emit }, dY) => {
    const y = node.outputs[0] ?? '';
    return emit.op1('Neg', [emit.op1('Mul', [dY, emit.op1('Mul', [y, y])])]);
  }),
};
