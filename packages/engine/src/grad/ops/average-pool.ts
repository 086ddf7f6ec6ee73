import { attrInt, attrInts } from '../../onnx/attributes';
import { windowGeometry } from '../../onnx/conv-geometry';
import type { OpGradient } from '../rule';
import { adjointPadding, intsAttr, requireStatic } from './core-helpers';

/** Elements each output window averages over, as ONNX Runtime counts them. */
function divisors(x: readonly number[], out: readonly number[], kernel: readonly number[], strides: readonly number[], pads: readonly number[], includePad: boolean): Float32Array {
  const n = x.length;
  const perAxis = x.map((len, i) => Array.from({ length: out[i]! }, (_, o) => {
    const start = o * strides[i]! - pads[i]!;
    const end = Math.min(start + kernel[i]!, len + pads[i + n]!);
    return includePad ? end - start : Math.min(end, len) - Math.max(start, 0);
  }));
  const total = out.reduce((a, b) => a * b, 1);
  const d = new Float32Array(total);
  for (let flat = 0; flat < total; flat++) {
    let rest = flat;
    let count = 1;
    for (let i = n - 1; i >= 0; i--) {
      count *= perAxis[i]![rest % out[i]!]!;
      rest = Math.floor(rest / out[i]!);
    }
    d[flat] = 1 / count;
  }
  return d;
}

/**
 * Y = window sums / divisor. dX = ConvTranspose(dY / divisor, ones) per channel (group = C),
 * the adjoint of the window sum; divisors are computed once from the static geometry.
 */
export const averagePool: OpGradient = {
  opType: 'AveragePool',
  vjp: ({ node, dOutputs, shapeOf, emit }) => {
    const dy = dOutputs[0];
    const x = node.inputs[0];
    if (!dy || !x) return [undefined];
    const xs = shapeOf(x);
    const c = requireStatic(node, 'channel count', [xs[1]])[0]!;
    const spatial = requireStatic(node, 'input spatial dims', xs.slice(2));
    const kernel = attrInts(node, 'kernel_shape', undefined);
    if (!kernel) throw new Error(`node '${node.name}' (AveragePool): kernel_shape is required`);
    const g = windowGeometry(node, spatial, kernel);
    if (g.dilations.some((d) => d !== 1)) throw new Error(`node '${node.name}' (AveragePool): gradient supports dilations 1 only`);
    const out = g.out as number[];
    const scale = emit.constant(divisors(spatial, out, kernel, g.strides, g.pads, attrInt(node, 'count_include_pad', 0) === 1), [1, 1, ...out]);
    const ones = emit.constant(new Float32Array(c * kernel.reduce((a, b) => a * b, 1)).fill(1), [c, 1, ...kernel]);
    const adj = adjointPadding(spatial, out, kernel, g.strides, g.dilations, g.pads);
    return [emit.op1('ConvTranspose', [emit.op1('Mul', [dy, scale]), ones], {
      strides: intsAttr(g.strides), pads: intsAttr(adj.pads), output_padding: intsAttr(adj.outputPadding), group: { type: 'int', value: c },
    })];
  },
};
