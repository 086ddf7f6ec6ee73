import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Neg: dX = -dY. */
export const neg: OpGradient = {
  opType: 'Neg',
  vjp: unary(({ emit }, dY) => emit.op1('Neg', [dY])),
};
