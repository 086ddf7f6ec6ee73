import { attrFloat, attrInt } from '../../onnx/attributes';
import type { OpGradient, VjpArgs } from '../rule';
import { hasInput, hasOutput, inverseCount, noGrads, normAxis, range, sumKeep } from './more-helpers';

/**
 * LayerNormalization (opset 17): normalise over axes [axis, rank), then Y = Xhat * scale + bias.
 * With r = 1 / sqrt(var + eps) and g = dY * scale:
 *   dX = r * (g - mean(g) - Xhat * mean(g * Xhat)),  dScale = sum(dY * Xhat),  dBias = sum(dY),
 * the sums running over the axes that scale and bias were broadcast along. Mean and InvStdDev
 * are taken from the node's optional outputs when it has them, else recomputed.
 */
export const layerNormalization: OpGradient = {
  opType: 'LayerNormalization',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined) return grads;
    if (args.dOutputs[1] !== undefined || args.dOutputs[2] !== undefined) {
      throw new Error(`node '${node.name}' (LayerNormalization): no gradient rule for the Mean and InvStdDev outputs`);
    }
    const [x = '', scale = '', bias = ''] = node.inputs;
    const xShape = args.shapeOf(x);
    const rank = xShape.length;
    const axes = range(rank).slice(normAxis(node, attrInt(node, 'axis', -1), rank));
    const inv = inverseCount(args, x, axes, () => sumKeep(emit, x, axes));
    const meanOf = (t: string): string => emit.op1('Mul', [sumKeep(emit, t, axes), inv]);

    const mean = hasOutput(node, 1) ? (node.outputs[1] ?? '') : meanOf(x);
    const centred = emit.op1('Sub', [x, mean]);
    let rstd: string;
    if (hasOutput(node, 2)) rstd = node.outputs[2] ?? '';
    else {
      const variance = meanOf(emit.op1('Mul', [centred, centred]));
      const eps = emit.scalar(attrFloat(node, 'epsilon', 1e-5));
      rstd = emit.op1('Reciprocal', [emit.op1('Sqrt', [emit.op1('Add', [variance, eps])])]);
    }
    const xhat = emit.op1('Mul', [centred, rstd]);

    if (args.needsGrad[0]) {
      const g = emit.op1('Mul', [dY, scale]);
      const inner = emit.op1('Sub', [emit.op1('Sub', [g, meanOf(g)]), emit.op1('Mul', [xhat, meanOf(emit.op1('Mul', [g, xhat]))])]);
      grads[0] = emit.op1('Mul', [inner, rstd]);
    }
    if (args.needsGrad[1]) grads[1] = args.reduceToShape(emit.op1('Mul', [dY, xhat]), xShape, args.shapeOf(scale));
    if (args.needsGrad[2] && hasInput(node, 2)) grads[2] = args.reduceToShape(dY, xShape, args.shapeOf(bias));
    return grads;
  },
};
