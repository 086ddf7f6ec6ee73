import { createEngine, encodeModel, FeatureCache, linearInit, lrForStep, minibatchIndices, type EngineFacade, type ModelDef } from '@transferlab/engine';
import { stratifiedSample, type Dataset, type FineTuneHyperParams, type PluginContext, type SourceModel, type Split } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferParams } from '../src/transfer/params';
import { transfer } from '../src/transfer/transfer';
import { tinyResNet } from './tiny-resnet';

const TINY_PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** 1x8x8 images, 3 classes: which third of the rows is bright, plus seeded noise. */
function bandDataset(sizes: Record<Split, number>): Dataset {
  const make = (split: Split) => {
    let s = split === 'train' ? 11 : 12;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const n = sizes[split];
    const images = new Float32Array(n * 64);
    const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
    labels.forEach((y, i) => {
      for (let p = 0; p < 64; p++) images[i * 64 + p] = 0.3 * rnd() + (Math.floor(p / 8) >= y * 3 && Math.floor(p / 8) < y * 3 + 3 ? 0.6 : 0);
    });
    return { images, labels };
  };
  const data = { train: make('train'), test: make('test') };
  return {
    name: 'bands', classes: ['top', 'middle', 'bottom'], imageShape: [1, 8, 8], sizes, checksum: 'bands-test-v1',
    labels: (split) => Promise.resolve(data[split].labels.slice()),
    read: (split, indices) => {
      const idx = Array.from(indices);
      const images = new Float32Array(idx.length * 64);
      idx.forEach((k, i) => images.set(data[split].images.subarray(k * 64, (k + 1) * 64), i * 64));
      return Promise.resolve({ images: { data: images, dims: [idx.length, 1, 8, 8] }, labels: Int32Array.from(idx, (k) => data[split].labels[k]!) });
    },
    thumbnail: () => Promise.resolve(TINY_PNG),
  };
}

/** Softmax regression in float64 with torch.optim.SGD's update from the engine's init and batch order. */
function reference(train: { f: Float32Array; y: Int32Array }, test: { f: Float32Array; y: Int32Array }, k: number, classes: number, seed: number, h: FineTuneHyperParams) {
  const init = linearInit(k, classes, seed);
  const w = Float64Array.from(init.weight);
  const b = Float64Array.from(init.bias);
  const vw = new Float64Array(w.length);
  const vb = new Float64Array(b.length);
  const z = (f: Float32Array, i: number) => Array.from({ length: classes }, (_, c) => b[c]! + w.slice(c * k, (c + 1) * k).reduce((s, v, j) => s + v * f[i * k + j]!, 0));
  const n = train.y.length;
  const total = h.epochs * Math.ceil(n / h.batchSize);
  let step = 0;
  for (let epoch = 0; epoch < h.epochs; epoch++) {
    for (const batch of minibatchIndices(n, { batchSize: h.batchSize, seed, epoch })) {
      const gw = new Float64Array(w.length);
      const gb = new Float64Array(b.length);
      for (const i of batch) {
        const zi = z(train.f, i);
        const m = Math.max(...zi);
        const s = zi.reduce((a, v) => a + Math.exp(v - m), 0);
        zi.forEach((v, c) => {
          const d = (Math.exp(v - m) / s - (c === train.y[i] ? 1 : 0)) / batch.length;
          gb[c]! += d;
          for (let j = 0; j < k; j++) gw[c * k + j]! += d * train.f[i * k + j]!;
        });
      }
      const lr = lrForStep(h, epoch, step++, total);
      for (const [p, g, v] of [[w, gw, vw], [b, gb, vb]] as const) {
        for (let j = 0; j < p.length; j++) {
          v[j] = h.momentum * v[j]! + g[j]! + h.weightDecay * p[j]!;
          p[j]! -= lr * v[j]!;
        }
      }
    }
  }
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < test.y.length; i++) {
    const zi = z(test.f, i);
    const m = Math.max(...zi);
    loss += m + Math.log(zi.reduce((a, v) => a + Math.exp(v - m), 0)) - zi[test.y[i]!]!;
    if (zi.indexOf(m) === test.y[i]) correct++;
  }
  return { testAccuracy: correct / test.y.length, testLoss: loss / test.y.length };
}

