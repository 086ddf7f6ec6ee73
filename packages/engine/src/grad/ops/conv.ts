import { attrInt } from '../../onnx/attributes';
import { windowGeometry } from '../../onnx/conv-geometry';
import type { OpGradient } from '../rule';
import { depthwiseWeightGrad, im2colWeightGrad, unfoldsWeightGrad, unfoldWeightGrad } from './conv-weight-grad';
import { adjointPadding, intsAttr, nonChannelAxes, requireStatic, swapBatchChannel } from './core-helpers';

/**
 * Y = Conv(X, W, B) with strides s, pads p, dilations d, group g.
 * dX = ConvTranspose(dY, W) with the same s, p, d, g and output_padding giving X's size;
 * for stride 1 a Conv of dY with the flipped, channel-swapped kernel instead (ONNX Runtime's
 * NCHWc Conv). Strided convs keep ConvTranspose: a phase decomposition (one stride-1 Conv
 * per output phase, interleaved by DepthToSpace) was slower end to end, its DepthToSpace
 * alone costing as much as the ConvTranspose (ResNet-18 input gradient 3.02x -> 2.70x
 * forward, small ResNet 2.99x -> 2.29x, measured interleaved when it was replaced).
 * dW[m, c, i] = sum_n,o X[n, c, i*d + o*s - p] dY[n, m, o]: for 2-D group-1 and depthwise
 * convs as products per kernel offset (conv-weight-grad.ts; strided k x k ones from an
 * input unfolded by a one-hot grouped Conv); otherwise a Conv of X (batch
 * and channels swapped) with dY as the kernel, strides d and dilations s, sliced to the
 * kernel size (depthwise: channels x batch as the input channels of one grouped Conv;
 * other groupings: all channel pairs, keeping the diagonal blocks).
 */
