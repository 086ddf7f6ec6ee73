import { deriveInputGradient, type ModelDef } from '@transferlab/engine';

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
    // GradientNotSupportedError, or another refusal of the derivation (a rule that cannot take
    // the node's attributes or shapes names the node too): usable forward only, never unimportable.
    if (e instanceof Error) return e.message;
    return String(e);
  }
}
