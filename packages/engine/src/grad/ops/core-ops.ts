import type { OpGradient } from '../rule';
import { add } from './add';
import { averagePool } from './average-pool';
import { batchNormalization } from './batch-normalization';
import { conv } from './conv';
import { flatten } from './flatten';
import { gemm } from './gemm';
import { globalAveragePool } from './global-average-pool';
import { identity } from './identity';
import { matmul } from './matmul';
import { maxPool } from './max-pool';
import { mul } from './mul';
import { relu } from './relu';
import { reshape } from './reshape';
import { sub } from './sub';

/** Rules needed by ResNet-style graphs (Conv, BatchNormalization, Relu, Add, pools, Gemm, ...). */
export const CORE_OPS: readonly OpGradient[] = [
  conv, batchNormalization, relu, add, sub, mul, maxPool, averagePool, globalAveragePool, gemm, matmul, flatten, reshape, identity,
];
