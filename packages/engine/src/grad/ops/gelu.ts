import { attrString } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const TANH_CUBIC = 0.044715;

/**
 * Gelu (opset 20; transformer exports at opset 20 and later write it instead of the
 * x * 0.5 * (1 + erf(x / sqrt 2)) composition that earlier opsets get).
 * approximate 'none': y = x Phi(x), dX = dY (Phi(x) + x phi(x)) with Phi the normal CDF and phi its density.
 * approximate 'tanh': y = x (1 + t) / 2, t = tanh(u), u = sqrt(2/pi) (x + 0.044715 x^3),
 *   dX = dY ((1 + t) / 2 + x (1 - t^2) u' / 2), u' = sqrt(2/pi) (1 + 3 * 0.044715 x^2).
 */
export const gelu: OpGradient = {
  opType: 'Gelu',
  vjp: unary(({ node, emit }, dY) => {
    const x = node.inputs[0] ?? '';
    const mul = (a: string, b: string) => emit.op1('Mul', [a, b]);
    const add = (a: string, b: string) => emit.op1('Add', [a, b]);
    const one = emit.scalar(1);
    const half = emit.scalar(0.5);
    const sq = mul(x, x);
    let local: string;
    if (attrString(node, 'approximate', 'none') === 'tanh') {
      const u = mul(mul(x, add(one, mul(sq, emit.scalar(TANH_CUBIC)))), emit.scalar(SQRT_2_OVER_PI));
      const t = emit.op1('Tanh', [u]);
      const du = mul(add(one, mul(sq, emit.scalar(3 * TANH_CUBIC))), emit.scalar(SQRT_2_OVER_PI));
      const dt = emit.op1('Sub', [one, mul(t, t)]);
      local = add(mul(add(one, t), half), mul(mul(x, mul(dt, du)), half));
    } else {
      const cdf = mul(add(one, emit.op1('Erf', [mul(x, emit.scalar(Math.SQRT1_2))])), half);
      const pdf = mul(emit.op1('Exp', [mul(sq, emit.scalar(-0.5))]), emit.scalar(1 / Math.sqrt(2 * Math.PI)));
      local = add(cdf, mul(x, pdf));
    }
    return mul(dY, local);
  }),
};
