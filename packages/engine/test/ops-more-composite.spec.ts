import { describe, expect, it } from 'vitest';
import { deriveVjp } from '../src/derive/vjp';
import { GraphBuilder } from '../src/onnx/builder';
import { float, int, ints, str } from '../src/onnx/attributes';
import type { Attribute } from '../src/onnx/ir';
import { awayFromZero, expectGradientsMatch, uniform, type GradCheckCase } from './grad-check';

/*
 * The MORE_OPS rules chained as exporters write them (PyTorch at opsets 13-17): a decomposed
 * LayerNorm, exact GELU, a ViT class-token head, scaled dot-product attention, a MobileNetV3
 * squeeze-excite block. Central differences, step 1e-2, pass when
 * |analytic - numeric| <= 1e-3 + 1e-2 * max(|analytic|, |numeric|).
 */
const TOL = { atol: 1e-3, rtol: 1e-2 };

const cases: GradCheckCase[] = [
  {
    name: 'decomposed LayerNorm (ReduceMean, Sub, Pow, Add, Sqrt, Div)',
    opsetVersion: 13,
    build: (b) => {
      const x = b.input('x', 'float32', [2, 3, 5]);
      const w = b.input('w', 'float32', [5]);
      const mean = b.op1('ReduceMean', [x], { axes: ints([-1]) });
      const d = b.op1('Sub', [x, mean]);
      const variance = b.op1('ReduceMean', [b.op1('Pow', [d, b.scalar(2)])], { axes: ints([-1]) });
      const y = b.op1('Div', [d, b.op1('Sqrt', [b.op1('Add', [variance, b.scalar(1e-5)])])]);
      return b.op1('Mul', [y, w]);
    },
    values: { x: uniform(30, 1, -2, 2), w: uniform(5, 2, 0.5, 1.5) },
  },
  {
    name: 'exact GELU (Div, Erf, Add, Mul)',
    build: (b) => {
      const x = b.input('x', 'float32', [3, 4]);
      const inner = b.op1('Add', [b.op1('Erf', [b.op1('Div', [x, b.scalar(Math.SQRT2)])]), b.scalar(1)]);
      return b.op1('Mul', [b.op1('Mul', [x, inner]), b.scalar(0.5)]);
    },
    values: { x: uniform(12, 3, -3, 3) },
  },
  {
    name: 'ViT head: Expand class token, Concat, LayerNormalization, Gather token 0, MatMul, LogSoftmax',
    build: (b) => {
      const tokens = b.input('tokens', 'float32', [2, 3, 4]);
      const cls = b.input('cls', 'float32', [1, 1, 4]);
      const w = b.input('w', 'float32', [4, 3]);
      const scale = b.input('scale', 'float32', [4]);
      const bias = b.input('bias', 'float32', [4]);
      const seq = b.op1('Concat', [b.op1('Expand', [cls, b.int64s([2, 1, 4])]), tokens], { axis: int(1) });
      const normed = b.op1('LayerNormalization', [seq, scale, bias], { axis: int(-1), epsilon: float(1e-6) });
      const first = b.op1('Gather', [normed, b.constant([0], [], 'int64')], { axis: int(1) });
      return b.op1('LogSoftmax', [b.op1('MatMul', [first, w])], { axis: int(-1) });
    },
    values: { scale: uniform(4, 4, 0.5, 1.5) },
  },
  {
    name: 'attention: Transpose, MatMul, Div, Softmax, MatMul',
    build: (b) => {
      const q = b.input('q', 'float32', [2, 3, 4]);
      const k = b.input('k', 'float32', [2, 3, 4]);
      const v = b.input('v', 'float32', [2, 3, 4]);
      const scores = b.op1('Div', [b.op1('MatMul', [q, b.op1('Transpose', [k], { perm: ints([0, 2, 1]) })]), b.scalar(2)]);
      return b.op1('MatMul', [b.op1('Softmax', [scores], { axis: int(-1) }), v]);
    },
  },
  {
    // Fed starts (-4 on axis 1 wraps to 1; axis 0 ends past its size): the pads are computed at run time.
    // The Reshape gives the checker the [2, 2] output's static shape, which inference cannot know.
    name: 'Slice with starts fed at run time (unit steps)',
    build: (b) => {
      const y = b.op1('Slice', [b.input('x', 'float32', [3, 5]), b.input('s', 'int64', [2]), b.int64s([3, 100]), b.int64s([1, 0])]);
      return b.op1('Reshape', [y, b.int64s([2, 2])]);
    },
    values: { s: BigInt64Array.of(-4n, 1n) },
    wrt: ['x'],
  },
  {
    name: 'squeeze-excite with HardSigmoid and HardSwish (MobileNetV3)',
    build: (b) => {
      const x = b.input('x', 'float32', [1, 2, 3, 3]);
      const pooled = b.op1('ReduceMean', [x], { axes: ints([2, 3]), keepdims: int(1) });
      const gate = b.op1('HardSigmoid', [pooled], { alpha: float(1 / 6), beta: float(0.5) });
      return b.op1('HardSwish', [b.op1('Mul', [x, gate])]);
    },
    // |x * gate| stays below 3, clear of HardSwish's corners; the gate stays inside (0, 1).
    values: { x: uniform(18, 5, -2, 2) },
  },
  {
    name: 'masks, shapes and index ranges carry no gradient (Less, Not, Equal, Cast, Shape, ConstantOfShape, Range)',
    build: (b) => {
      const x = b.input('x', 'float32', [2, 3]);
      const magnitude = b.op1('Where', [b.op1('Not', [b.op1('Less', [x, b.scalar(0)])]), x, b.op1('Neg', [x])]);
      const one: Attribute = { type: 'tensor', value: { name: 'one', dataType: 'float32', dims: [1], values: Float32Array.of(1) } };
      const ones = b.op1('ConstantOfShape', [b.op1('Shape', [x])], { value: one });
      const two = b.op1('Add', [ones, b.op1('Cast', [b.op1('Equal', [x, x])], { to: int(1) })]);
      const columns = b.op1('Range', [b.constant([0], [], 'int64'), b.constant([3], [], 'int64'), b.constant([1], [], 'int64')]);
      return b.op1('Mul', [b.op1('Gather', [magnitude, columns], { axis: int(1) }), two]);
    },
    values: { x: awayFromZero(6, 9) },
  },
  {
    // x[:, 1:] and x.flip(0) as PyTorch writes them: INT64_MAX / INT64_MIN ends, stored exactly.
    name: 'Slice with INT64_MAX and INT64_MIN ends (x[:, 1:], flip)',
    build: (b) => {
      const x = b.input('x', 'float32', [3, 4]);
      const i64 = (name: string, v: bigint) => b.initializer(name, BigInt64Array.of(v), [1], 'int64');
      const tail = b.op1('Slice', [x, i64('one', 1n), i64('max', 9223372036854775807n), i64('axis1', 1n)]);
      return b.op1('Slice', [tail, i64('last', -1n), i64('min', -9223372036854775808n), i64('axis0', 0n), i64('back', -1n)]);
    },
  },
];

