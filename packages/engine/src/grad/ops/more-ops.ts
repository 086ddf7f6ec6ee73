import type { OpGradient } from '../rule';
import { cast } from './cast';
import { clip } from './clip';
import { concat } from './concat';
import { div } from './div';
import { dropout } from './dropout';
import { einsum } from './einsum';
import { erf } from './erf';
import { exp, log, reciprocal } from './exp-log';
import { expand } from './expand';
import { gather } from './gather';
import { gelu } from './gelu';
import { hardSigmoid } from './hard-sigmoid';
import { hardSwish } from './hard-swish';
import { layerNormalization } from './layer-normalization';
import { leakyRelu } from './leaky-relu';
import { mod } from './mod';
import { neg } from './neg';
import { noGradientOps } from './no-gradient';
import { pad } from './pad';
import { pow } from './pow';
import { reduceMean, reduceSum } from './reduce';
import { squeeze, unsqueeze } from './reshape-like';
import { slice } from './slice';
import { split } from './split';
import { logSoftmax, softmax } from './softmax';
import { sqrt } from './sqrt';
import { tanh } from './tanh';
import { transpose } from './transpose';
import { sigmoid } from './sigmoid';
import { where } from './where';

/** The remaining rules (activations, elementwise, reductions, shape ops, Softmax, LayerNormalization, ...). */
export const MORE_OPS: readonly OpGradient[] = [
  // activations and elementwise
  leakyRelu,
  clip,
  sigmoid,
  tanh,
  hardSigmoid,
  hardSwish,
  div,
  mod,
  neg,
  pow,
  sqrt,
  erf,
  gelu,
  exp,
  log,
  reciprocal,
  dropout,
  cast,
  where,
  // products
  einsum,
  // reductions and normalisation
  reduceSum,
  reduceMean,
  softmax,
  logSoftmax,
  layerNormalization,
  // shape and indexing
  squeeze,
  unsqueeze,
  transpose,
  concat,
  split,
  slice,
  pad,
  expand,
  gather,
  ...noGradientOps,
];
