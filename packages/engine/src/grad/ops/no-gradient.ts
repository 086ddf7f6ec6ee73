import type { OpGradient } from '../rule';

/**
 * Ops that compute shapes, masks, indices or constants: nothing differentiable flows through
 * them, so the differentiator treats their outputs as constants.
 */
const NO_GRADIENT_OPS = [
  'Shape',
  'Size',
  'Constant',
  'ConstantOfShape',
  'Equal',
  'Less',
  'LessOrEqual',
  'Greater',
  'GreaterOrEqual',
  'Not',
  'And',
  'Or',
  // torch.onnx.export's integer floor division (h // patch, embed_dim // num_heads) emits Xor.
  'Xor',
  'Range',
  'NonZero',
  'ArgMax',
  'ArgMin',
] as const;

export const noGradientOps: readonly OpGradient[] = NO_GRADIENT_OPS.map((opType) => ({ opType, noGradient: true }));
