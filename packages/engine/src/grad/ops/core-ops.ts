import type { OpGradient } from '../rule';

/** Rules needed by ResNet-style graphs (Conv, BatchNormalization, Relu, Add, pools, Gemm, ...). */
export const CORE_OPS: readonly OpGradient[] = [];
