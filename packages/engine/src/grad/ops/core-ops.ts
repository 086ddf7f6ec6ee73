import type { OpGradient } from '../rule';
import { add } from './add';
import { flatten } from './flatten';
import { identity } from './identity';
import { matmul } from './matmul';
import { mul } from './mul';
import { relu } from './relu';
import { reshape } from './reshape';
import { sub } from './sub';

/** Rules needed by ResNet-style graphs (Conv, BatchNormalization, Relu, Add, pools, Gemm, ...). */
export const CORE_OPS: readonly OpGradient[] = [relu, add, sub, mul, matmul, flatten, reshape, identity];
