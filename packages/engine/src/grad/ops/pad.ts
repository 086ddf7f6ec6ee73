import { attrInts, attrString } from '../../onnx/attributes';
import type { OpGradient, VjpArgs } from '../rule';
import { constInts, hasInput, noGrads, normAxis, range } from './more-helpers';

const INT64_MAX = Number.MAX_SAFE_INTEGER;

/**
 * Pad (constant mode): dX = dY with the padding sliced off. Negative pads crop X, so their
 * gradient pads the zeros back. Pads come from the attribute (before opset 11) or the constant
 * input, on all axes or on the `axes` input (opset 18).
 */
export const pad: OpGradient = {
  opType: 'Pad',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined || !args.needsGrad[0]) return grads;
    const mode = attrString(node, 'mode', 'constant');
    if (mode !== 'constant') throw new Error(`node '${node.name}' (Pad): no gradient rule for mode '${mode}'`);
    const rank = args.shapeOf(node.inputs[0] ?? '').length;
    const given = attrInts(node, 'pads', undefined) ?? constInts(args, 1, 'pads');
    const axes = hasInput(node, 3) ? constInts(args, 3, 'axes').map((a) => normAxis(node, a, rank)) : range(rank);
    const begin = new Array<number>(rank).fill(0);
    const end = new Array<number>(rank).fill(0);
    axes.forEach((a, i) => {
      begin[a] = given[i] ?? 0;
      end[a] = given[i + axes.length] ?? 0;
    });
    let g = dY;
    if ([...begin, ...end].some((p) => p > 0)) {
      const starts = begin.map((b) => Math.max(b, 0));
      const ends = end.map((e) => (e > 0 ? -e : INT64_MAX));
      g = emit.op1('Slice', [g, emit.int64s(starts), emit.int64s(ends), emit.int64s(range(rank))]);
    }
    if ([...begin, ...end].some((p) => p < 0)) {
      g = emit.op1('Pad', [g, emit.int64s([...begin, ...end].map((p) => Math.max(-p, 0)))]);
    }
    grads[0] = g;
    return grads;
  },
};
