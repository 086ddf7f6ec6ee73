import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveForward } from '../src/derive/forward';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { deriveLastLayerGradients } from '../src/derive/last-layer';
import { LOSS_KINDS, type LossKind } from '../src/derive/losses';
import { deriveParameterGradients } from '../src/derive/parameter-gradients';
import { deriveVjp } from '../src/derive/vjp';
import { GradientNotSupportedError } from '../src/grad/differentiate';
import { int } from '../src/onnx/attributes';
import { GraphBuilder } from '../src/onnx/builder';
import { encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { SessionCache } from '../src/runtime/session-cache';
import { deriveTrainingStep } from '../src/train/training-step';
import { fdCheck } from './fd';
import { uniform } from './grad-check';
import { heNormal, tinyResNet } from './models';

const opts = { intraOpNumThreads: 1 };
const session = (m: ModelDef) => InferenceSession.create(encodeModel(m), opts);
const f32 = (t: Tensor | undefined) => t!.data as Float32Array;

/** Reference losses in float64, written from their definitions. */
function referenceLoss(kind: LossKind, z: number[], y: number, t: number): number {
  const max = Math.max(...z);
  const lse = max + Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0));
  const other = Math.max(...z.filter((_, j) => j !== y));
  const sorted = [...z].sort((a, b) => b - a);
  switch (kind) {
    case 'cross-entropy': return lse - z[y]!;
    case 'targeted-cross-entropy': return lse - z[y]!; // the labels are the targets (the sdk's sign: attacks descend it)
    case 'cw-margin': return other - z[y]!;
    case 'dlr': return -(z[y]! - other) / (sorted[0]! - sorted[2]! + 1e-12);
    case 'targeted-dlr': return -(z[y]! - z[t]!) / (sorted[0]! - (sorted[2]! + sorted[3]!) / 2 + 1e-12);
    case 'logit-difference': return z[t]! - z[y]!;
    case 'logit': return z[y]!;
  }
}

describe('losses', () => {
  const N = 4;
  const C = 5;
  const b = new GraphBuilder();
  b.output(b.op1('Identity', [b.input('z', 'float32', ['N', C])]));
  const logitsModel = b.build();
  const z = uniform(N * C, 3, -3, 3);
  const labels = BigInt64Array.from([0n, 4n, 2n, 2n]);
  const targets = BigInt64Array.from([3n, 1n, 2n, 0n]); // one target equals its label: the loss is 0 there

  it.each(LOSS_KINDS.map((k) => [k]))('%s: per-example values match the definition and the gradient matches finite differences', async (kind) => {
    const g = deriveInputGradient(logitsModel, { loss: kind });
    const s = await session(g.model);
    const feeds: Record<string, Tensor> = { z: new Tensor('float32', z, [N, C]), labels: new Tensor('int64', labels, [N]) };
    if (g.inputs.targets) feeds.targets = new Tensor('int64', targets, [N]);
    expect(Boolean(g.inputs.targets)).toBe(kind === 'targeted-dlr' || kind === 'logit-difference');
    const out = await s.run(feeds);
    const loss = f32(out.loss);
    for (let i = 0; i < N; i++) {
      const row = Array.from(z.subarray(i * C, (i + 1) * C));
      expect(loss[i]).toBeCloseTo(referenceLoss(kind, row, Number(labels[i]), Number(targets[i])), 4);
    }
    // Every logit checked (20 coordinates): |fd - analytic| <= 1e-3 + 1e-2 * max(|fd|, |analytic|).
    const r = await fdCheck(s, feeds, 'loss', 'z', f32(out.grad), { h: 1e-3, atol: 1e-3, rtol: 1e-2, directions: 2, coords: 20, seed: 4 });
    expect(r.failures).toEqual([]);
    expect(r.checks).toBeGreaterThanOrEqual(18);
  });
});

