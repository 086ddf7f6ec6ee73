import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { float, int, ints, str } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import { encodeModel } from '../src/onnx/codec';
import { inferShapes } from '../src/onnx/shape-inference';

// Static inference checked against the shapes ONNX Runtime actually produces.
interface Case { name: string; input: number[]; build: (b: GraphBuilder, x: string) => string }

const cases: Case[] = [
  { name: 'Conv stride 2 pad 1', input: [2, 3, 9, 9], build: (b, x) => b.op1('Conv', [x, b.initializer('w', new Float32Array(4 * 3 * 9), [4, 3, 3, 3])], { strides: ints([2, 2]), pads: ints([1, 1, 1, 1]) }) },
  { name: 'Conv SAME_UPPER', input: [1, 2, 7, 6], build: (b, x) => b.op1('Conv', [x, b.initializer('w', new Float32Array(3 * 2 * 9), [3, 2, 3, 3])], { strides: ints([2, 2]), auto_pad: str('SAME_UPPER') }) },
  { name: 'Conv dilated', input: [1, 2, 10, 10], build: (b, x) => b.op1('Conv', [x, b.initializer('w', new Float32Array(2 * 2 * 9), [2, 2, 3, 3])], { dilations: ints([3, 2]) }) },
  { name: 'ConvTranspose output_padding', input: [1, 2, 4, 5], build: (b, x) => b.op1('ConvTranspose', [x, b.initializer('w', new Float32Array(2 * 3 * 9), [2, 3, 3, 3])], { strides: ints([2, 2]), pads: ints([1, 1, 1, 1]), output_padding: ints([1, 0]) }) },
  { name: 'MaxPool ceil_mode', input: [1, 1, 6, 7], build: (b, x) => b.op1('MaxPool', [x], { kernel_shape: ints([3, 3]), strides: ints([2, 2]), ceil_mode: int(1) }) },
  { name: 'AveragePool pads', input: [2, 2, 5, 5], build: (b, x) => b.op1('AveragePool', [x], { kernel_shape: ints([2, 2]), strides: ints([2, 2]), pads: ints([1, 1, 0, 0]) }) },
  { name: 'GlobalAveragePool + Flatten', input: [2, 3, 4, 4], build: (b, x) => b.op1('Flatten', [b.op1('GlobalAveragePool', [x])]) },
  { name: 'Gemm transA', input: [4, 3], build: (b, x) => b.op1('Gemm', [x, b.initializer('w', new Float32Array(20), [4, 5])], { transA: int(1), alpha: float(2) }) },
  { name: 'MatMul broadcast', input: [2, 1, 3, 4], build: (b, x) => b.op1('MatMul', [x, b.initializer('w', new Float32Array(3 * 4 * 2), [3, 4, 2])]) },
  { name: 'Reshape from Shape arithmetic', input: [2, 3, 4], build: (b, x) => {
    const n = b.op1('Gather', [b.op1('Shape', [x]), b.constant([0], [1], 'int64')], { axis: int(0) });
    return b.op1('Reshape', [x, b.op1('Concat', [n, b.int64s([-1])], { axis: int(0) })]);
  } },
  { name: 'Transpose + Unsqueeze + Squeeze', input: [2, 3, 4], build: (b, x) => b.op1('Squeeze', [b.op1('Unsqueeze', [b.op1('Transpose', [x], { perm: ints([2, 0, 1]) }), b.int64s([0, 3])]), b.int64s([3])]) },
  { name: 'Slice with steps', input: [2, 9, 4], build: (b, x) => b.op1('Slice', [x, b.int64s([1, -1]), b.int64s([8, -100]), b.int64s([1, 2]), b.int64s([3, -2])]) },
  { name: 'ReduceSum keepdims 0', input: [2, 3, 4], build: (b, x) => b.op1('ReduceSum', [x, b.int64s([0, 2])], { keepdims: int(0) }) },
  { name: 'BatchNormalization', input: [2, 3, 2, 2], build: (b, x) => b.op1('BatchNormalization', [x, ...['s', 'b', 'm', 'v'].map((n) => b.initializer(n, [1, 1, 1], [3]))]) },
  { name: 'Einsum attention scores (spaces, capitals)', input: [2, 3, 2, 4, 5], build: (b, x) => b.op1('Einsum', [x, b.initializer('k', new Float32Array(2 * 3 * 2 * 6 * 5), [2, 3, 2, 6, 5])], { equation: str('B G H I D, B G H J D -> B G H I J') }) },
  { name: 'Einsum implicit output', input: [3, 4], build: (b, x) => b.op1('Einsum', [b.initializer('a', new Float32Array(10), [5, 2]), x, b.initializer('c', new Float32Array(8), [4, 2])], { equation: str('kj,ib,bj') }) },
  { name: 'DepthToSpace', input: [1, 8, 2, 3], build: (b, x) => b.op1('DepthToSpace', [x], { blocksize: int(2), mode: str('CRD') }) },
  { name: 'Pad + Expand + Where', input: [1, 2, 3], build: (b, x) => {
    const p = b.op1('Pad', [x, b.int64s([0, 1, 0, 0, 0, 2])]);
    const e = b.op1('Expand', [p, b.int64s([2, 1, 1])]);
    return b.op1('Where', [b.op1('Greater', [e, b.scalar(0)]), e, b.scalar(1)]);
  } },
];

