import type { Dataset, FineTuneHyperParams, LossKind, SourceModel, Split, Tensor } from '@transferlab/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFloats, runOrt } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { encodeModel } from '../onnx/codec';
import type { ModelDef, TensorData } from '../onnx/ir';
import { cudaAvailable, ProviderUnavailableError, probeWebGpu } from '../providers';
import { createEngine, UnknownEngineModelError, type EngineFacade } from './engine-facade';

// The tiny ResNet (two residual blocks, 'flat' -> Gemm 'fc' with transB, 3 classes) takes
// 1x6x6 images normalised with mean 0.4 and std 0.2; the facade folds that in. Independent
// references run the original model on normalised images with ONNX Runtime directly and
// compute losses and gradients in float64 here.
const INPUT = { channels: 1 as const, height: 6, width: 6, mean: [0.4], std: [0.2] };
const PER = 36;

function source(id: string, model: ModelDef): SourceModel {
  const bytes = encodeModel(model);
  return {
    id, architecture: 'tiny-resnet', training: { kind: 'natural' }, input: INPUT, numClasses: 3, featureTensor: 'flat', blocks: [],
    checksum: `${id}-checksum`, bytes: () => Promise.resolve(bytes),
  };
}

function images(n: number, seed: number): Tensor {
  return { data: fixtureFloats(n * PER, seed).map((v) => 0.5 + 0.45 * v), dims: [n, 1, 6, 6] };
}

const normalise = (x: Float32Array) => x.map((v) => (v - 0.4) / 0.2);

/** The original model with extra outputs, run on normalised images. */
async function reference(model: ModelDef, x: Float32Array, n: number, outputs: string[] = []): Promise<Record<string, { dims: readonly number[]; data: Float32Array }>> {
  const m: ModelDef = { ...model, graph: { ...model.graph, outputs: [...model.graph.outputs, ...outputs.map((name) => ({ name, dataType: 'float32' as const, shape: undefined }))] } };
  return runOrt(m, { x: { dims: [n, 1, 6, 6], data: normalise(x) } });
}

function withValue(model: ModelDef, name: string, index: number, delta: number): ModelDef {
  const initializers = model.graph.initializers.map((t): TensorData => {
    if (t.name !== name) return t;
    const values = Float32Array.from(t.values as Float32Array);
    values[index]! += delta;
    return { ...t, values };
  });
  return { ...model, graph: { ...model.graph, initializers } };
}

/** Per-example loss from logits in float64, with the sdk's signs. */
function lossOf(z: number[], y: number, kind: LossKind, target: number): number {
  const m = Math.max(...z);
  const lse = m + Math.log(z.reduce((a, v) => a + Math.exp(v - m), 0));
  const other = Math.max(...z.filter((_, k) => k !== y));
  if (kind === 'cross-entropy') return lse - z[y]!;
  if (kind === 'targeted-cross-entropy') return lse - z[target]!;
  if (kind === 'cw-margin') return other - z[y]!;
  const s = [...z].sort((a, b) => b - a);
  return -(z[y]! - other) / (s[0]! - s[2]! + 1e-12);
}

const rows = (t: { data: Float32Array }, n: number) => Array.from({ length: n }, (_, i) => Array.from(t.data.subarray((i * t.data.length) / n, ((i + 1) * t.data.length) / n)));

/** 1x6x6 images in [0,1]; class = which band of two rows is bright. */
function bandsDataset(sizes: Record<Split, number>): Dataset {
  const make = (split: Split) => {
    const n = sizes[split];
    const data = fixtureFloats(n * PER, split === 'train' ? 5 : 6).map((v) => 0.2 + 0.1 * v);
    const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
    labels.forEach((y, i) => {
      for (let j = y * 12; j < y * 12 + 12; j++) data[i * PER + j] = 0.9;
    });
    return { data, labels };
  };
  const s = { train: make('train'), test: make('test') };
  return {
    name: 'bands', classes: ['top', 'middle', 'bottom'], imageShape: [1, 6, 6], sizes, checksum: 'bands-facade-v1',
    labels: (split) => Promise.resolve(s[split].labels.slice()),
    read: (split, indices) => {
      const idx = Array.from(indices);
      const out = new Float32Array(idx.length * PER);
      idx.forEach((k, i) => out.set(s[split].data.subarray(k * PER, (k + 1) * PER), i * PER));
      return Promise.resolve({ images: { data: out, dims: [idx.length, 1, 6, 6] }, labels: Int32Array.from(idx, (k) => s[split].labels[k]!) });
    },
    thumbnail: () => Promise.reject(new Error('no thumbnails')),
  };
}