describe('forward and last-layer graphs', () => {
  const model = tinyResNet({ channels: 1, size: 8, classes: 4 });
  const N = 3;
  const x = uniform(N * 64, 8, 0, 1);
  const labels = BigInt64Array.from([1n, 0n, 3n]);

  it('forward exposes logits and the features at a cut', async () => {
    const f = deriveForward(model, { cut: 'features' });
    const out = await (await session(f.model)).run({ input: new Tensor('float32', x, [N, 1, 8, 8]) });
    expect(out.logits!.dims).toEqual([N, 4]);
    expect(out.features!.dims).toEqual([N, 8]);
    expect(() => deriveForward(model, { cut: 'no-such-tensor' })).toThrow(/no tensor 'no-such-tensor'/);
  });

  it('per-example final-layer gradients equal each example\'s own parameter gradient', async () => {
    const ll = deriveLastLayerGradients(model);
    expect(ll.layer).toMatchObject({ weight: 'fc.weight', bias: 'fc.bias', transposed: true });
    const out = await (await session(ll.model)).run({ input: new Tensor('float32', x, [N, 1, 8, 8]), labels: new Tensor('int64', labels, [N]) });
    expect(out.grad_weight!.dims).toEqual([N, 4, 8]);
    const pg = deriveParameterGradients(model, { loss: 'cross-entropy', params: ['fc.weight', 'fc.bias'] });
    const ps = await session(pg.model);
    for (let i = 0; i < N; i++) {
      const feeds: Record<string, Tensor> = {
        input: new Tensor('float32', x.slice(i * 64, (i + 1) * 64), [1, 1, 8, 8]),
        labels: new Tensor('int64', labels.slice(i, i + 1), [1]),
      };
      for (const p of pg.parameters) feeds[p.name] = new Tensor('float32', p.values as Float32Array, p.dims);
      const single = await ps.run(feeds);
      const gw = f32(single[pg.gradients.get('fc.weight')!]);
      const gb = f32(single[pg.gradients.get('fc.bias')!]);
      const mine = f32(out.grad_weight).subarray(i * 32, (i + 1) * 32);
      gw.forEach((v, k) => expect(mine[k]).toBeCloseTo(v, 5));
      gb.forEach((v, k) => expect(f32(out.grad_bias)[i * 4 + k]).toBeCloseTo(v, 5));
    }
  });

  it('finds MatMul + Add final layers (weight [K, C])', async () => {
    const b = new GraphBuilder();
    const h = b.input('input', 'float32', ['N', 6]);
    const w = b.initializer('w', heNormal(18, 6, 2), [6, 3]);
    b.output(b.op1('Add', [b.initializer('bias', [0.1, -0.2, 0.3], [3]), b.op1('MatMul', [h, w])]));
    const m = b.build();
    const ll = deriveLastLayerGradients(m);
    expect(ll.layer).toMatchObject({ features: 'input', weight: 'w', bias: 'bias', transposed: false });
    const xs = uniform(12, 5);
    const out = await (await session(ll.model)).run({ input: new Tensor('float32', xs, [2, 6]), labels: new Tensor('int64', BigInt64Array.from([2n, 0n]), [2]) });
    const dl = f32(out.dlogits);
    // Closed form recomputed here: grad_weight[n, k, c] = features[n, k] * dlogits[n, c].
    for (let n = 0; n < 2; n++) for (let k = 0; k < 6; k++) for (let c = 0; c < 3; c++) {
      expect(f32(out.grad_weight)[n * 18 + k * 3 + c]).toBeCloseTo(xs[n * 6 + k]! * dl[n * 3 + c]!, 6);
    }
    // dlogits rows of cross-entropy sum to zero (softmax minus one-hot).
    expect(dl[0]! + dl[1]! + dl[2]!).toBeCloseTo(0, 6);
  });
});

