import { deriveInputGradient, GradientNotSupportedError, type ModelDef } from '@transferlab/engine';

/**
 * Why gradients cannot flow through a model, or null when they can: the engine derives the
 * cross-entropy input-gradient graph (every layer from logits back to the image). A refusal
 * (an op without a vector-Jacobian rule, or a rule that cannot handle the node's attributes or
 * shapes) names the node; such a model is forward only: logits, features and fine-tuning of a
 * head above the refused node work, attacks and saliency do not.
 */
export function gradientProblem(model: ModelDef): string | null {
  try {
    deriveInputGradient(model, { loss: 'cross-entropy' });
    return null;
  } catch (e) {
    if (e instanceof GradientNotSupportedError) return e.message;
    if (e instanceof Error && /node '/.test(e.message)) return e.message;
    throw e;
  }
}
