import { describe, expect, it } from 'vitest';
import type { FineTuneHyperParams } from '@transferlab/sdk';
import { fixtureFloats } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { FeatureCache } from '../cache/feature-cache';
import { fineTune } from './fine-tune';
import { fineTuneGroup, type FineTuneGroupJob, type GroupTrial } from './fine-tune-group';
import type { SplitImages } from './types';

const PER = 72; // 2 x 6 x 6

/** Class = which of three horizontal bands of channel 0 is brightest. */
function bands(n: number, seed: number): SplitImages {
  const images = fixtureFloats(n * PER, seed).map((v) => 0.3 * v);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = i % 3;
    for (let r = (i % 3) * 2; r < (i % 3) * 2 + 2; r++) for (let c = 0; c < 6; c++) images[i * PER + r * 6 + c]! += 1.5;
  }
  return { images, labels, indices: Int32Array.from({ length: n }, (_, i) => i + 100) };
}

const base: FineTuneHyperParams = { epochs: 5, batchSize: 16, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false };

/** A trial's rows: a seeded choice of `n` of the union's rows, in a shuffled order. */
function rows(n: number, seed: number, of: number): Int32Array {
  const r = fixtureFloats(of, seed);
  return Int32Array.from([...Array(of).keys()].sort((a, b) => r[a]! - r[b]!).slice(0, n));
}

// Sizes 20, 60 and 37 at batch 16: 2, 4 and 3 steps an epoch (padded batches, heads idle for some steps).
const trials: GroupTrial[] = [
  { rows: rows(20, 5, 60), seed: 1, hyper: base },
  { rows: rows(60, 6, 60), seed: 2, hyper: { ...base, lr: 0.05, schedule: 'cosine' } },
  { rows: rows(37, 7, 60), seed: 3, hyper: { ...base, lr: 0.2, schedule: 'constant', momentum: 0.9 } },
];

function groupJob(depth: number): FineTuneGroupJob {
  return {
    model: tinyResNet(3), modelChecksum: 'tiny3', preprocessing: 'none', depth, numClasses: 3, datasetChecksum: 'bands',
    imageShape: [2, 6, 6], train: bands(60, 21), test: bands(30, 22), trials,
  };
}

/** The trial as fineTune alone gets it: its rows of the union, in its order. */
function alone(job: FineTuneGroupJob, t: GroupTrial) {
  const s = job.train;
  const images = new Float32Array(t.rows.length * PER);
  t.rows.forEach((r, i) => images.set(s.images.subarray(r * PER, (r + 1) * PER), i * PER));
  const train = { images, labels: Int32Array.from(t.rows, (r) => s.labels[r]!), indices: Int32Array.from(t.rows, (r) => s.indices[r]!) };
  return fineTune({ ...job, train, hyper: t.hyper, seed: t.seed });
}

describe('fineTuneGroup', () => {
  it.each([0, 1])('at depth %i gives each trial what fineTune gives it alone (to float32 rounding)', async (depth) => {
    const job = groupJob(depth);
    const seen: number[] = [];
    const group = await fineTuneGroup(job, { cache: new FeatureCache({ maxMemoryBytes: 1 << 24 }) }, { onEpoch: (i) => seen.push(i) });
    expect(group).toHaveLength(trials.length);
    expect(seen).toHaveLength(trials.length * base.epochs);
    for (const [i, t] of trials.entries()) {
      const one = await alone(job, t);
      const g = group[i]!;
      expect(g.trainSize).toBe(t.rows.length);
      expect(g.epochs.map((e) => e.epoch)).toEqual(one.epochs.map((e) => e.epoch));
      g.epochs.forEach((e, k) => {
        const o = one.epochs[k]!;
        expect(Math.abs(e.trainLoss - o.trainLoss)).toBeLessThan(1e-4 * Math.max(1, o.trainLoss));
        expect(Math.abs(e.testLoss - o.testLoss)).toBeLessThan(1e-4 * Math.max(1, o.testLoss));
        expect(e.testAccuracy).toBe(o.testAccuracy);
      });
      // The same per-image predictions as alone (the last epoch's).
      expect(Array.from(g.testPredictions!)).toEqual(Array.from(one.testPredictions!));
    }
    // The trials learned something different (their own lr, schedule, sample), so the comparison is not vacuous.
    expect(new Set(group.map((g) => g.epochs.at(-1)!.trainLoss.toFixed(6))).size).toBe(trials.length);
    expect(Math.max(...group.map((g) => g.epochs.at(-1)!.testAccuracy))).toBeGreaterThan(0.5);
  });

});
