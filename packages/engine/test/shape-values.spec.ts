import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveVjp } from '../src/derive/vjp';
import { int, ints } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import { encodeModel } from '../src/onnx/codec';
import type { Dim } from '../src/onnx/ir';
import { dimCompare, dimIntDiv, dimMul, dimQuotient, dimSub } from '../src/onnx/shape-dims';
import { inferShapes } from '../src/onnx/shape-inference';

/*
 * Shape inference on the shape arithmetic that exporters write (Shape -> Gather -> Unsqueeze
 * -> Concat -> Reshape and friends), with a symbolic batch 'N': one case per op. Each case states
 * the inferred shape (and, for shape tensors, the propagated value) with N left symbolic, and is
 * checked against what ONNX Runtime produces at N = 1 and N = 3.
 */
interface Case {
  readonly name: string;
  readonly build: (b: GraphBuilder, x: string) => string;
  readonly shape: readonly Dim[];
  readonly value?: readonly Dim[];
}

const INT64_MAX = 9223372036854775807n;
const X_SHAPE = ['N', 3, 4] as const;

const i64 = (b: GraphBuilder, v: number) => b.constant([v], [], 'int64');
const dimOf = (b: GraphBuilder, x: string, i: number) => b.op1('Gather', [b.op1('Shape', [x]), i64(b, i)], { axis: int(0) });
const unsq = (b: GraphBuilder, t: string) => b.op1('Unsqueeze', [t, b.int64s([0])]);
const cat = (b: GraphBuilder, parts: string[]) => b.op1('Concat', parts, { axis: int(0) });

