import { describe, expect, it } from 'vitest';
import { fixtureFloats } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { FeatureCache } from '../cache/feature-cache';
import { FineTuneService } from './service';
import type { Dataset, FineTuneHyperParams } from '@transferlab/sdk';

const hyper: FineTuneHyperParams = { epochs: 3, batchSize: 8, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false };

/** One-channel 6x6 images in [0,1]; class = brightest band of rows. */
function split(n: number, seed: number) {
  const data = fixtureFloats(n * 36, seed).map((v) => 0.2 + 0.1 * v);
  const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
  labels.forEach((y, i) => {
    for (let j = y * 12; j < y * 12 + 12; j++) data[i * 36 + j] = 0.9;
  });
  return { data, labels };
}

function dataset(): Dataset {
  const s = { train: split(30, 5), test: split(12, 6) };
  return {
    name: 'bands', checksum: 'bands-1ch', classes: ['top', 'middle', 'bottom'], imageShape: [1, 6, 6], sizes: { train: 30, test: 12 },
    labels: (name) => Promise.resolve(s[name].labels),
    thumbnail: () => Promise.reject(new Error('no thumbnails')),
    read: (name, indices) => {
      const idx = Array.from(indices);
      const images = new Float32Array(idx.length * 36);
      idx.forEach((k, i) => images.set(s[name].data.subarray(k * 36, (k + 1) * 36), i * 36));
      return Promise.resolve({ images: { data: images, dims: [idx.length, 1, 6, 6] }, labels: Int32Array.from(idx, (k) => s[name].labels[k]!) });
    },
  };
}

describe('FineTuneService', { timeout: 60_000 }, () => {
  it('folds the model preprocessing in: the same as fine-tuning on normalised tensors', async () => {
    const model = tinyResNet(4, 1);
    const input = { channels: 1 as const, height: 6, width: 6, mean: [0.4], std: [0.2] };
    const ds = dataset();
    const train = Array.from({ length: 30 }, (_, i) => i);
    const test = Array.from({ length: 12 }, (_, i) => i);
    const cache = new FeatureCache({ maxMemoryBytes: 1 << 20 });
    const folded = new FineTuneService({ models: () => Promise.resolve({ model, checksum: 'tiny4', input }), cache });
    const req = { model: { id: 'tiny' }, depth: 1, hyper, seed: 4, data: { kind: 'dataset' as const, dataset: ds, train, test } };
    const a = await folded.fineTune(req);
    const again = await folded.fineTune({ ...req, seed: 5 });
    expect([a.featureCache, again.featureCache]).toEqual(['miss', 'hit']);

    const norm = async (name: 'train' | 'test', idx: number[]) => {
      const b = await ds.read(name, idx);
      return { images: { data: b.images.data.map((v) => (v - 0.4) / 0.2), dims: b.images.dims }, labels: b.labels };
    };
    const plain = new FineTuneService({ models: () => Promise.resolve({ model, checksum: 'tiny4' }) });
    const b = await plain.fineTune({ ...req, data: { kind: 'tensors', numClasses: 3, train: await norm('train', train), test: await norm('test', test) } });
    expect(b.featureCache).toBe('none');
    expect(b.trainSize).toBe(30);
    b.epochs.forEach((e, i) => {
      expect(e.testAccuracy).toBe(a.epochs[i]!.testAccuracy);
      expect(e.testLoss).toBeCloseTo(a.epochs[i]!.testLoss, 4);
      expect(e.trainLoss).toBeCloseTo(a.epochs[i]!.trainLoss, 4);
    });
  });
});
