import { attrFloat, attrInt } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { channelShape, nonChannelAxes, requireStatic } from './core-helpers';

const keep = (k: 0 | 1) => ({ keepdims: { type: 'int' as const, value: k } });

/**
 * Y = scale * (X - mean) / sqrt(var + eps) + B over channel axis 1.
 * Inference mode (training_mode 0): mean/var are inputs, so dX = dY * scale / sqrt(var + eps),
 * and mean/var get their (rarely wanted) gradients too.
 * Training mode: mean/var are the batch statistics, so with xhat the normalised input and
 * sums over every axis but the channel, dX = scale/std * (dY - mean(dY) - xhat * mean(dY * xhat)),
 * emitted as one per-channel affine map of dY and X - mean (fewer full-size passes).
 * The running-statistics outputs carry no gradient.
 */
export const batchNormalization: OpGradient = {
  opType: 'BatchNormalization',
  vjp: ({ node, dOutputs, needsGrad, shapeOf, emit }) => {
    const dy = dOutputs[0];
    const [x, scale, , mean, variance] = node.inputs;
    if (!dy || !x || !scale || !mean || !variance) return node.inputs.map(() => undefined);
    const xs = shapeOf(x);
    const rank = xs.length;
    const c = requireStatic(node, 'channel count', [xs[1]])[0]!;
    const cs = emit.int64s(channelShape(c, rank));
    const axes = nonChannelAxes(rank);
    const eps = emit.scalar(attrFloat(node, 'epsilon', 1e-5));
    const perChannel = (t: string) => emit.op1('Reshape', [t, cs]);
    const sumAxes = (t: string) => emit.op1('ReduceSum', [t, emit.int64s(axes)], keep(0));
    const training = attrInt(node, 'training_mode', 0) === 1;
    if (!training) {
      const inv = emit.op1('Reciprocal', [emit.op1('Sqrt', [emit.op1('Add', [variance, eps])])]);
      const scaleInv = emit.op1('Mul', [scale, inv]);
      // Only what is asked for: an input gradient (attacks) needs just the per-channel scale.
      const dB = needsGrad[2] || needsGrad[3] ? sumAxes(dy) : undefined;
      const dyCentred = needsGrad[1] || needsGrad[4] ? sumAxes(emit.op1('Mul', [dy, emit.op1('Sub', [x, perChannel(mean)])])) : undefined;
      return [
        needsGrad[0] ? emit.op1('Mul', [dy, perChannel(scaleInv)]) : undefined,
        needsGrad[1] && dyCentred ? emit.op1('Mul', [dyCentred, inv]) : undefined,
        needsGrad[2] ? dB : undefined,
        needsGrad[3] && dB ? emit.op1('Neg', [emit.op1('Mul', [dB, scaleInv])]) : undefined,
        needsGrad[4] && dyCentred
          ? emit.op1('Mul', [emit.op1('Mul', [dyCentred, scaleInv]), emit.op1('Mul', [emit.op1('Mul', [inv, inv]), emit.scalar(-0.5)])])
          : undefined,
      ];
    }
    // Batch statistics, recomputed (cheap next to the convolutions around them).
    // Means as ReduceSum (axes as an input: valid from opset 13 on) times 1 / (elements per
    // channel), that count taken from the run-time size so the batch may be symbolic.
    const invCount = emit.op1('Div', [emit.scalar(c), emit.op1('Cast', [emit.op1('Size', [x])], { to: { type: 'int', value: 1 } })]);
    const axesT = emit.int64s(axes);
    const sumKeep = (t: string) => emit.op1('ReduceSum', [t, axesT], keep(1));
    const mu = emit.op1('Mul', [sumKeep(x), invCount]);
    const centred = emit.op1('Sub', [x, mu]);
    const v = emit.op1('Mul', [sumKeep(emit.op1('Mul', [centred, centred])), invCount]);
    const inv = emit.op1('Reciprocal', [emit.op1('Sqrt', [emit.op1('Add', [v, eps])])]);
    // One reduction each for sum(dY) and sum(dY * centred): they give dB and (times inv) dScale,
    // and the per-channel coefficients of dX = a dY + b centred + c, so that dX costs four
    // elementwise passes and xhat is never formed:
    // a = scale inv, b = -a inv^2 mean(dY centred), c = -a mean(dY).
    const sumDy = sumKeep(dy);
    const sumDyXhat = emit.op1('Mul', [sumKeep(emit.op1('Mul', [dy, centred])), inv]);
    let dx: string | undefined;
    if (needsGrad[0]) {
      const a = emit.op1('Mul', [perChannel(scale), inv]);
      const negA = emit.op1('Neg', [emit.op1('Mul', [a, invCount])]);
      const b = emit.op1('Mul', [negA, emit.op1('Mul', [sumDyXhat, inv])]);
      const c0 = emit.op1('Mul', [negA, sumDy]);
      dx = emit.op1('Add', [emit.op1('Mul', [dy, a]), emit.op1('Add', [emit.op1('Mul', [centred, b]), c0])]);
    }
    const flat = (t: string) => emit.op1('Reshape', [t, emit.int64s([c])]);
    return [dx, needsGrad[1] ? flat(sumDyXhat) : undefined, needsGrad[2] ? flat(sumDy) : undefined, undefined, undefined];
  },
};