export const conv: OpGradient = {
  opType: 'Conv',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, emit }) => {
    const dy = dOutputs[0];
    const [x, w, bias] = node.inputs;
    if (!dy || !x || !w) return [undefined, undefined, undefined];
    const xs = shapeOf(x);
    const ws = requireStatic(node, 'weight shape', shapeOf(w));
    const rank = xs.length;
    const spatial = requireStatic(node, 'input spatial dims', xs.slice(2));
    const kernel = ws.slice(2);
    const g = windowGeometry(node, spatial, kernel);
    const out = g.out as number[];
    const group = attrInt(node, 'group', 1);
    const [m, cPerGroup] = [ws[0]!, ws[1]!];
    let dx: string | undefined;
    let dw: string | undefined;
    let db: string | undefined;
    const n = spatial.length;
    const keff = kernel.map((k, i) => (k - 1) * g.dilations[i]! + 1);
    const flipPads = [...keff.map((k, i) => k - 1 - g.pads[i]!), ...keff.map((k, i) => k - 1 - g.pads[i + n]!)];
    if (needsGrad[0] && g.strides.every((s) => s === 1) && flipPads.every((p) => p >= 0)) {
      // Stride 1: the adjoint is a plain Conv with the kernel flipped and in/out channels
      // swapped (per group). ONNX Runtime runs Conv much faster than ConvTranspose, and with a
      // constant W the flip is folded away when the session is created.
      let wt = w;
      if (group === 1) wt = emit.op1('Transpose', [w], { perm: intsAttr(swapBatchChannel(rank)) });
      else if (m !== group) {
        const grouped = emit.op1('Reshape', [w, emit.int64s([group, m / group, cPerGroup, ...kernel])]);
        const swapped = emit.op1('Transpose', [grouped], { perm: intsAttr([0, 2, 1, ...kernel.map((_, i) => i + 3)]) });
        wt = emit.op1('Reshape', [swapped, emit.int64s([cPerGroup * group, m / group, ...kernel])]);
      }
      const axes = kernel.map((_, i) => i + 2);
      const flipped = emit.op1('Slice', [wt, emit.int64s(axes.map(() => -1)), emit.int64s(axes.map(() => -1e15)), emit.int64s(axes), emit.int64s(axes.map(() => -1))]);
      dx = emit.op1('Conv', [dy, flipped], { pads: intsAttr(flipPads), dilations: intsAttr(g.dilations), group: { type: 'int', value: group } });
    } else if (needsGrad[0]) {
      const adj = adjointPadding(spatial, out, kernel, g.strides, g.dilations, g.pads);
      dx = emit.op1('ConvTranspose', [dy, w], {
        strides: intsAttr(g.strides), dilations: intsAttr(g.dilations), pads: intsAttr(adj.pads),
        output_padding: intsAttr(adj.outputPadding), group: { type: 'int', value: group },
      });
    }
    if (needsGrad[1]) {
      const perm = swapBatchChannel(rank);
      // Emitted only on the paths that read it (an unread node would still run).
      const dyTransposed = () => emit.op1('Transpose', [dy], { perm: intsAttr(perm) });
      const attrs = { strides: intsAttr(g.dilations), dilations: intsAttr(g.strides), pads: intsAttr(g.pads) };
      const full = spatial.map((xi, i) => Math.floor((xi + g.pads[i]! + g.pads[i + n]! - (g.strides[i]! * (out[i]! - 1) + 1)) / g.dilations[i]!) + 1);
      const slice = (t: string) => (full.every((f, i) => f === kernel[i])
        ? t
        : emit.op1('Slice', [t, emit.int64s(kernel.map(() => 0)), emit.int64s(kernel), emit.int64s(kernel.map((_, i) => i + 2))]));
      if (group === 1 && rank === 4 && unfoldsWeightGrad(kernel, out, g.strides)) {
        dw = unfoldWeightGrad(emit, x, dy, cPerGroup, m, kernel, g.strides, g.dilations, g.pads);
      } else if (group === 1 && rank === 4) {
        dw = im2colWeightGrad(emit, x, dy, cPerGroup, m, kernel, out, g.strides, g.dilations, g.pads);
      } else if (group === 1) {
        const xT = emit.op1('Transpose', [x], { perm: intsAttr(perm) });
        const r = emit.op1('Conv', [xT, dyTransposed()], attrs); // [C, M, k']
        dw = slice(emit.op1('Transpose', [r], { perm: intsAttr(perm) }));
      } else if (cPerGroup === 1 && rank === 4) {
        dw = depthwiseWeightGrad(emit, x, dy, group, m, kernel, out, g.strides, g.dilations, g.pads);
      } else if (cPerGroup === 1) {
        // Input channel c, batch n -> channel c*N + n of a single image; group c sees exactly X[:, c].
        const xT = emit.op1('Transpose', [x], { perm: intsAttr(perm) });
        const xr = emit.op1('Reshape', [xT, emit.int64s([1, -1, ...spatial.map(() => 0)])]);
        const r = emit.op1('Conv', [xr, dyTransposed()], { ...attrs, group: { type: 'int', value: group } }); // [1, M, k']
        dw = slice(emit.op1('Reshape', [r, emit.int64s([m, 1, ...spatial.map(() => 0)])]));
      } else {
        const xT = emit.op1('Transpose', [x], { perm: intsAttr(perm) });
        const r = emit.op1('Transpose', [emit.op1('Conv', [xT, dyTransposed()], attrs)], { perm: intsAttr(perm) }); // [M, C, k']
        const mg = m / group;
        const kk = full;
        const blocks = emit.op1('Reshape', [r, emit.int64s([group, mg, group, cPerGroup, ...kk])]);
        const mask = Array.from({ length: group * group }, (_, i) => (Math.floor(i / group) === i % group ? 1 : 0));
        const diag = emit.op1('Mul', [blocks, emit.constant(mask, [group, 1, group, 1, ...kk.map(() => 1)])]);
        const summed = emit.op1('ReduceSum', [diag, emit.int64s([2])], { keepdims: { type: 'int', value: 0 } });
        dw = slice(emit.op1('Reshape', [summed, emit.int64s([m, cPerGroup, ...kk])]));
      }
    }
    if (bias && needsGrad[2]) db = emit.op1('ReduceSum', [dy, emit.int64s(nonChannelAxes(rank))], { keepdims: { type: 'int', value: 0 } });
    return [dx, dw, db];
  },
};