const cases: Case[] = [
  { name: 'Shape', build: (b, x) => b.op1('Shape', [x]), shape: [3], value: ['N', 3, 4] },
  { name: 'Shape with start', build: (b, x) => b.op1('Shape', [x], { start: int(1) }), shape: [2], value: [3, 4] },
  { name: 'Shape with negative start and end', build: (b, x) => b.op1('Shape', [x], { start: int(-3), end: int(-1) }), shape: [2], value: ['N', 3] },
  { name: 'Gather of a shape vector, 1-D negative indices', build: (b, x) => b.op1('Gather', [b.op1('Shape', [x]), b.int64s([-1, 0])]), shape: [2], value: [4, 'N'] },
  { name: 'Gather of a shape vector, scalar index', build: (b, x) => dimOf(b, x, 0), shape: [], value: ['N'] },
  { name: 'Unsqueeze of a shape scalar', build: (b, x) => unsq(b, dimOf(b, x, 0)), shape: [1], value: ['N'] },
  { name: 'Squeeze back to a scalar', build: (b, x) => b.op1('Squeeze', [unsq(b, dimOf(b, x, 0)), b.int64s([0])]), shape: [], value: ['N'] },
  { name: 'Concat of int64 vectors', build: (b, x) => cat(b, [b.op1('Shape', [x], { end: int(1) }), b.int64s([-1]), unsq(b, dimOf(b, x, 2))]), shape: [3], value: ['N', -1, 4] },
  { name: 'Slice of a shape vector to the end', build: (b, x) => b.op1('Slice', [b.op1('Shape', [x]), b.int64s([-1]), b.constant(BigInt64Array.of(INT64_MAX), [1], 'int64')]), shape: [1], value: [4] },
  { name: 'Slice of a shape vector, reversed', build: (b, x) => b.op1('Slice', [b.op1('Shape', [x]), b.int64s([-1]), b.int64s([-100]), b.int64s([0]), b.int64s([-1])]), shape: [3], value: [4, 3, 'N'] },
  { name: 'Slice of a symbolic axis taken whole', build: (b, x) => b.op1('Slice', [x, b.int64s([0, 1]), b.constant(BigInt64Array.of(INT64_MAX, 3n), [2], 'int64'), b.int64s([0, 1])]), shape: ['N', 2, 4] },
  { name: 'Mul of shape scalars', build: (b, x) => b.op1('Mul', [dimOf(b, x, 0), dimOf(b, x, 1)]), shape: [], value: ['3*N'] },
  { name: 'Div of shape scalars (exact)', build: (b, x) => b.op1('Div', [b.op1('Mul', [dimOf(b, x, 0), i64(b, 6)]), dimOf(b, x, 1)]), shape: [], value: ['2*N'] },
  { name: 'Div of numbers truncates', build: (b, x) => b.op1('Div', [dimOf(b, x, 2), dimOf(b, x, 1)]), shape: [], value: [1] },
  { name: 'Add and Sub of shape scalars', build: (b, x) => b.op1('Sub', [b.op1('Add', [b.op1('Mul', [dimOf(b, x, 0), i64(b, 4)]), i64(b, 0)]), dimOf(b, x, 0)]), shape: [], value: ['3*N'] },
  {
    name: 'Integer floor division as torch.onnx.export writes it (Xor, And, Not, Less)',
    build: (b, x) => {
      const [a, d, zero] = [dimOf(b, x, 2), dimOf(b, x, 1), i64(b, 0)];
      const div = b.op1('Div', [a, d]);
      const negative = b.op1('Xor', [b.op1('Less', [a, zero]), b.op1('Less', [d, zero])]);
      const mod = b.op1('Sub', [a, b.op1('Mul', [div, d])]);
      const mask = b.op1('And', [negative, b.op1('Not', [b.op1('Equal', [mod, zero])])]);
      return b.op1('Sub', [div, b.op1('Cast', [mask], { to: int(7) })]);
    },
    shape: [],
    value: [1],
  },
  { name: 'Size', build: (b, x) => b.op1('Size', [x]), shape: [], value: ['12*N'] },
  { name: 'Cast of shape values to int32', build: (b, x) => b.op1('Cast', [b.op1('Shape', [x])], { to: int(6) }), shape: [3], value: ['N', 3, 4] },
  { name: 'Cast of shape values to float keeps the shape', build: (b, x) => b.op1('Cast', [b.op1('Shape', [x])], { to: int(1) }), shape: [3] },
  { name: 'Reshape with a computed shape: 0 and -1', build: (b, x) => b.op1('Reshape', [x, cat(b, [b.int64s([0]), b.int64s([-1])])]), shape: ['N', 12] },
  { name: 'Reshape to batch * rows', build: (b, x) => b.op1('Reshape', [x, cat(b, [unsq(b, b.op1('Mul', [dimOf(b, x, 0), i64(b, 3)])), b.int64s([-1])])]), shape: ['3*N', 4] },
  {
    name: 'Reshape back from batch * rows (-1 with symbols cancelling)',
    build: (b, x) => {
      const r = b.op1('Reshape', [x, b.int64s([-1, 2])]);
      return b.op1('Reshape', [r, cat(b, [unsq(b, dimOf(b, x, 0)), b.int64s([2, -1])])]);
    },
    shape: ['N', 2, 6],
  },
  { name: 'Flatten of a symbolic batch', build: (b, x) => b.op1('Flatten', [x], { axis: int(0) }), shape: [1, '12*N'] },
  { name: 'Expand to a computed shape', build: (b, x) => b.op1('Expand', [b.constant([1, 2, 3, 4], [1, 1, 4]), cat(b, [unsq(b, dimOf(b, x, 0)), b.int64s([3, 1])])]), shape: ['N', 3, 4] },
  {
    name: 'Where/Equal turning -1 sizes into 1 before Expand (the exporter\'s expand(n, -1, -1))',
    build: (b, x) => {
      const size = cat(b, [unsq(b, dimOf(b, x, 0)), b.int64s([-1]), b.int64s([-1])]);
      const ones = b.op1('ConstantOfShape', [b.op1('Shape', [size])], { value: { type: 'tensor', value: { name: '', dataType: 'int64', dims: [1], values: BigInt64Array.of(1n) } } });
      const fixed = b.op1('Where', [b.op1('Equal', [size, b.op1('Mul', [ones, i64(b, -1)])]), ones, size]);
      return b.op1('Identity', [fixed]);
    },
    shape: [3],
    value: ['N', 1, 1],
  },
  { name: 'ConstantOfShape with a computed shape', build: (b, x) => b.op1('ConstantOfShape', [cat(b, [unsq(b, dimOf(b, x, 0)), b.int64s([2])])]), shape: ['N', 2] },
  { name: 'Range over a static dim', build: (b, x) => b.op1('Range', [i64(b, 0), dimOf(b, x, 2), i64(b, 1)]), shape: [4], value: [0, 1, 2, 3] },
  { name: 'Range over the batch', build: (b, x) => b.op1('Range', [i64(b, 0), dimOf(b, x, 0), i64(b, 1)]), shape: ['N'] },
  { name: 'Transpose under a computed reshape', build: (b, x) => b.op1('Transpose', [b.op1('Reshape', [x, cat(b, [unsq(b, dimOf(b, x, 0)), b.int64s([2, 6])])])], { perm: ints([2, 0, 1]) }), shape: [6, 'N', 2] },
  // Swin pads H and W to multiples of the window: (window - W % window) % window, Python's % (fmod 0).
  { name: 'Mod as Swin pads to a multiple of the window', build: (b, x) => b.op1('Mod', [b.op1('Sub', [i64(b, 3), b.op1('Mod', [dimOf(b, x, 2), i64(b, 3)])]), i64(b, 3)]), shape: [], value: [2] },
  { name: 'Mod of a negative number takes the divisor\'s sign', build: (b, x) => b.op1('Mod', [b.op1('Neg', [dimOf(b, x, 2)]), i64(b, 3)]), shape: [], value: [2] },
  { name: 'Mod of a multiple of the batch', build: (b, x) => b.op1('Mod', [b.op1('Mul', [dimOf(b, x, 0), i64(b, 4)]), i64(b, 2)]), shape: [], value: [0] },
  { name: 'Pads as torch writes them (Reshape to [rank, 2], reversed, transposed, flattened)', build: (b, x) => torchPads(b, x), shape: [6], value: [0, 0, 1, 0, 2, 0] },
  { name: 'Pad with pads computed that way', build: (b, x) => b.op1('Pad', [x, torchPads(b, x)]), shape: ['N', 5, 5] },
];

