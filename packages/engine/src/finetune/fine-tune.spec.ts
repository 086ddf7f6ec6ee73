import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFloats, runOrt } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { FeatureCache } from '../cache/feature-cache';
import { deriveForward } from '../derive/forward';
import { minibatchIndices } from '../train-utils/batches';
import { cutForDepth } from './cut';
import { fineTune, lrForStep, type FineTuneJob } from './fine-tune';
import { linearInit } from './new-head';
import type { FineTuneHyperParams } from '@transferlab/sdk';
import type { SplitImages } from './types';

const PER = 72; // 2 x 6 x 6

/** Class = which of three horizontal bands of channel 0 is brightest (learnable by the tail). */
function bands(n: number, seed: number, classes = 3): SplitImages {
  const images = fixtureFloats(n * PER, seed).map((v) => 0.3 * v);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const band = i % classes;
    labels[i] = band;
    for (let r = band * 2; r < band * 2 + 2; r++) for (let c = 0; c < 6; c++) images[i * PER + r * 6 + c]! += 1.5;
  }
  return { images, labels, indices: Int32Array.from({ length: n }, (_, i) => i) };
}

const hyper: FineTuneHyperParams = { epochs: 6, batchSize: 16, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false };

function job(over: Partial<FineTuneJob> = {}): FineTuneJob {
  return {
    model: tinyResNet(3), modelChecksum: 'tiny3', preprocessing: 'none', depth: 0, numClasses: 3, datasetChecksum: 'bands',
    imageShape: [2, 6, 6], train: bands(48, 21), test: bands(30, 22), hyper, seed: 1, ...over,
  };
}