describe('createEngine: the sdk EngineApi on ONNX Runtime', { timeout: 120_000 }, () => {
  const model = tinyResNet(3, 1);
  const calls: string[] = [];
  const engines: EngineFacade[] = [];
  const make = (over: Partial<Parameters<typeof createEngine>[0]> = {}) => {
    const e = createEngine({
      models: (id) => {
        calls.push(id);
        return id === 'tiny' ? Promise.resolve(source(id, model)) : Promise.reject(new Error(`the catalogue has no '${id}'`));
      },
      session: { provider: 'cpu', intraOpNumThreads: 1 },
      featureCache: { maxMemoryBytes: 1 << 20 },
      ...over,
    });
    engines.push(e);
    return e;
  };
  const engine = make();
  const tiny = { id: 'tiny' };
  const N = 4;
  const x = images(N, 7);
  const labels = Int32Array.from([0, 1, 2, 1]);
  const targets = Int32Array.from([2, 0, 1, 0]);

  afterAll(async () => {
    for (const e of engines) await e.close();
  });

  it('resolves models lazily, once per id; an unknown id names the ids it knows', async () => {
    const e = make();
    const before = calls.length;
    await Promise.all([e.structure(tiny), e.logits(tiny, x), e.features(tiny, images(2, 9), { block: 1 })]);
    await e.logits(tiny, { data: fixtureFloats(2 * 64, 3).map((v) => 0.5 + 0.4 * v), dims: [2, 1, 8, 8] });
    expect(calls.slice(before)).toEqual(['tiny']);
    await expect(e.logits({ id: 'nope' }, x)).rejects.toThrow(UnknownEngineModelError);
    await expect(e.logits({ id: 'nope' }, x)).rejects.toThrow("engine: no model 'nope' (the catalogue has no 'nope'); known models: tiny");
    await expect(e.structure({ id: 'finetuned:missing' })).rejects.toThrow(/no model 'finetuned:missing'.*known models: tiny/);
  });

  it('structure: feature tensor, detected blocks, classes and the final layer', async () => {
    expect(await engine.structure(tiny)).toEqual({ featureTensor: 'flat', blocks: ['block1_out', 'block2_out'], numClasses: 3, lastLayer: { weight: 'fc.w', bias: 'fc.b' } });
  });

  it('logits fold the preprocessing in; features at a block index equal features at its tensor', async () => {
    const z = await engine.logits(tiny, x);
    const ref = await reference(model, x.data, N, ['flat', 'block1_out']);
    expect(z.dims).toEqual([N, 3]);
    z.data.forEach((v, i) => expect(v).toBeCloseTo(ref.logits!.data[i]!, 4));
    const byIndex = await engine.features(tiny, x, { block: 0 });
    const byName = await engine.features(tiny, x, 'block1_out');
    expect(byIndex.dims).toEqual([N, 4, 6, 6]);
    expect(Array.from(byIndex.data)).toEqual(Array.from(byName.data));
    byName.data.forEach((v, i) => expect(v).toBeCloseTo(ref.block1_out!.data[i]!, 4));
    const flat = await engine.features(tiny, x);
    expect(flat.dims).toEqual([N, 4]);
    flat.data.forEach((v, i) => expect(v).toBeCloseTo(ref.flat!.data[i]!, 4));
    await expect(engine.features(tiny, x, { block: 2 })).rejects.toThrow(/block 2 of model 'tiny', which has 2 block\(s\) \(0\.\.1\)/);
  });

  it('input gradients of every loss match central finite differences of the reference loss', async () => {
    // Small steps: a pixel step is 5x larger after normalisation, and ReLU kinks are near.
    const h = 1e-3;
    for (const loss of ['cross-entropy', 'targeted-cross-entropy', 'cw-margin', 'dlr'] as const) {
      const g = await engine.inputGradient(tiny, x, labels, { loss, targets });
      const z0 = rows((await reference(model, x.data, N)).logits!, N);
      z0.forEach((z, i) => expect(g.loss[i]).toBeCloseTo(lossOf(z, labels[i]!, loss, targets[i]!), 4));
      for (const j of [3, 40, 77, 130]) {
        const i = Math.floor(j / PER);
        const at = async (d: number) => {
          const xs = x.data.slice();
          xs[j]! += d;
          return lossOf(rows((await reference(model, xs, N)).logits!, N)[i]!, labels[i]!, loss, targets[i]!);
        };
        const fd = ((await at(h)) - (await at(-h))) / (2 * h);
        expect(Math.abs(g.gradient.data[j]! - fd), `${loss} pixel ${j}: ${g.gradient.data[j]} vs ${fd}`).toBeLessThan(2e-3 + 2e-2 * Math.abs(fd));
      }
    }
  });

  it('parameter gradients (default: the final layer; or any initializer) match central finite differences', async () => {
    const total = async (m: ModelDef, kind: LossKind) => rows((await reference(m, x.data, N)).logits!, N).reduce((a, z, i) => a + lossOf(z, labels[i]!, kind, targets[i]!), 0);
    const h = 1e-2;
    const check = async (name: string, got: Float32Array, kind: LossKind, scale: number, indices: number[]) => {
      for (const k of indices) {
        const fd = ((await total(withValue(model, name, k, h), kind)) - (await total(withValue(model, name, k, -h), kind))) / (2 * h) * scale;
        expect(Math.abs(got[k]! - fd), `${kind} ${name}[${k}]: ${got[k]} vs ${fd}`).toBeLessThan(2e-3 + 2e-2 * Math.abs(fd));
      }
    };
    const sum = await engine.parameterGradients(tiny, x, labels, { loss: 'cross-entropy' });
    expect(sum.gradients.map((g) => [g.name, g.dims])).toEqual([['fc.w', [3, 4]], ['fc.b', [3]]]);
    expect(sum.loss).toBeCloseTo(await total(model, 'cross-entropy'), 4);
    await check('fc.w', sum.gradients[0]!.data, 'cross-entropy', 1, [0, 5, 11]);
    await check('fc.b', sum.gradients[1]!.data, 'cross-entropy', 1, [0, 1, 2]);
    const mean = await engine.parameterGradients(tiny, x, labels, { loss: 'targeted-cross-entropy', targets, reduction: 'mean', params: ['block2.b.w', 'fc.b'] });
    expect(mean.gradients.map((g) => [g.name, g.dims])).toEqual([['block2.b.w', [4, 4, 3, 3]], ['fc.b', [3]]]);
    expect(mean.loss).toBeCloseTo((await total(model, 'targeted-cross-entropy')) / N, 4);
    await check('block2.b.w', mean.gradients[0]!.data, 'targeted-cross-entropy', 1 / N, [0, 17, 100, 143]);
    await check('fc.b', mean.gradients[1]!.data, 'targeted-cross-entropy', 1 / N, [0, 1, 2]);
    await expect(engine.parameterGradients(tiny, x, labels, { loss: 'cross-entropy', params: ['fc.nope'] })).rejects.toThrow(/no parameters named 'fc.nope'/);
  });

  it('last-layer gradients are (softmax - onehot) and its outer product with the features, per example', async () => {
    const r = await engine.lastLayerGradients(tiny, x, labels);
    const ref = await reference(model, x.data, N, ['flat']);
    const z = rows(ref.logits!, N);
    const f = rows(ref.flat!, N);
    expect(r.transposed).toBe(true);
    expect(r.gradWeight.dims).toEqual([N, 3, 4]);
    expect(r.gradBias!.dims).toEqual([N, 3]);
    r.features.data.forEach((v, i) => expect(v).toBeCloseTo(ref.flat!.data[i]!, 4));
    for (let i = 0; i < N; i++) {
      const m = Math.max(...z[i]!);
      const e = z[i]!.map((v) => Math.exp(v - m));
      const p = e.map((v) => v / e.reduce((a, b) => a + b, 0));
      expect(r.loss[i]).toBeCloseTo(-Math.log(p[labels[i]!]!), 4);
      for (let c = 0; c < 3; c++) {
        const d = p[c]! - (c === labels[i] ? 1 : 0);
        expect(r.gradBias!.data[i * 3 + c]).toBeCloseTo(d, 4);
        for (let k = 0; k < 4; k++) expect(r.gradWeight.data[(i * 3 + c) * 4 + k]).toBeCloseTo(d * f[i]![k]!, 4);
      }
    }
  });

  it('evaluate in chunks equals an argmax count and cross-entropy from the logits; it honours the signal', async () => {
    const n = 10;
    const batch = { images: images(n, 21), labels: Int32Array.from({ length: n }, (_, i) => (i * 7) % 3) };
    const z = rows(await engine.logits(tiny, batch.images), n);
    const pred = z.map((r) => r.indexOf(Math.max(...r)));
    const ev = await engine.evaluate(tiny, batch, { batchSize: 3 });
    expect(Array.from(ev.predictions)).toEqual(pred);
    expect(ev.accuracy).toBe(pred.filter((p, i) => p === batch.labels[i]).length / n);
    z.forEach((r, i) => expect(ev.losses[i]).toBeCloseTo(lossOf(r, batch.labels[i]!, 'cross-entropy', 0), 5));
    expect(ev.loss).toBeCloseTo(z.reduce((a, r, i) => a + lossOf(r, batch.labels[i]!, 'cross-entropy', 0), 0) / n, 5);
    const ac = new AbortController();
    ac.abort();
    await expect(engine.evaluate(tiny, batch, { signal: ac.signal })).rejects.toThrow(/aborted/);
  });

  it('fineTune with keepModel holds the fine-tuned model: its test accuracy is the last reported one; release forgets it', async () => {
    const hyper: FineTuneHyperParams = { epochs: 4, batchSize: 8, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false };
    const train = Array.from({ length: 30 }, (_, i) => i);
    const test = Array.from({ length: 12 }, (_, i) => i);
    const bands = bandsDataset({ train: 30, test: 12 });
    const r = await engine.fineTune({ model: tiny, depth: 1, hyper, seed: 4, data: { kind: 'dataset', dataset: bands, train, test } }, { keepModel: true });
    expect(r.model?.id).toMatch(/^finetuned:[0-9a-f-]{36}$/);
    const names = r.parameters!.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['fc.w', 'fc.b', 'block2.a.w', 'block2.b.w', 'block2.a.mean', 'block2.a.var']));
    expect(names).not.toContain('block1.a.w');
    const kept = r.model!;
    const testBatch = await bands.read('test', test);
    const ev = await engine.evaluate(kept, testBatch);
    expect(ev.accuracy).toBe(r.epochs.at(-1)!.testAccuracy);
    expect(ev.loss).toBeCloseTo(r.epochs.at(-1)!.testLoss, 4);
    expect(await engine.structure(kept)).toEqual({ featureTensor: 'flat', blocks: ['block1_out', 'block2_out'], numClasses: 3, lastLayer: { weight: 'fc.w', bias: 'fc.b' } });
    // The kept model's head is the trained one: its logits are the trained fc applied to its features.
    const feats = rows(await engine.features(kept, testBatch.images), 12);
    const logits = rows(await engine.logits(kept, testBatch.images), 12);
    const fw = r.parameters!.find((p) => p.name === 'fc.w')!.data;
    const fb = r.parameters!.find((p) => p.name === 'fc.b')!.data;
    logits.forEach((z, i) => z.forEach((v, c) => expect(v).toBeCloseTo(fb[c]! + [0, 1, 2, 3].reduce((a, k) => a + fw[c * 4 + k]! * feats[i]![k]!, 0), 4)));
    const g = await engine.inputGradient(kept, testBatch.images, testBatch.labels, { loss: 'cross-entropy' });
    expect(g.gradient.dims).toEqual([12, 1, 6, 6]);
    await expect(engine.logits(kept, { data: new Float32Array(64), dims: [1, 1, 8, 8] })).rejects.toThrow(/takes images \[1, 6, 6\]/);
    const plain = await engine.fineTune({ model: tiny, depth: 1, hyper, seed: 4, data: { kind: 'dataset', dataset: bands, train, test } });
    expect(plain.model).toBeUndefined();
    expect(plain.epochs).toEqual(r.epochs);
    await engine.release(kept);
    await expect(engine.logits(kept, x)).rejects.toThrow(UnknownEngineModelError);
  });

  it("providers: auto without a GPU falls back to cpu with the reason; webgpu without an adapter is refused at creation", () => {
    const auto = make({ session: { provider: 'auto', intraOpNumThreads: 1 } }).providers();
    expect(cudaAvailable()).toBe(false); // this machine and CI: no CUDA provider installed
    expect(auto.active).toBe('cpu');
    expect(auto.available).toEqual(['cpu']);
    expect(auto.fallbackReason).toMatch(/^auto: no usable GPU provider, running on cpu \(cuda: /);
    expect(engine.providers()).toEqual({ available: ['cpu'], active: 'cpu' });
    const probe = probeWebGpu();
    if (probe.ok) return; // a machine with a WebGPU adapter: nothing to refuse
    expect(() => make({ session: { provider: 'webgpu' } })).toThrow(ProviderUnavailableError);
    expect(() => make({ session: { provider: 'webgpu' } })).toThrow(`TRANSFERLAB_EXECUTION_PROVIDER=webgpu but ONNX Runtime could not create a WebGPU session: ${probe.reason}`);
  });
});
