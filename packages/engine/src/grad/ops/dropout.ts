import { int } from '../../onnx/attributes';
import type { OpGradient } from '../rule';
import { FLOAT_CODE, hasInput, hasOutput, tensorNumbers, unary } from './more-helpers';

/**
 * Dropout. In inference (what eval-mode exports contain) Y = X, so dX = dY; so too in training
 * mode with a constant ratio of 0 (torchvision's Swin calls F.dropout(p=0.0), training left true).
 * In training mode with another ratio, Y = X * mask / (1 - ratio): dX = dY * mask / (1 - ratio)
 * when the node outputs its mask; without it the random mask is out of reach and the rule refuses.
 */
export const dropout: OpGradient = {
  opType: 'Dropout',
  vjp: unary((args, dY) => {
    const { node, emit } = args;
    const mode = hasInput(node, 2) ? args.constantOf(node.inputs[2] ?? '') : undefined;
    if (mode === undefined || tensorNumbers(mode).every((v) => v === 0)) return dY;
    const given = hasInput(node, 1) ? args.constantOf(node.inputs[1] ?? '') : undefined;
    const ratio = hasInput(node, 1) ? (given ? tensorNumbers(given)[0] : undefined) : 0.5;
    if (ratio === 0) return dY;
    if (ratio === undefined || !hasOutput(node, 1)) {
      throw new Error(`node '${node.name}' (Dropout): training_mode is true; its gradient needs a constant ratio and the mask output`);
    }
    const mask = emit.op1('Cast', [node.outputs[1] ?? ''], { to: int(FLOAT_CODE) });
    return emit.op1('Mul', [dY, emit.op1('Mul', [mask, emit.scalar(1 / (1 - ratio))])]);
  }),
};
