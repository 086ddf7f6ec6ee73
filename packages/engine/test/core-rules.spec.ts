import { describe, expect, it } from 'vitest';
import { float, int, ints, str } from '../src/onnx/attributes';
import type { GraphBuilder } from '../src/onnx/builder';
import type { Attribute } from '../src/onnx/ir';
import { awayFromZero, distinct, expectGradientsMatch, uniform, type GradCheckCase } from './grad-check';

// Tolerances (grad-check defaults unless a case says otherwise): central differences with
// h = 1e-2 on float32 graphs, the loss accumulated in float64;
// pass when |fd - analytic| <= 1e-3 + 1e-2 * max(|fd|, |analytic|).
// Inputs of piecewise-linear ops (Relu, MaxPool) stay farther than h from their kinks.

type Attrs = Record<string, Attribute>;

function convCase(name: string, x: number[], w: number[], attrs: Attrs, bias = true): GradCheckCase {
  return {
    name: `Conv ${name}`,
    build: (b: GraphBuilder) => {
      const inputs = [b.input('x', 'float32', x), b.input('w', 'float32', w)];
      if (bias) inputs.push(b.input('b', 'float32', [w[0]!]));
      return b.op1('Conv', inputs, attrs);
    },
    perElementMax: 40,
  };
}

const conv: GradCheckCase[] = [
  convCase('3x3 stride 1 no pad', [2, 3, 5, 5], [4, 3, 3, 3], {}),
  convCase('3x3 stride 2 pad 1 (odd size)', [2, 2, 7, 7], [3, 2, 3, 3], {
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
  }),
  convCase('3x3 stride 2 pad 1 (even size)', [1, 2, 6, 6], [2, 2, 3, 3], {
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
  }),
  convCase(
    '7x7 stride 2 pad 3 (ResNet stem)',
    [1, 3, 9, 9],
    [2, 3, 7, 7],
    { strides: ints([2, 2]), pads: ints([3, 3, 3, 3]) },
    false,
  ),
  convCase('1x1 stride 2 (downsample)', [2, 3, 5, 5], [4, 3, 1, 1], { strides: ints([2, 2]) }, false),
  convCase('dilations 2 pad 2', [1, 2, 7, 7], [2, 2, 3, 3], {
    dilations: ints([2, 2]),
    pads: ints([2, 2, 2, 2]),
  }),
  convCase('stride 2 dilation 2', [1, 2, 9, 8], [2, 2, 3, 2], {
    strides: ints([2, 2]),
    dilations: ints([2, 2]),
    pads: ints([1, 0, 2, 1]),
  }),
  convCase('asymmetric pads, rectangular kernel, strides 3x1', [1, 2, 8, 6], [3, 2, 2, 3], {
    strides: ints([3, 1]),
    pads: ints([0, 1, 2, 0]),
  }),
  // The weight gradient's layouts (conv-weight-grad.ts): 5-63 input channels per-offset products (small maps batched,
  // 14x14 outputs per image); up to 4 or from 64 channels one stacked im2col (20x20 outputs per image).
  convCase('3x3 stride 2 pad 1, 5 channels (per-offset Gemms)', [2, 5, 7, 7], [3, 5, 3, 3], {
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
  }),
  convCase(
    'stride 2 dilation 2, 6 channels (per-offset Gemms)',
    [1, 6, 9, 8],
    [2, 6, 3, 2],
    { strides: ints([2, 2]), dilations: ints([2, 2]), pads: ints([1, 0, 2, 1]) },
    false,
  ),
  convCase(
    '3x3 pad 1, 14x14 output, 5 channels (per-image products)',
    [2, 5, 14, 14],
    [2, 5, 3, 3],
    { pads: ints([1, 1, 1, 1]) },
    false,
  ),
  convCase(
    '3x3 pad 1, 20x20 output, 2 channels (stacked im2col per image)',
    [1, 2, 20, 20],
    [2, 2, 3, 3],
    { pads: ints([1, 1, 1, 1]) },
    false,
  ),
  convCase(
    '3x3 stride 2, 64 channels (stacked im2col, batched)',
    [2, 64, 5, 5],
    [2, 64, 3, 3],
    { strides: ints([2, 2]), pads: ints([1, 1, 1, 1]) },
    false,
  ),
  convCase('depthwise group=C', [2, 3, 5, 5], [3, 1, 3, 3], { group: int(3), pads: ints([1, 1, 1, 1]) }),
  convCase('depthwise stride 2', [2, 4, 6, 6], [4, 1, 3, 3], {
    group: int(4),
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
  }),
  convCase('depthwise multiplier 2', [1, 2, 5, 5], [4, 1, 3, 3], { group: int(2) }),
  convCase('grouped, 2 channels per group', [1, 4, 5, 5], [4, 2, 3, 3], {
    group: int(2),
    strides: ints([2, 2]),
  }),
  convCase('auto_pad SAME_UPPER stride 2', [1, 2, 6, 5], [2, 2, 3, 3], {
    auto_pad: str('SAME_UPPER'),
    strides: ints([2, 2]),
  }),
  convCase('auto_pad SAME_LOWER', [1, 2, 5, 5], [2, 2, 2, 2], { auto_pad: str('SAME_LOWER') }),
  convCase('auto_pad VALID', [1, 2, 5, 5], [2, 2, 3, 3], { auto_pad: str('VALID') }),
  convCase('1-D stride 2 pad 1', [2, 3, 9], [4, 3, 3], { strides: ints([2]), pads: ints([1, 1]) }),
  convCase('1-D depthwise', [2, 3, 7], [3, 1, 3], { group: int(3), pads: ints([1, 1]) }),
  convCase('1-D grouped stride 2', [1, 4, 9], [4, 2, 3], { group: int(2), strides: ints([2]) }),
  convCase('depthwise dilation 2 stride 2', [1, 2, 9, 9], [2, 1, 3, 3], {
    group: int(2),
    dilations: ints([2, 2]),
    strides: ints([2, 2]),
    pads: ints([2, 2, 2, 2]),
  }),
];

