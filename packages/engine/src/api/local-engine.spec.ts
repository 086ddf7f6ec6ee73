import { describe, expect, it } from 'vitest';
import { int } from '../onnx/attributes';
import { GraphBuilder } from '../onnx/builder';
import { encodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { mulberry32 } from '../train-utils/prng';
import { tinyResNet } from '../../test/models';
import { LocalEngine, UnknownModelError } from './local-engine';

const C = 4;
const D = 3 * 3 * 3;

/** logits = Gemm(Flatten(x), W, b, transB) on 3x3x3 images; W [C, D] as PyTorch stores Linear. */
function linearModel(seed: number): { model: ModelDef; w: Float64Array; b: Float64Array } {
  const r = mulberry32(seed);
  const w = Float64Array.from({ length: C * D }, () => r() * 2 - 1);
  const bias = Float64Array.from({ length: C }, () => r() - 0.5);
  const g = new GraphBuilder({ name: 'linear' });
  const x = g.input('image', 'float32', ['N', 3, 3, 3]);
  const flat = g.op1('Flatten', [x], { axis: int(1) }, { outputs: ['flat'] });
  g.initializer('fc.weight', Float32Array.from(w), [C, D]);
  g.initializer('fc.bias', Float32Array.from(bias), [C]);
  g.output(g.op1('Gemm', [flat, 'fc.weight', 'fc.bias'], { transB: int(1) }, { outputs: ['logits'] }));
  return { model: g.build(), w: Float64Array.from(Float32Array.from(w)), b: Float64Array.from(Float32Array.from(bias)) };
}

/** Closed forms in float64: logits, and per loss the value and d loss / d logits (sdk sign conventions). */
function reference(w: Float64Array, b: Float64Array, x: Float32Array, y: number, loss: string) {
  const z = Array.from({ length: C }, (_, k) => b[k]! + Array.from({ length: D }, (_, j) => w[k * D + j]! * x[j]!).reduce((s, v) => s + v, 0));
  const m = Math.max(...z);
  const p = z.map((v) => Math.exp(v - m));
  const sum = p.reduce((s, v) => s + v, 0);
  const prob = p.map((v) => v / sum);
  const others = z.map((v, k) => (k === y ? -Infinity : v));
  const j = others.indexOf(Math.max(...others));
  let value: number;
  const dz = new Array<number>(C).fill(0);
  if (loss === 'cross-entropy' || loss === 'targeted-cross-entropy') {
    value = -Math.log(prob[y]!);
    prob.forEach((q, k) => (dz[k] = q - (k === y ? 1 : 0)));
  } else if (loss === 'cw-margin') {
    value = z[j]! - z[y]!;
    dz[j] = 1;
    dz[y] = -1;
  } else {
    const sorted = [...z].sort((a, c) => c - a);
    const den = sorted[0]! - sorted[2]!;
    value = -(z[y]! - z[j]!) / den;
    // Quotient rule; pi1 and pi3 are the largest and third-largest logits.
    const i1 = z.indexOf(sorted[0]!);
    const i3 = z.indexOf(sorted[2]!);
    dz[y] = dz[y]! - 1 / den;
    dz[j] = dz[j]! + 1 / den;
    dz[i1] = dz[i1]! + (z[y]! - z[j]!) / den ** 2;
    dz[i3] = dz[i3]! - (z[y]! - z[j]!) / den ** 2;
  }
  const grad = Array.from({ length: D }, (_, d) => dz.reduce((s, g, k) => s + g * w[k * D + d]!, 0));
  return { z, value, grad };
}

const N = 5;
const r = mulberry32(11);
const images = { data: Float32Array.from({ length: N * D }, () => r()), dims: [N, 3, 3, 3] };
const labels = Int32Array.from([0, 1, 2, 3, 1]);

describe('LocalEngine on a linear ONNX model', () => {
  const { model, w, b } = linearModel(3);
  const engine = new LocalEngine({ intraOpNumThreads: 1 });
  engine.register('lin', { model: encodeModel(model) });

  it('gives the closed-form logits and the flattened input as features', async () => {
    const logits = await engine.logits({ id: 'lin' }, images);
    expect(logits.dims).toEqual([N, C]);
    for (let i = 0; i < N; i++) {
      const ref = reference(w, b, images.data.subarray(i * D, (i + 1) * D), labels[i]!, 'cross-entropy');
      ref.z.forEach((v, k) => expect(logits.data[i * C + k]).toBeCloseTo(v, 5));
    }
    const features = await engine.features({ id: 'lin' }, images);
    expect(features.dims).toEqual([N, D]);
    expect([...features.data]).toEqual([...images.data]);
  });

  for (const loss of ['cross-entropy', 'cw-margin', 'dlr'] as const) {
    it(`gives the closed-form ${loss} and its input gradient`, async () => {
      const res = await engine.inputGradient({ id: 'lin' }, images, labels, { loss });
      expect(res.gradient.dims).toEqual(images.dims);
      for (let i = 0; i < N; i++) {
        const ref = reference(w, b, images.data.subarray(i * D, (i + 1) * D), labels[i]!, loss);
        expect(res.loss[i]).toBeCloseTo(ref.value, 4);
        ref.grad.forEach((g, d) => expect(res.gradient.data[i * D + d]).toBeCloseTo(g, 4));
      }
    });
  }

  it('targeted cross-entropy is the cross-entropy to the target (the sdk sign: attacks descend it)', async () => {
    const targets = Int32Array.from([3, 3, 0, 1, 2]);
    const res = await engine.inputGradient({ id: 'lin' }, images, labels, { loss: 'targeted-cross-entropy', targets });
    for (let i = 0; i < N; i++) {
      const ref = reference(w, b, images.data.subarray(i * D, (i + 1) * D), targets[i]!, 'cross-entropy');
      expect(res.loss[i]).toBeCloseTo(ref.value, 4);
      ref.grad.forEach((g, d) => expect(res.gradient.data[i * D + d]).toBeCloseTo(g, 4));
    }
    await expect(engine.inputGradient({ id: 'lin' }, images, labels, { loss: 'targeted-cross-entropy' })).rejects.toThrow(/targets/);
  });

  it('targeted DLR and the logit difference take labels and targets; values and gradients match the closed form', async () => {
    const targets = Int32Array.from([3, 2, 0, 1, 1]); // the last equals its label
    for (const loss of ['targeted-dlr', 'logit-difference'] as const) {
      const res = await engine.inputGradient({ id: 'lin' }, images, labels, { loss, targets });
      for (let i = 0; i < N; i++) {
        const x = images.data.subarray(i * D, (i + 1) * D);
        const { z } = reference(w, b, x, labels[i]!, 'cross-entropy');
        const [y, t] = [labels[i]!, targets[i]!];
        const s = [...z].sort((a, c) => c - a);
        const den = s[0]! - (s[2]! + s[3]!) / 2 + 1e-12;
        const value = loss === 'logit-difference' ? z[t]! - z[y]! : -(z[y]! - z[t]!) / den;
        expect(res.loss[i]).toBeCloseTo(value, 4);
        z.forEach((v, k) => expect(res.logits?.data[i * C + k]).toBeCloseTo(v, 4)); // the same pass's logits come back too
        // Quotient rule on the sorted logits (pi1, pi3, pi4), written here independently of the graph.
        const dz = new Array<number>(C).fill(0);
        dz[t] = dz[t]! + (loss === 'logit-difference' ? 1 : 1 / den);
        dz[y] = dz[y]! - (loss === 'logit-difference' ? 1 : 1 / den);
        if (loss === 'targeted-dlr') {
          const q = (z[y]! - z[t]!) / den ** 2;
          const at = (k: number) => z.indexOf(s[k]!);
          dz[at(0)] = dz[at(0)]! + q;
          dz[at(2)] = dz[at(2)]! - q / 2;
          dz[at(3)] = dz[at(3)]! - q / 2;
        }
        for (let d = 0; d < D; d++) expect(res.gradient.data[i * D + d]).toBeCloseTo(dz.reduce((a, g, k) => a + g * w[k * D + d]!, 0), 4);
      }
      await expect(engine.inputGradient({ id: 'lin' }, images, labels, { loss })).rejects.toThrow(/needs targets/);
    }
  });

  it('refuses unknown models and mismatched labels', async () => {
    await expect(engine.logits({ id: 'nope' }, images)).rejects.toBeInstanceOf(UnknownModelError);
    await expect(engine.inputGradient({ id: 'lin' }, images, Int32Array.of(0), { loss: 'cross-entropy' })).rejects.toThrow(/1 labels for 5 images/);
  });

  it('folds preprocessing in: (x - mean) / std before the model', async () => {
    const pre = new LocalEngine({ intraOpNumThreads: 1 });
    pre.register('lin', { model, preprocess: { spec: { channels: 3, height: 3, width: 3, mean: [0.5, 0.2, 0.1], std: [0.25, 2, 1] }, image: [3, 3, 3] } });
    expect(() => pre.register('bad', { model, preprocess: { spec: { channels: 1, height: 3, width: 3, mean: [0.5], std: [0.25] }, image: [3, 3, 3] } })).toThrow(/input spec says/);
    const [mean, std] = [[0.5, 0.2, 0.1], [0.25, 2, 1]];
    const shifted = images.data.map((v, k) => (v - mean[Math.floor(k / 9) % 3]!) / std[Math.floor(k / 9) % 3]!);
    const got = await pre.logits({ id: 'lin' }, images);
    const want = await engine.logits({ id: 'lin' }, { data: shifted, dims: images.dims });
    want.data.forEach((v, k) => expect(got.data[k]).toBeCloseTo(v, 4));
  });
});

describe('LocalEngine parameter updates', () => {
  const base = tinyResNet({ channels: 1, size: 8, classes: 3, randomStats: true });
  const names = base.graph.initializers.map((t) => t.name);
  const rr = mulberry32(5);
  const x = { data: Float32Array.from({ length: 2 * 64 }, () => rr()), dims: [2, 1, 8, 8] };
  const y = Int32Array.of(0, 2);
  const changed = base.graph.initializers.map((t) => ({ ...t, values: Float32Array.from(t.values as Float32Array, (v) => v * 1.1 + 0.01) }));

  async function reference() {
    const fixed = new LocalEngine({ intraOpNumThreads: 1 });
    fixed.register('m2', { model: { ...base, graph: { ...base.graph, initializers: changed } } });
    return {
      grad: await fixed.inputGradient({ id: 'm2' }, x, y, { loss: 'cross-entropy' }),
      logits: await fixed.logits({ id: 'm2' }, x),
      params: await fixed.parameterGradients({ id: 'm2' }, x, y, { loss: 'cross-entropy', params: [names[0]!, 'fc.weight'] }),
    };
  }

  for (const mode of ['fed as graph inputs (mutable)', 'baked in (sessions re-created)'] as const) {
    it(`follows setParameters with the weights ${mode}, matching a model built with those values`, async () => {
      const engine = new LocalEngine({ intraOpNumThreads: 1 });
      engine.register('m', { model: base, ...(mode.startsWith('fed') ? { mutable: names } : {}) });
      const before = await engine.inputGradient({ id: 'm' }, x, y, { loss: 'cross-entropy' });
      await engine.logits({ id: 'm' }, x);
      await engine.parameterGradients({ id: 'm' }, x, y, { loss: 'cross-entropy', params: [names[0]!, 'fc.weight'] });
      engine.setParameters('m', changed);
      const after = await engine.inputGradient({ id: 'm' }, x, y, { loss: 'cross-entropy' });
      const logits = await engine.logits({ id: 'm' }, x);
      const ref = await reference();
      expect(after.loss[0]).not.toBeCloseTo(before.loss[0]!, 3);
      ref.grad.loss.forEach((v, i) => expect(after.loss[i]).toBeCloseTo(v, 4));
      ref.grad.gradient.data.forEach((v, i) => expect(after.gradient.data[i]).toBeCloseTo(v, 4));
      ref.logits.data.forEach((v, i) => expect(logits.data[i]).toBeCloseTo(v, 4));
      const params = await engine.parameterGradients({ id: 'm' }, x, y, { loss: 'cross-entropy', params: [names[0]!, 'fc.weight'] });
      expect(params.loss).toBeCloseTo(ref.params.loss, 4);
      ref.params.gradients.forEach((g, k) => g.data.forEach((v, i) => expect(params.gradients[k]!.data[i]).toBeCloseTo(v, 4)));
      expect(() => engine.setParameters('m', [{ ...changed[0]!, name: 'ghost' }])).toThrow(/'ghost' is not a parameter/);
      expect(() => engine.setParameters('m', [{ ...changed[0]!, dims: [1] }])).toThrow(/has dims/);
    });
  }
});

describe('LocalEngine structure', () => {
  it('reports the feature tensor, blocks, classes and final layer; features at a block index are those at its tensor', async () => {
    const engine = new LocalEngine({ intraOpNumThreads: 1 });
    engine.register('r', { model: tinyResNet({ channels: 1, size: 8, classes: 3 }) });
    const s = await engine.structure({ id: 'r' });
    expect(s.numClasses).toBe(3);
    expect(s.lastLayer).toEqual({ weight: 'fc.weight', bias: 'fc.bias' });
    expect(s.blocks.length).toBeGreaterThan(0);
    const rr = mulberry32(2);
    const x = { data: Float32Array.from({ length: 2 * 64 }, () => rr()), dims: [2, 1, 8, 8] };
    const last = s.blocks.length - 1;
    expect(Array.from((await engine.features({ id: 'r' }, x, { block: last })).data)).toEqual(Array.from((await engine.features({ id: 'r' }, x, s.blocks[last])).data));
    await expect(engine.features({ id: 'r' }, x, { block: s.blocks.length })).rejects.toThrow(RangeError);
    await expect(engine.structure({ id: 'nope' })).rejects.toThrow(/no model 'nope'/);
  });
});

describe('LocalEngine output names', () => {
  it('works on models whose own tensors are named features, loss and grad', async () => {
    const { w, b } = linearModel(3);
    const g = new GraphBuilder({ name: 'clash' });
    const flat = g.op1('Flatten', [g.input('image', 'float32', ['N', 3, 3, 3])], { axis: int(1) }, { outputs: ['features'] });
    const loss = g.op1('Mul', [flat, g.scalar(1)], {}, { outputs: ['loss'] });
    const grad = g.op1('Identity', [loss], {}, { outputs: ['grad'] });
    g.initializer('fc.weight', Float32Array.from(w), [C, D]);
    g.initializer('fc.bias', Float32Array.from(b), [C]);
    g.output(g.op1('Gemm', [grad, 'fc.weight', 'fc.bias'], { transB: int(1) }, { outputs: ['logits'] }));
    const engine = new LocalEngine({ intraOpNumThreads: 1 });
    engine.register('clash', { model: g.build() });
    expect(Array.from((await engine.features({ id: 'clash' }, images, 'features')).data)).toEqual(Array.from(images.data));
    expect(Array.from((await engine.features({ id: 'clash' }, images, 'loss')).data)).toEqual(Array.from(images.data));
    const ig = await engine.inputGradient({ id: 'clash' }, images, labels, { loss: 'cross-entropy' });
    const ll = await engine.lastLayerGradients({ id: 'clash' }, images, labels);
    expect(Array.from(ll.features.data)).toEqual(Array.from(images.data));
    for (let i = 0; i < N; i++) {
      const ref = reference(w, b, images.data.subarray(i * D, (i + 1) * D), labels[i]!, 'cross-entropy');
      expect(ig.loss[i]).toBeCloseTo(ref.value, 5);
      expect(ll.loss[i]).toBeCloseTo(ref.value, 5);
      ref.grad.forEach((v, d) => expect(ig.gradient.data[i * D + d]).toBeCloseTo(v, 5));
    }
  });
});

describe('LocalEngine session lifetime', () => {
  it('releases the sessions of replaced weights: memory stays flat over many updates', async () => {
    const base = tinyResNet({ channels: 1, size: 28, classes: 10, width: 16, randomStats: true });
    const engine = new LocalEngine({ intraOpNumThreads: 1 });
    engine.register('m', { model: base });
    const rr = mulberry32(8);
    const x = { data: Float32Array.from({ length: 32 * 784 }, () => rr()), dims: [32, 1, 28, 28] };
    const y = Int32Array.from({ length: 32 }, (_, i) => i % 10);
    const bias = base.graph.initializers.find((t) => t.name === 'fc.bias')!;
    const update = async (k: number) => {
      engine.setParameters('m', [{ ...bias, values: new Float32Array(10).fill(k * 1e-3) }]);
      await engine.inputGradient({ id: 'm' }, x, y, { loss: 'cross-entropy' });
    };
    for (let k = 0; k < 10; k++) await update(k);
    const before = process.memoryUsage().rss;
    for (let k = 10; k < 130; k++) await update(k);
    // Unreleased, each update's session kept several MB of native memory (measured: ~8 MB for the zoo's ResNet-8).
    expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(150);
  }, 60_000);
});