describe('transfer with the real engine', { timeout: 120_000 }, () => {
  let model: ModelDef;
  let engine: EngineFacade;
  let cache: FeatureCache;
  let ctx: PluginContext;
  let ds: Dataset;
  beforeAll(() => {
    model = tinyResNet(5);
    ds = bandDataset({ train: 60, test: 30 });
    cache = new FeatureCache({ maxMemoryBytes: 1 << 22 });
    const base = createTestContext({ datasets: { bands: ds } });
    const bytes = encodeModel(model);
    const tiny: SourceModel = {
      id: 'tiny', architecture: 'tiny-resnet', training: { kind: 'natural' }, input: { channels: 1, height: 8, width: 8, mean: [0], std: [1] },
      numClasses: 10, featureTensor: 'features', blocks: [], checksum: 'tiny-5', bytes: () => Promise.resolve(bytes),
    };
    // The engine as a trial worker gets it: the facade, models by id, a shared feature cache (datasets come with each request).
    engine = createEngine({
      models: (id) => (id === 'tiny' ? Promise.resolve(tiny) : Promise.reject(new Error(`no model ${id}`))),
      featureCache: cache,
      session: { intraOpNumThreads: 1 },
    });
    ctx = { ...base, engine };
  });
  afterAll(() => engine.close());

  it('depth 0: test accuracy and loss match softmax regression on the penultimate features; prefix features computed once per subset', async () => {
    const params = transferParams.parse({ sources: ['tiny'], targets: ['bands'], n: [30], depths: [0], seeds: [0, 1], lrs: [0.1, 0.05], epochs: 4, batchSize: 8 });
    const trials = transfer.expand(params);
    expect(trials).toHaveLength(4);
    const testAll = await ds.read('test', Array.from({ length: 30 }, (_, i) => i));
    const testF = (await engine.features({ id: 'tiny' }, testAll.images)).data;
    for (const t of trials) {
      const r = await transfer.run(t, ctx);
      const c = t.config as { seed: number; lr: number };
      const idx = Array.from(stratifiedSample(await ds.labels('train'), 30, c.seed));
      const tr = await ds.read('train', idx);
      const trainF = (await engine.features({ id: 'tiny' }, tr.images)).data;
      const ref = reference({ f: trainF, y: tr.labels }, { f: testF, y: testAll.labels }, 4, 3, c.seed,
        { epochs: 4, batchSize: 8, lr: c.lr, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false });
      expect(r.metrics.testAccuracy).toBe(ref.testAccuracy);
      expect(r.metrics.testLoss).toBeCloseTo(ref.testLoss, 4);
      expect(r.series).toHaveLength(4);
    }
    // Two training subsets (one per seed) and one test set: three prefix runs for four trials.
    expect(cache.stats.misses).toBe(3);
    expect(cache.stats.memoryHits).toBe(5);
  });

  it('a batched group (runGroup, stacked heads) gives each trial what run gives it alone, to float32 rounding', async () => {
    const params = transferParams.parse({ sources: ['tiny'], targets: ['bands'], n: [12, 30, 60], depths: [0], seeds: [0, 1], lrs: [0.1, 0.03], epochs: 4, batchSize: 8 });
    const trials = transfer.expand(params);
    const keys = new Set(trials.map((t) => transfer.groupKey!(t)));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toBeDefined();
    const grouped = await transfer.runGroup!(trials, ctx);
    expect(grouped).toHaveLength(trials.length);
    for (const [i, t] of trials.entries()) {
      const alone = await transfer.run(t, ctx);
      const g = grouped[i]!;
      expect(g.metrics.n).toBe(alone.metrics.n);
      expect(g.metrics.testAccuracy).toBe(alone.metrics.testAccuracy);
      expect(g.series!.map((e) => e.testAccuracy)).toEqual(alone.series!.map((e) => e.testAccuracy));
      g.series!.forEach((e, k) => {
        expect(e.trainLoss).toBeCloseTo(alone.series![k]!.trainLoss!, 5);
        expect(e.testLoss).toBeCloseTo(alone.series![k]!.testLoss!, 5);
      });
    }
    expect(new Set(grouped.map((g) => g.metrics.trainLoss!.toFixed(6))).size).toBe(trials.length);
    expect(transfer.groupKey!({ config: { ...trials[0]!.config, depth: 1 } })).toBeUndefined();
  });

  it('depth 1: trains the last block with the new layer and learns the task', async () => {
    const [t] = transfer.expand(transferParams.parse({ sources: ['tiny'], targets: ['bands'], n: [60], depths: [1], seeds: [0], epochs: 10, batchSize: 10, schedule: 'constant', lrs: [0.1] }));
    const r = await transfer.run(t!, ctx);
    expect(r.series).toHaveLength(10);
    expect(r.metrics.testAccuracy).toBeGreaterThan(0.8);
    expect(r.series![9]!.trainLoss!).toBeLessThan(r.series![0]!.trainLoss!);
  });
});