function bnCase(name: string, shape: number[], training: boolean): GradCheckCase {
  const c = shape[1]!;
  return {
    name: `BatchNormalization ${name}`,
    build: (b) => {
      const ins = ['x', 'scale', 'bias', 'mean', 'var'].map((n) =>
        b.input(n, 'float32', n === 'x' ? shape : [c]),
      );
      // ONNX requires all three outputs in training mode.
      return b.op(
        'BatchNormalization',
        ins,
        { epsilon: float(1e-3), ...(training ? { training_mode: int(1) } : {}) },
        { outputs: training ? 3 : 1 },
      )[0]!;
    },
    values: { var: uniform(c, 5, 0.5, 1.5), scale: uniform(c, 6, 0.5, 1.5) },
    // Running statistics do not affect Y in training mode.
    wrt: training ? ['x', 'scale', 'bias'] : undefined,
    perElementMax: 40,
  };
}

const bn: GradCheckCase[] = [
  bnCase('inference NCHW', [2, 3, 3, 3], false),
  bnCase('inference NC', [4, 3], false),
  bnCase('training NCHW', [3, 2, 3, 3], true),
  bnCase('training NC', [5, 3], true),
  {
    name: 'BatchNormalization training, 3 outputs, only Y used',
    build: (b) => {
      const ins = ['x', 'scale', 'bias', 'mean', 'var'].map((n) =>
        b.input(n, 'float32', n === 'x' ? [2, 2, 3, 3] : [2]),
      );
      return b.op(
        'BatchNormalization',
        ins,
        { training_mode: int(1), momentum: float(0.9) },
        { outputs: 3 },
      )[0]!;
    },
    values: { var: uniform(2, 5, 0.5, 1.5) },
    wrt: ['x', 'scale', 'bias'],
  },
];

function poolCase(op: string, name: string, x: number[], attrs: Attrs, outputs = 1): GradCheckCase {
  const n = x.reduce((a, b) => a * b, 1);
  return {
    name: `${op} ${name}`,
    build: (b) => b.op(op, [b.input('x', 'float32', x)], attrs, { outputs })[0]!,
    values: { x: op === 'MaxPool' ? distinct(n, 11) : uniform(n, 11) },
    perElementMax: 40,
  };
}

const pools: GradCheckCase[] = [
  poolCase('MaxPool', 'k2 s2', [2, 2, 4, 4], { kernel_shape: ints([2, 2]), strides: ints([2, 2]) }),
  poolCase('MaxPool', 'k3 s2 p1 (ResNet stem, overlapping)', [1, 2, 7, 7], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
  }),
  poolCase('MaxPool', 'k3 s1 p1', [1, 1, 5, 5], { kernel_shape: ints([3, 3]), pads: ints([1, 1, 1, 1]) }),
  poolCase('MaxPool', 'ceil_mode', [1, 2, 6, 6], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    ceil_mode: int(1),
  }),
  poolCase('MaxPool', 'dilations 2', [1, 2, 7, 7], { kernel_shape: ints([2, 2]), dilations: ints([2, 2]) }),
  poolCase(
    'MaxPool',
    'with Indices output',
    [2, 1, 4, 4],
    { kernel_shape: ints([2, 2]), strides: ints([2, 2]) },
    2,
  ),
  poolCase('MaxPool', '1-D', [2, 2, 9], { kernel_shape: ints([3]), strides: ints([2]) }),
  poolCase('MaxPool', 'auto_pad SAME_UPPER', [1, 2, 5, 6], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    auto_pad: str('SAME_UPPER'),
  }),
  poolCase('AveragePool', 'k2 s2', [2, 2, 4, 4], { kernel_shape: ints([2, 2]), strides: ints([2, 2]) }),
  poolCase('AveragePool', 'k3 s2 p1 exclude pad', [1, 2, 7, 7], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
  }),
  poolCase('AveragePool', 'k3 s2 p1 include pad', [1, 2, 6, 6], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    pads: ints([1, 1, 1, 1]),
    count_include_pad: int(1),
  }),
  poolCase('AveragePool', 'ceil_mode', [1, 1, 6, 6], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    ceil_mode: int(1),
  }),
  poolCase('AveragePool', 'asymmetric pads', [1, 1, 5, 6], {
    kernel_shape: ints([2, 3]),
    strides: ints([1, 2]),
    pads: ints([0, 1, 1, 0]),
  }),
  poolCase('AveragePool', 'auto_pad SAME_UPPER', [1, 2, 5, 6], {
    kernel_shape: ints([3, 3]),
    strides: ints([2, 2]),
    auto_pad: str('SAME_UPPER'),
  }),
  poolCase('AveragePool', '1-D', [2, 2, 9], {
    kernel_shape: ints([3]),
    strides: ints([2]),
    pads: ints([1, 1]),
  }),
  poolCase('GlobalAveragePool', 'NCHW', [2, 3, 3, 4], {}),
  poolCase('GlobalAveragePool', '1-D', [2, 3, 5], {}),
];

