import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Erf: dX = dY * 2 / sqrt(pi) * exp(-X^2) (the GELU in ViT exports uses it). */
export const erf: OpGradient = {
  opType: 'Erf',
  vjp: unary(({ node, emit }, dY) => {
    const x = node.inputs[0] ?? '';
    const gauss = emit.op1('Exp', [emit.op1('Neg', [emit.op1('Mul', [x, x])])]);
    return emit.op1('Mul', [dY, emit.op1('Mul', [gauss, emit.scalar(2 / Math.sqrt(Math.PI))])]);
  }),
};
