import { describe, expect, it } from 'vitest';
import type { FineTuneEpoch, FineTuneHyperParams } from '../engine-api';
import { stratifiedSample } from '../sampling';
import { seededRandom } from '../random';
import { lrAt } from './softmax-regression';
import { createTestContext, syntheticDataset } from './test-context';

const hyper: FineTuneHyperParams = { epochs: 6, batchSize: 4, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false };

describe('LinearEngine.fineTune', () => {
  it('with lr 0 reports the loss of PyTorch Linear init drawn from the seed (recomputed here)', async () => {
    const ctx = createTestContext();
    const ds = syntheticDataset();
    const test = await ds.read('test', [0, 1, 2, 3, 4, 5, 6, 7]);
    const r = await ctx.engine.fineTune!({ model: { id: 'linear' }, depth: 0, seed: 5, hyper: { ...hyper, lr: 0, epochs: 1 },
      data: { kind: 'dataset', name: 'synthetic', train: [0, 1, 2, 3], test: [0, 1, 2, 3, 4, 5, 6, 7] } });
    const rnd = seededRandom(5);
    const bound = 1 / 4; // 1/sqrt(16)
    const w = Array.from({ length: 32 }, () => (2 * rnd() - 1) * bound);
    const b = Array.from({ length: 2 }, () => (2 * rnd() - 1) * bound);
    let loss = 0;
    for (let i = 0; i < 8; i++) {
      const z = [0, 1].map((k) => b[k]! + w.slice(k * 16, k * 16 + 16).reduce((s, v, j) => s + v * test.images.data[i * 16 + j]!, 0));
      loss += Math.log(Math.exp(z[0]!) + Math.exp(z[1]!)) - z[test.labels[i]!]!;
    }
    expect(r.epochs[0]!.testLoss).toBeCloseTo(loss / 8, 6);
  });

  it('learns the synthetic task, reports every epoch, and is deterministic for a seed', async () => {
    const ctx = createTestContext();
    const seen: FineTuneEpoch[] = [];
    const train = Array.from(stratifiedSample(await (await ctx.data.dataset('synthetic')).labels('train'), 12, 3));
    const req = { model: { id: 'linear' }, depth: 0, seed: 3, hyper: { ...hyper, epochs: 12, lr: 1 }, data: { kind: 'dataset' as const, name: 'synthetic', train, test: [0, 1, 2, 3, 4, 5, 6, 7] } };
    const a = await ctx.engine.fineTune!(req, { onEpoch: (e) => seen.push(e) });
    const b = await ctx.engine.fineTune!(req);
    expect(a.epochs).toEqual(b.epochs);
    expect(seen).toEqual(a.epochs);
    expect(a.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(a.trainSize).toBe(12);
    expect(a.epochs.at(-1)!.testAccuracy).toBe(1);
    expect(a.epochs.at(-1)!.trainLoss).toBeLessThan(a.epochs[0]!.trainLoss);
    await expect(ctx.engine.fineTune!({ ...req, depth: 1 })).rejects.toThrow(/no blocks/);
  });

  it('step schedule divides by 10 after a third and two thirds of the epochs; cosine ends at 0', () => {
    const h = { ...hyper, epochs: 9 };
    [0.1, 0.1, 0.01, 0.01, 0.001, 0.001].forEach((lr, i) => expect(lrAt(h, [0, 2, 3, 5, 6, 8][i]!, 0, 1)).toBeCloseTo(lr, 12));
    const c = { ...hyper, schedule: 'cosine' as const };
    expect(lrAt(c, 0, 0, 10)).toBeCloseTo(0.1, 12);
    expect(lrAt(c, 0, 5, 10)).toBeCloseTo(0.05, 12);
    expect(lrAt(c, 0, 10, 10)).toBeCloseTo(0, 12);
  });
});