function gemmCase(
  name: string,
  a: number[],
  bShape: number[],
  c: number[] | undefined,
  attrs: Attrs,
): GradCheckCase {
  return {
    name: `Gemm ${name}`,
    build: (b) =>
      b.op1(
        'Gemm',
        [
          b.input('a', 'float32', a),
          b.input('b', 'float32', bShape),
          ...(c ? [b.input('c', 'float32', c)] : []),
        ],
        attrs,
      ),
  };
}

const gemm: GradCheckCase[] = [
  gemmCase('plain with bias [N]', [3, 4], [4, 5], [5], {}),
  gemmCase('transB (linear layer)', [3, 4], [5, 4], [5], { transB: int(1) }),
  gemmCase('transA', [4, 3], [4, 5], [3, 5], { transA: int(1) }),
  gemmCase('transA transB alpha beta', [4, 3], [5, 4], [3, 1], {
    transA: int(1),
    transB: int(1),
    alpha: float(0.7),
    beta: float(-1.3),
  }),
  gemmCase('bias [1, N], alpha', [2, 3], [3, 4], [1, 4], { alpha: float(2) }),
  gemmCase('scalar bias', [2, 3], [3, 4], [], { beta: float(0.5) }),
  gemmCase('no bias', [2, 3], [3, 4], undefined, { transB: int(0) }),
];

const elementwise: GradCheckCase[] = [
  {
    name: 'Sub broadcast',
    build: (b) => b.op1('Sub', [b.input('a', 'float32', [2, 3, 4]), b.input('b', 'float32', [3, 1])]),
  },
  {
    name: 'Sub same tensor',
    build: (b) => {
      const a = b.input('a', 'float32', [4]);
      return b.op1('Sub', [a, b.op1('Mul', [a, a])]);
    },
  },
  {
    name: 'Mul broadcast',
    build: (b) => b.op1('Mul', [b.input('a', 'float32', [2, 1, 4]), b.input('b', 'float32', [3, 4])]),
  },
  {
    name: 'Mul x*x',
    build: (b) => {
      const a = b.input('a', 'float32', [5]);
      return b.op1('Mul', [a, a]);
    },
  },
  {
    name: 'Mul by constant',
    build: (b) => b.op1('Mul', [b.input('a', 'float32', [2, 3]), b.initializer('k', [1, 2, 3], [3])]),
  },
  {
    name: 'Flatten axis 1',
    build: (b) => b.op1('Relu', [b.op1('Flatten', [b.input('x', 'float32', [2, 3, 2, 2])])]),
    values: { x: awayFromZero(24, 2) },
  },
  {
    name: 'Flatten axis 2',
    build: (b) => b.op1('Flatten', [b.input('x', 'float32', [2, 3, 2, 2])], { axis: int(2) }),
  },
  {
    name: 'Flatten axis 0',
    build: (b) => b.op1('Flatten', [b.input('x', 'float32', [2, 3, 2])], { axis: int(0) }),
  },
  {
    name: 'Reshape -1 and 0',
    build: (b) => {
      const y = b.op1('Reshape', [b.input('x', 'float32', [2, 3, 4]), b.int64s([0, -1, 2])]);
      return b.op1('Mul', [y, b.initializer('k', uniform(12, 3), [6, 2])]);
    },
  },
  { name: 'Identity', build: (b) => b.op1('Identity', [b.input('x', 'float32', [3, 2])]) },
];

describe('core vector-Jacobian rules vs central finite differences', () => {
  const all = [...conv, ...bn, ...pools, ...gemm, ...elementwise];
  it.each(all.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const report = await expectGradientsMatch(c);
    expect(report.checks).toBeGreaterThan(0);
  });
});