describe('MORE_OPS rules chained as in exported models', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s matches finite differences', async (_n, c) => {
    const report = await expectGradientsMatch({ ...TOL, ...c });
    expect(report.failures).toEqual([]);
  });
});

describe('MORE_OPS rules refuse what they cannot differentiate, naming the node', () => {
  const derive = (build: (b: GraphBuilder) => string): (() => unknown) => {
    const b = new GraphBuilder({ opsetVersion: 17 });
    b.output(build(b));
    const model = b.build();
    return () => deriveVjp(model, { seeds: [model.graph.outputs[0]!.name], wrt: ['x'] });
  };

  it('Slice with starts computed at run time and step 2', () => {
    const run = derive((b) => {
      const x = b.input('x', 'float32', [3, 4]);
      // A fed tensor: no static shape or constant gives its value (Shape of a static dim would); with
      // unit steps the pads are computed at run time, but other steps need the positions when building.
      const starts = b.input('s', 'int64', [1]);
      return b.op1('Slice', [x, starts, b.int64s([3]), b.int64s([1]), b.int64s([2])], {}, { name: 'dyn_slice' });
    });
    expect(run).toThrow(/node 'dyn_slice' \(Slice\): gradient needs constant starts/);
  });

  it('Pad in reflect mode', () => {
    const run = derive((b) => b.op1('Pad', [b.input('x', 'float32', [3, 4]), b.int64s([0, 1, 0, 1])], { mode: str('reflect') }, { name: 'reflect_pad' }));
    expect(run).toThrow(/node 'reflect_pad' \(Pad\): no gradient rule for mode 'reflect'/);
  });

  it('Dropout in training mode', () => {
    const run = derive((b) =>
      b.op1('Dropout', [b.input('x', 'float32', [3, 4]), b.scalar(0.5), b.constant([1], [], 'bool')], {}, { name: 'train_dropout' }),
    );
    expect(run).toThrow(/node 'train_dropout' \(Dropout\): training_mode is true/);
  });
});