/** Softmax regression in float64 with torch.optim.SGD's update, from the given init and batch order. */
function referenceHead(feats: Float32Array, k: number, train: SplitImages, testFeats: Float32Array, test: SplitImages, classes: number, seed: number, h: FineTuneHyperParams) {
  const init = linearInit(k, classes, seed);
  const w = Float64Array.from(init.weight);
  const b = Float64Array.from(init.bias);
  const vw = new Float64Array(w.length);
  const vb = new Float64Array(b.length);
  const logits = (f: Float32Array, i: number) => Array.from({ length: classes }, (_, c) => b[c]! + w.slice(c * k, (c + 1) * k).reduce((s, v, j) => s + v * f[i * k + j]!, 0));
  const ce = (z: number[], y: number) => {
    const m = Math.max(...z);
    return m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0)) - z[y]!;
  };
  const n = train.labels.length;
  const total = h.epochs * Math.ceil(n / h.batchSize);
  const out: { trainLoss: number; testLoss: number; testAccuracy: number }[] = [];
  let step = 0;
  for (let epoch = 0; epoch < h.epochs; epoch++) {
    let lossSum = 0;
    for (const batch of minibatchIndices(n, { batchSize: h.batchSize, seed, epoch })) {
      const gw = new Float64Array(w.length);
      const gb = new Float64Array(b.length);
      for (const i of batch) {
        const z = logits(feats, i);
        lossSum += ce(z, train.labels[i]!);
        const m = Math.max(...z);
        const s = z.reduce((a, v) => a + Math.exp(v - m), 0);
        z.forEach((v, c) => {
          const d = (Math.exp(v - m) / s - (c === train.labels[i] ? 1 : 0)) / batch.length;
          gb[c]! += d;
          for (let j = 0; j < k; j++) gw[c * k + j]! += d * feats[i * k + j]!;
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
    let loss = 0;
    let correct = 0;
    for (let i = 0; i < test.labels.length; i++) {
      const z = logits(testFeats, i);
      loss += ce(z, test.labels[i]!);
      if (z.indexOf(Math.max(...z)) === test.labels[i]) correct++;
    }
    out.push({ trainLoss: lossSum / n, testLoss: loss / test.labels.length, testAccuracy: correct / test.labels.length });
  }
  return out;
}

describe('fineTune', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tl-finetune-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('depth 0 on the penultimate features equals softmax regression with the same init and batch order', async () => {
    const j = job({ numClasses: 2, train: bands(40, 31, 2), test: bands(20, 32, 2), seed: 9 });
    const got = await fineTune(j, { session: { intraOpNumThreads: 1 } });
    const fwd = deriveForward(j.model, { cut: 'flat' }).model;
    const feats = async (s: SplitImages) => (await runOrt(fwd, { x: { dims: [s.labels.length, 2, 6, 6], data: s.images } })).features!.data;
    const ref = referenceHead(await feats(j.train), 4, j.train, await feats(j.test), j.test, 2, 9, j.hyper);
    expect(got.epochs).toHaveLength(6);
    got.epochs.forEach((e, i) => {
      expect(e.epoch).toBe(i + 1);
      expect(e.trainLoss).toBeCloseTo(ref[i]!.trainLoss, 4);
      expect(e.testLoss).toBeCloseTo(ref[i]!.testLoss, 4);
      expect(e.testAccuracy).toBe(ref[i]!.testAccuracy);
    });
    expect(got.epochs.at(-1)!.trainLoss).toBeLessThan(got.epochs[0]!.trainLoss);
    // Per-image predictions after the last epoch: as many as test images, and their accuracy is the epoch's.
    const predicted = got.testPredictions!;
    expect(predicted).toHaveLength(j.test.labels.length);
    expect(predicted.filter((p, i) => p === j.test.labels[i]).length / predicted.length).toBe(got.epochs.at(-1)!.testAccuracy);
  });

  it('cuts depth k at the block before the last k blocks, and refuses depths beyond the blocks', () => {
    const m = tinyResNet(3);
    expect(cutForDepth(m, 0)).toBe('flat');
    expect(cutForDepth(m, 1)).toBe('block1_out');
    expect(cutForDepth(m, 'all')).toBeUndefined();
    expect(() => cutForDepth(m, 2)).toThrow(/2 block\(s\)/);
  });

  it('hits the feature cache on the second trial of the same model, dataset and depth (memory, then disk)', async () => {
    const cache = new FeatureCache({ dir, maxMemoryBytes: 1 << 22 });
    const a = await fineTune(job({ depth: 1, hyper: { ...hyper, epochs: 1 } }), { cache });
    const b = await fineTune(job({ depth: 1, seed: 2, hyper: { ...hyper, epochs: 1 } }), { cache });
    expect([a.featureCache, b.featureCache]).toEqual(['miss', 'hit']);
    expect(cache.stats).toMatchObject({ misses: 2, memoryHits: 2 });
    const fresh = new FeatureCache({ dir, maxMemoryBytes: 1 << 22 });
    const c = await fineTune(job({ depth: 1, seed: 3, hyper: { ...hyper, epochs: 1 } }), { cache: fresh });
    expect(c.featureCache).toBe('hit');
    expect(fresh.stats).toMatchObject({ misses: 0, diskHits: 2 });
    // Another subset of the training set is another key.
    const sub = bands(48, 21);
    const d = await fineTune(job({ depth: 1, hyper: { ...hyper, epochs: 1 }, train: { ...sub, indices: sub.indices.map((i) => i + 100) } }), { cache: fresh });
    expect(d.featureCache).toBe('miss');
  });

  it('depth 1 learns the band task (BatchNorm in training mode in the tail) and is deterministic for a seed', async () => {
    const j = job({ depth: 1, hyper: { ...hyper, epochs: 8, lr: 0.1, schedule: 'constant' }, train: bands(96, 21), test: bands(45, 23) });
    const seen: number[] = [];
    const a = await fineTune(j, { session: { intraOpNumThreads: 1 } }, { onEpoch: (e) => seen.push(e.epoch) });
    const b = await fineTune(j, { session: { intraOpNumThreads: 1 } });
    const other = await fineTune({ ...j, seed: 2 }, { session: { intraOpNumThreads: 1 } });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(b.epochs).toEqual(a.epochs);
    expect(other.epochs).not.toEqual(a.epochs);
    expect(a.epochs.at(-1)!.testAccuracy).toBeGreaterThan(0.9);
    expect(a.epochs.at(-1)!.trainLoss).toBeLessThan(0.5 * a.epochs[0]!.trainLoss);
  });

  it('evaluates a convolutional tail baked (values as constants) as the session fed the values does', async () => {
    const j = job({ depth: 1, hyper: { ...hyper, epochs: 3, lr: 0.1, schedule: 'constant' }, train: bands(48, 31), test: bands(45, 33) });
    const env = { session: { intraOpNumThreads: 1 } };
    const baked = await fineTune(j, { ...env, bakedEval: true });
    const fed = await fineTune(j, { ...env, bakedEval: false });
    // The same training; ONNX Runtime folds BatchNorm into the baked convolutions, so losses agree to rounding.
    expect(baked.epochs.map((e) => e.trainLoss)).toEqual(fed.epochs.map((e) => e.trainLoss));
    baked.epochs.forEach((e, i) => {
      expect(e.testLoss).toBeCloseTo(fed.epochs[i]!.testLoss, 4);
      expect(e.testAccuracy).toBe(fed.epochs[i]!.testAccuracy);
    });
    expect(Array.from(baked.testPredictions!)).toEqual(Array.from(fed.testPredictions!));
  });

  it("depth 'all' with augmentation trains from the images; an aborted signal stops it", async () => {
    const r = await fineTune(job({ depth: 'all', hyper: { ...hyper, epochs: 2, augment: true } }));
    expect(r.featureCache).toBe('none');
    expect(r.epochs.every((e) => Number.isFinite(e.testLoss) && Number.isFinite(e.trainLoss))).toBe(true);
    const ac = new AbortController();
    ac.abort();
    await expect(fineTune(job(), {}, { signal: ac.signal })).rejects.toThrow(/aborted/);
  });
});