describe('the backward driver', () => {
  it('names the op, the node and the supported list when a needed op has no rule', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [2, 3]);
    b.output(b.op1('Sin', [x], {}, { name: 'the_sine' }));
    const m = b.build();
    let error: unknown;
    try {
      deriveVjp(m, { seeds: [m.graph.outputs[0]!.name], wrt: ['x'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GradientNotSupportedError);
    expect((error as Error).message).toMatch(/op Sin \(node 'the_sine'\).*supported ops: .*Conv.*MatMul/);
  });

  it('skips branches no gradient needs (an unsupported op there is fine) and returns zeros for unconnected inputs', async () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [2, 3]);
    const other = b.input('other', 'float32', [2, 3]);
    b.output(b.op1('Relu', [x]), 'float32', [2, 3]);
    b.output(b.op1('Sin', [other]), 'float32', [2, 3]);
    const m = b.build();
    const first = m.graph.outputs[0]!.name;
    const vjp = deriveVjp(m, { seeds: [first], wrt: ['x', 'other'] });
    expect(vjp.graph.nodes.some((n) => n.opType === 'Sin')).toBe(true);
    const s = await session(vjp);
    const xs = Float32Array.from([1, -1, 2, -2, 3, -3]);
    const out = await s.run({
      x: new Tensor('float32', xs, [2, 3]),
      other: new Tensor('float32', new Float32Array(6).fill(1), [2, 3]),
      [`seed:${first}`]: new Tensor('float32', new Float32Array(6).fill(2), [2, 3]),
    });
    expect(Array.from(f32(out['grad:x']))).toEqual([2, 0, 2, 0, 2, 0]);
    expect(Array.from(f32(out['grad:other']))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('differentiates through shape-only ops and integer tensors without asking them for gradients', async () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', ['N', 2, 3]);
    const shape = b.op1('Shape', [x]);
    const n = b.op1('Gather', [shape, b.constant([0], [1], 'int64')], { axis: int(0) });
    const flat = b.op1('Reshape', [x, b.op1('Concat', [n, b.int64s([-1])], { axis: int(0) })]);
    b.output(b.op1('Mul', [flat, flat]));
    const m = b.build();
    const vjp = deriveVjp(m, { seeds: [m.graph.outputs[0]!.name], wrt: ['x'] });
    const xs = uniform(12, 9);
    const out = await (await session(vjp)).run({
      x: new Tensor('float32', xs, [2, 2, 3]),
      [`seed:${m.graph.outputs[0]!.name}`]: new Tensor('float32', new Float32Array(12).fill(1), [2, 6]),
    });
    f32(out['grad:x']).forEach((v, i) => expect(v).toBeCloseTo(2 * xs[i]!, 6));
  });
});

describe('session cache', () => {
  it('reuses a session for identical bytes and provider, and keys thread settings apart', async () => {
    const cache = new SessionCache(4);
    const b = new GraphBuilder();
    b.output(b.op1('Relu', [b.input('x', 'float32', [2])]));
    const bytes = encodeModel(b.build());
    const a1 = cache.get(bytes, { intraOpNumThreads: 1 });
    const a2 = cache.get(Uint8Array.from(bytes), { intraOpNumThreads: 1 });
    const a3 = cache.get(bytes, { intraOpNumThreads: 2 });
    expect(a1).toBe(a2);
    expect(a3).not.toBe(a1);
    expect(cache.size).toBe(2);
    const out = await (await a1).run({ x: new Tensor('float32', Float32Array.from([-1, 2]), [2]) });
    expect(Array.from(Object.values(out)[0]!.data as Float32Array)).toEqual([0, 2]);
    await cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('opset', () => {
  it('derives graphs ONNX Runtime accepts from an opset-18 forward model (no attribute-axes reductions emitted)', async () => {
    const model = { ...tinyResNet({ channels: 1, size: 8, classes: 4 }), opsetVersion: 18 };
    const x = new Tensor('float32', uniform(2 * 64, 12, 0, 1), [2, 1, 8, 8]);
    const labels = new Tensor('int64', BigInt64Array.from([1n, 2n]), [2]);
    for (const loss of LOSS_KINDS) {
      const g = deriveInputGradient(model, { loss });
      expect(g.model.opsetVersion).toBe(18);
      const targets = new Tensor('int64', BigInt64Array.from([0n, 3n]), [2]);
      const out = await (await session(g.model)).run({ input: x, labels, ...(g.inputs.targets ? { targets } : {}) });
      expect(f32(out.grad).some((v) => v !== 0)).toBe(true);
    }
    const step = deriveTrainingStep(model, { optimizer: { kind: 'adam' } });
    const feeds: Record<string, Tensor> = { input: x, labels, lr: new Tensor('float32', Float32Array.of(0.01), []), step: new Tensor('float32', Float32Array.of(1), []) };
    for (const c of step.carried) feeds[c.input] = new Tensor('float32', Float32Array.from(c.initial.values as Float32Array), c.initial.dims);
    const out = await (await session(step.model)).run(feeds);
    expect(Number.isFinite(f32(out.loss)[0])).toBe(true);
  });
});
