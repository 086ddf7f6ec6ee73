import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveVjp, gradName, seedName } from '../src/derive/vjp';
import { float, int, ints } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import { encodeModel } from '../src/onnx/codec';
import type { Dim } from '../src/onnx/ir';
import { uniform } from './grad-check';

/*
 * Rules fold sizes when shapes are static and compute them at run time (Shape, Size, dynamic
 * Split sizes) when a dim is symbolic, as in exported models with a 'batch' dim. Each case derives
 * the gradient graph twice, with batch = 2 and with batch = 'batch', and runs both on the same data:
 * the static graph is the one the finite-difference tables check, so the symbolic one must agree
 * with it to float32 rounding (|difference| <= 1e-6 + 1e-5 * |static|).
 */
interface DynCase {
  readonly name: string;
  /** Inputs have 'batch' as their first dim unless listed in `fixed`. */
  readonly inputs: Readonly<Record<string, readonly number[]>>;
  readonly build: (b: GraphBuilder, x: Readonly<Record<string, string>>) => string;
}

const BATCH = 2;

const cases: DynCase[] = [
  { name: 'ReduceMean over the batch axis, keepdims 0', inputs: { x: [3, 4] }, build: (b, x) => b.op1('ReduceMean', [x.x!], { axes: ints([0, 2]), keepdims: int(0) }) },
  { name: 'ReduceSum all axes', inputs: { x: [3] }, build: (b, x) => b.op1('ReduceSum', [x.x!], { keepdims: int(1) }) },
  {
    name: 'LayerNormalization over axes that include the batch',
    inputs: { x: [4], scale: [4] },
    build: (b, x) => b.op1('LayerNormalization', [x.x!, x.scale!], { axis: int(0), epsilon: float(1e-3) }),
  },
  {
    name: 'Concat along the batch axis',
    inputs: { x: [3], y: [3] },
    build: (b, x) => b.op1('Concat', [x.x!, x.y!], { axis: int(0) }),
  },
  { name: 'Gather token 0 under a batch dim', inputs: { x: [4, 3] }, build: (b, x) => b.op1('Gather', [x.x!, b.constant([0], [], 'int64')], { axis: int(1) }) },
  {
    name: 'Slice with steps under a batch dim',
    inputs: { x: [5] },
    build: (b, x) => b.op1('Slice', [x.x!, b.int64s([4]), b.int64s([-100]), b.int64s([1]), b.int64s([-2])]),
  },
  {
    // torch's x.chunk(2, dim=1) as exported: the bounds come from Shape -> Gather -> Add -> Div -> Mul on a static dim.
    name: 'Slice whose starts and ends are folded from a static dim next to the batch dim',
    inputs: { x: [6] },
    build: (b, x) => {
      const half = b.op1('Div', [b.op1('Add', [b.op1('Gather', [b.op1('Shape', [x.x!]), b.int64s([1])], { axis: int(0) }), b.int64s([1])]), b.int64s([2])]);
      return b.op1('Slice', [x.x!, half, b.op1('Mul', [half, b.int64s([2])]), b.int64s([1])]);
    },
  },
  { name: 'Slice along the batch axis', inputs: { x: [3] }, build: (b, x) => b.op1('Slice', [x.x!, b.int64s([1, 1]), b.int64s([100, -1]), b.int64s([0, 1])]) },
  { name: 'Softmax and Pad under a batch dim', inputs: { x: [3] }, build: (b, x) => b.op1('Pad', [b.op1('Softmax', [x.x!]), b.int64s([0, 1, 0, 2])]) },
  { name: 'Div broadcasting a batch of rows by a row', inputs: { x: [3], y: [3] }, build: (b, x) => b.op1('Div', [x.x!, b.op1('ReduceSum', [x.y!, b.int64s([0])], { keepdims: int(1) })]) },
  { name: 'Squeeze, Unsqueeze, Transpose', inputs: { x: [1, 3] }, build: (b, x) => b.op1('Transpose', [b.op1('Unsqueeze', [b.op1('Squeeze', [x.x!, b.int64s([1])]), b.int64s([0])])], { perm: ints([2, 1, 0]) }) },
];

async function gradients(c: DynCase, batch: Dim, data: Readonly<Record<string, Float32Array>>, seed: Float32Array, seedDims: readonly number[]) {
  const b = new GraphBuilder({ opsetVersion: 17, name: c.name });
  const names: Record<string, string> = {};
  for (const [name, rest] of Object.entries(c.inputs)) names[name] = b.input(name, 'float32', [batch, ...rest]);
  const out = b.output(c.build(b, names));
  const model = b.build();
  const vjp = deriveVjp(model, { seeds: [out], wrt: Object.keys(c.inputs) });
  const session = await ort.InferenceSession.create(encodeModel(vjp));
  const feeds: Record<string, ort.Tensor> = { [seedName(out)]: new ort.Tensor('float32', seed, [...seedDims]) };
  for (const [name, rest] of Object.entries(c.inputs)) feeds[name] = new ort.Tensor('float32', data[name]!, [BATCH, ...rest]);
  const result = await session.run(feeds);
  await session.release();
  return { out, grads: Object.keys(c.inputs).map((n) => result[gradName(n)]!.data as Float32Array), model };
}

describe('MORE_OPS rules under a symbolic batch dim agree with their static form', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const data: Record<string, Float32Array> = {};
    Object.entries(c.inputs).forEach(([name, rest], k) => (data[name] = uniform(BATCH * rest.reduce((p, d) => p * d, 1), 11 + k)));
    // The output's concrete shape, from running the static forward model once.
    const probe = new GraphBuilder({ opsetVersion: 17 });
    const pn: Record<string, string> = {};
    for (const [name, rest] of Object.entries(c.inputs)) pn[name] = probe.input(name, 'float32', [BATCH, ...rest]);
    const po = probe.output(c.build(probe, pn));
    const fwd = await ort.InferenceSession.create(encodeModel(probe.build()));
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, rest] of Object.entries(c.inputs)) feeds[name] = new ort.Tensor('float32', data[name]!, [BATCH, ...rest]);
    const y = (await fwd.run(feeds))[po]!;
    await fwd.release();
    const seed = uniform(y.size, 5);

    const fixed = await gradients(c, BATCH, data, seed, y.dims);
    const symbolic = await gradients(c, 'batch', data, seed, y.dims);
    // The symbolic model really keeps the batch dim symbolic.
    expect(symbolic.model.graph.inputs[0]!.shape![0]).toBe('batch');
    fixed.grads.forEach((g, k) => {
      const s = symbolic.grads[k]!;
      expect(s.length).toBe(g.length);
      expect(g.some((v) => v !== 0)).toBe(true);
      g.forEach((v, i) => expect(Math.abs((s[i] ?? NaN) - v)).toBeLessThanOrEqual(1e-6 + 1e-5 * Math.abs(v)));
    });
  });
});
