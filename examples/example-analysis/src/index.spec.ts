import { assertConformance, createTestContext, type LinearEngine } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { computeTable } from '@transferlab/sdk';
import { cleanAccuracy } from './index';
import { wilson } from './wilson';

describe('clean-accuracy example analysis', () => {
  it('passes the conformance kit', async () => {
    await expect(assertConformance(cleanAccuracy)).resolves.toBeDefined();
  });

  it('declares the model and dataset each trial uses', () => {
    const trials = cleanAccuracy.expand(
      cleanAccuracy.params.parse({ models: ['a', 'b'], dataset: 'synthetic' }),
    );
    expect(trials.map((t) => t.uses)).toEqual([
      { models: ['a'], datasets: ['synthetic'] },
      { models: ['b'], datasets: ['synthetic'] },
    ]);
  });

  it('computes accuracy, feature and gradient norms equal to a direct closed-form computation', async () => {
    const params = cleanAccuracy.params.parse({ models: ['linear'], limit: 8, batchSize: 3 });
    const trials = cleanAccuracy.expand(params);
    expect(trials).toHaveLength(1);
    const progress: number[] = [];
    const ctx = createTestContext({ onProgress: (f) => progress.push(f) });
    const result = await cleanAccuracy.run(trials[0]!, ctx);
    // Independently: the linear model W x + b, its softmax, and d CE / d x = Wᵀ (p - onehot).
    const engine = ctx.engine as LinearEngine;
    const ds = await ctx.data.dataset('synthetic');
    const batch = await ds.read('test', [0, 1, 2, 3, 4, 5, 6, 7]);
    const d = 16;
    let correct = 0;
    let features = 0;
    let gradients = 0;
    for (let i = 0; i < 8; i++) {
      const x = Array.from(batch.images.data.subarray(i * d, (i + 1) * d));
      const z = [0, 1].map(
        (k) => (engine.bias[k] ?? 0) + x.reduce((s, v, j) => s + v * (engine.weights[k * d + j] ?? 0), 0),
      );
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const p = e.map((v) => v / (e[0]! + e[1]!));
      const y = batch.labels[i]!;
      if ((z[1]! > z[0]! ? 1 : 0) === y) correct++;
      features += Math.hypot(...x);
      const g = x.map((_, j) =>
        [0, 1].reduce((s, k) => s + ((p[k] ?? 0) - (k === y ? 1 : 0)) * (engine.weights[k * d + j] ?? 0), 0),
      );
      gradients += Math.hypot(...g);
    }
    expect(result.metrics.accuracy).toBeCloseTo(correct / 8, 10);
    expect(result.metrics.meanFeatureNorm).toBeCloseTo(features / 8, 4);
    expect(result.metrics.meanGradientNorm).toBeCloseTo(gradients / 8, 4);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops at the next batch when its signal is aborted', async () => {
    const controller = new AbortController();
    const ctx = { ...createTestContext({ onProgress: () => controller.abort() }), signal: controller.signal };
    const trial = cleanAccuracy.expand(cleanAccuracy.params.parse({ limit: 8, batchSize: 2 }))[0]!;
    await expect(cleanAccuracy.run(trial, ctx)).rejects.toThrow();
  });

  it('declares a table, a series and a gallery whose rows come from the trial, checked against their schemas', async () => {
    const params = cleanAccuracy.params.parse({ models: ['linear'], limit: 8, batchSize: 3 });
    const trial = cleanAccuracy.expand(params)[0]!;
    const result = await cleanAccuracy.run(trial, createTestContext());
    const row = {
      config: trial.config,
      metrics: result.metrics,
      series: result.series ?? null,
      details: result.details ?? null,
      provider: 'cpu',
    };
    const models = new Map([
      [
        'linear',
        {
          id: 'linear',
          training: { kind: 'adversarial' as const, norm: 'L2' as const, eps: 0.5 },
          metrics: {},
        },
      ],
    ]);
    const tables = cleanAccuracy.outputs!.tables;
    const input = { rows: [row], options: {}, models };
    const [board] = computeTable('accuracy', tables.accuracy!, input);
    expect(board).toMatchObject({
      model: 'linear',
      kind: 'adversarial',
      images: 8,
      accuracy: { mean: result.metrics.accuracy, n: 8 },
    });
    // Batches of 3 over 8 images: the running accuracy after 3, 6 and 8, the last one the trial's accuracy.
    const curve = computeTable('running-accuracy', tables['running-accuracy']!, input);
    expect(curve.map((r) => r.images)).toEqual([3, 6, 8]);
    expect(curve.at(-1)!.accuracy).toBeCloseTo(result.metrics.accuracy!, 12);
    const mistakes = computeTable('mistakes', tables.mistakes!, input);
    expect(mistakes).toHaveLength(Math.min(8, Math.round((1 - result.metrics.accuracy!) * 8)));
    for (const m of mistakes) expect(m.image).toMatchObject({ dataset: 'synthetic', split: 'test' });
  });

  it('gives the Wilson interval its published values', () => {
    // 8 of 10: the 95% Wilson interval is [0.4902, 0.9433] (Newcombe 1998, table I).
    const { low, high } = wilson(8, 10);
    expect(low).toBeCloseTo(0.4902, 4);
    expect(high).toBeCloseTo(0.9433, 4);
    expect(wilson(10, 10).high).toBeCloseTo(1, 12);
  });
});
