import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeatureCache } from '../src/cache/feature-cache';
import { cachedPrefixFeatures } from '../src/cache/prefix-features';
import { WorkerPool } from '../src/pool/worker-pool';
import { splitModel } from '../src/split/split-model';
import { Trainer } from '../src/train/trainer';
import { deriveTrainingStep, withParameters } from '../src/train/training-step';
import { minibatchIndices } from '../src/train-utils/batches';
import { fixtureFloats, runOrt } from './fixtures/tiny-models';
import { tinyResNet } from './fixtures/tiny-resnet';

/** Class = which of three horizontal bands of channel 0 is brightest (a pattern the tail can learn). */
function bandData(n: number): { images: Float32Array; labels: Int32Array } {
  const images = fixtureFloats(n * 72, 21).map((v) => 0.3 * v);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const band = i % 3;
    labels[i] = band;
    for (let r = band * 2; r < band * 2 + 2; r++) for (let c = 0; c < 6; c++) images[i * 72 + r * 6 + c]! += 1.5;
  }
  return { images, labels };
}

function accuracy(logits: Float32Array, labels: Int32Array): number {
  let ok = 0;
  labels.forEach((y, i) => {
    const row = logits.subarray(i * 3, i * 3 + 3);
    if (row.indexOf(Math.max(...row)) === y) ok++;
  });
  return ok / labels.length;
}

describe('fine-tuning the tail on cached prefix features', { timeout: 120_000 }, () => {
  let pool: WorkerPool;
  let dir: string;
  beforeAll(async () => {
    pool = new WorkerPool({ size: 1, config: { threads: 1, executionProvider: 'cpu' } });
    dir = await mkdtemp(join(tmpdir(), 'tl-tail-'));
  });
  afterAll(async () => {
    await pool.shutdown();
    await rm(dir, { recursive: true, force: true });
  });

  it('trains only the blocks after the cut and learns the task', async () => {
    const n = 96;
    const { images, labels } = bandData(n);
    const model = tinyResNet(3);
    const { prefix, tail } = splitModel(model, 'block1_out');
    const indices = Int32Array.from({ length: n }, (_, i) => i);
    const cache = new FeatureCache({ dir, maxMemoryBytes: 1 << 24 });
    const feats = await cachedPrefixFeatures(cache, { modelChecksum: 'tiny3', datasetChecksum: 'bands', preprocessing: 'none', cut: 'block1_out', indices },
      { pool, prefix, modelDir: join(dir, 'models'), images, imageShape: [2, 6, 6], indices, batchSize: 32 });
    const per = feats.data.length / n;

    const step = deriveTrainingStep(tail, { optimizer: { kind: 'sgd', momentum: 0.9 } });
    // Only tail parameters are carried: nothing of the frozen prefix is trained.
    expect(step.carried.filter((c) => c.kind === 'parameter').every((c) => c.of.startsWith('block2') || c.of.startsWith('fc'))).toBe(true);
    const trainer = await Trainer.create(step, { intraOpNumThreads: 1 });
    const before = accuracy((await runOrt(tail, { block1_out: { dims: [...feats.dims], data: feats.data } })).logits!.data, labels);
    const losses: number[] = [];
    for (let epoch = 0; epoch < 8; epoch++) {
      for (const b of minibatchIndices(n, { batchSize: 16, seed: 1, epoch })) {
        const x = new Float32Array(b.length * per);
        b.forEach((src, i) => x.set(feats.data.subarray(src * per, (src + 1) * per), i * per));
        const y = BigInt64Array.from(b, (i) => BigInt(labels[i]!));
        const r = await trainer.step(new Tensor('float32', x, [b.length, ...feats.dims.slice(1)]), new Tensor('int64', y, [b.length]), 0.05);
        losses.push(r.loss);
      }
    }
    const trained = withParameters(tail, trainer.trainedValues());
    const after = accuracy((await runOrt(trained, { block1_out: { dims: [...feats.dims], data: feats.data } })).logits!.data, labels);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(losses.slice(-6))).toBeLessThan(0.5 * mean(losses.slice(0, 6)));
    expect(after).toBeGreaterThan(0.9);
    expect(after).toBeGreaterThan(before);
  });
});