describe('shape inference', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s matches ONNX Runtime', async (_n, c) => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', c.input);
    const y = c.build(b, x);
    b.output(y);
    const model = b.build();
    const inferred = inferShapes(model.graph).get(y);
    const s = await InferenceSession.create(encodeModel(model));
    const n = c.input.reduce((a, d) => a * d, 1);
    const out = await s.run({ x: new Tensor('float32', new Float32Array(n).fill(0.5), c.input) });
    expect(inferred?.shape).toEqual(out[y]!.dims);
    expect(model.graph.outputs[0]!.shape).toEqual(out[y]!.dims);
  });

  it('keeps a symbolic batch dimension', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', ['N', 3, 8, 8]);
    const y = b.op1('Flatten', [b.op1('MaxPool', [b.op1('Conv', [x, b.initializer('w', new Float32Array(4 * 27), [4, 3, 3, 3])], { pads: ints([1, 1, 1, 1]) })], { kernel_shape: ints([2, 2]), strides: ints([2, 2]) })]);
    const r = b.op1('Reshape', [y, b.int64s([0, 8, -1])]);
    const info = inferShapes(b.build().graph);
    expect(info.get(y)?.shape).toEqual(['N', 64]);
    expect(info.get(r)?.shape).toEqual(['N', 8, 8]);
  });
});

describe('graph builder', () => {
  it('keeps names unique, refuses duplicates, renames tensors everywhere', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [2]);
    expect(() => b.input('x', 'float32', [2])).toThrow(/already used/);
    const [y] = b.op('Relu', [x]);
    const z = b.op1('Neg', [y!]);
    expect(new Set([x, y, z, b.fresh('relu'), b.fresh('relu')]).size).toBe(5);
    b.renameTensor(y!, 'activated');
    expect(b.nodes.map((n) => [...n.inputs, ...n.outputs])).toEqual([['x', 'activated'], ['activated', z]]);
    expect(() => b.renameTensor(x, 'other')).toThrow(/cannot be renamed/);
    b.output(z);
    b.metadata.note = 'kept';
    const m = b.build();
    expect(m.graph.outputs).toEqual([{ name: z, dataType: 'float32', shape: [2] }]);
    expect(m.metadata).toEqual({ note: 'kept' });
    expect(GraphBuilder.from(m).has('activated')).toBe(true);
  });
});

describe('graph builder constants', () => {
  it('stores values in the typed array their data type needs', () => {
    const b = new GraphBuilder();
    const i64 = b.constant(Float32Array.from([1, 2]), [2], 'int64');
    const f64 = b.constant(Float32Array.from([0.5]), [1], 'float64');
    const f32 = b.constant([1.5], [1]);
    expect(b.constantOf(i64)!.values).toEqual(BigInt64Array.from([1n, 2n]));
    expect(b.constantOf(f64)!.values).toEqual(Float64Array.from([0.5]));
    expect(b.constantOf(f32)!.values).toEqual(Float32Array.from([1.5]));
  });
});
