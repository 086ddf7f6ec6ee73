import type { OpGradient } from '../rule';

/** The remaining rules (activations, elementwise, reductions, shape ops, Softmax, LayerNormalization, ...). */
export const MORE_OPS: readonly OpGradient[] = [];