/** F.pad(x, (1, 0, 0, 2)) of a [N, 3, 4] tensor as torch.onnx.export writes the pads, from the dims 4 and 3. */
function torchPads(b: GraphBuilder, x: string): string {
  const last = unsq(b, b.op1('Sub', [dimOf(b, x, 2), i64(b, 3)]));
  const middle = unsq(b, b.op1('Sub', [dimOf(b, x, 1), i64(b, 1)]));
  const pairs = b.op1('Reshape', [cat(b, [last, b.int64s([0, 0]), middle, b.int64s([0, 0])]), b.int64s([-1, 2])]);
  const reversed = b.op1('Slice', [pairs, b.int64s([-1]), b.int64s([-100]), b.int64s([0]), b.int64s([-1])]);
  return b.op1('Reshape', [b.op1('Transpose', [reversed], { perm: ints([1, 0]) }), b.int64s([-1])]);
}

/** A dim with N substituted ('3*N' at N = 2 is 6). */
function at(d: Dim, n: number): number {
  if (typeof d === 'number') return d;
  if (d === undefined) throw new Error('unknown dim in an expectation');
  return d.split('*').reduce((p, f) => p * (f === 'N' ? n : Number(f)), 1);
}

describe('shape inference follows shape arithmetic with a symbolic batch', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const b = new GraphBuilder({ opsetVersion: 17 });
    const x = b.input('x', 'float32', [...X_SHAPE]);
    const y = b.output(c.build(b, x));
    const model = b.build();
    const info = inferShapes(model.graph).get(y);
    expect(info?.shape).toEqual(c.shape);
    expect(info?.value).toEqual(c.value);
    const s = await InferenceSession.create(encodeModel(model));
    for (const n of [1, 3]) {
      const out = (await s.run({ x: new Tensor('float32', new Float32Array(n * 12).fill(0.5), [n, 3, 4]) }))[y]!;
      expect(out.dims).toEqual(c.shape.map((d) => at(d, n)));
      if (c.value) expect(Array.from(out.data as ArrayLike<number | bigint>, Number)).toEqual(c.value.map((d) => at(d, n)));
    }
    await s.release();
  });

  it('refuses a gradient through a shape that cannot be known, naming the tensor', () => {
    const b = new GraphBuilder({ opsetVersion: 17 });
    const x = b.input('x', 'float32', ['N', 3, 4]);
    // The target shape is fed at run time: nothing before then says its length or entries.
    const target = b.input('target', 'int64', ['K']);
    const r = b.op1('Reshape', [x, target], {}, { outputs: ['reshaped_by_input'] });
    const y = b.op1('LayerNormalization', [r, b.initializer('scale', [1, 1, 1, 1], [4])], { axis: int(-1) });
    b.output(y, 'float32', ['N', 3, 4]);
    const model = b.build();
    expect(inferShapes(model.graph).get('reshaped_by_input')?.shape).toBeUndefined();
    expect(() => deriveVjp(model, { seeds: [y], wrt: ['x'] })).toThrow(/no static shape known for tensor 'reshaped_by_input'/);
  });
});

describe('dimension arithmetic', () => {
  it('keeps monomials of symbols and decides only what sizes allow', () => {
    expect(dimMul('N', 2)).toBe('2*N');
    expect(dimMul('2*N', 'T')).toBe('2*N*T');
    expect(dimQuotient('2*N*T', '2*T')).toBe('N');
    expect(dimQuotient('N', 2)).toBeUndefined();
    expect(dimIntDiv(7, 2)).toBe(3);
    expect(dimIntDiv(-7, 2)).toBe(-3);
    expect(dimSub('3*N', 'N')).toBe('2*N');
    expect(dimSub('N', 1)).toBeUndefined();
    // A size is never negative, but may be 0.
    expect(dimCompare('N', -1)).toBe(1);
    expect(dimCompare(-1, 'N')).toBe(-1);
    expect(dimCompare('N', 0)).toBeUndefined();
    expect(dimCompare('N', 'N')).toBe(0);
  });
});
