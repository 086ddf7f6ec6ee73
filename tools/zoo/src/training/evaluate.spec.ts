import { pgd } from '@transferlab/plugins-attacks';
import { createTestContext, type LinearEngine } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { loadSplit } from './data';
import { evaluateRobustness, robustKey } from './evaluate';

// The sdk's test context: a two-class linear model on 1x4x4 images (closed forms exist) and the real pgd plugin.
const ctx = createTestContext({ attacks: { pgd } });
const engine = ctx.engine as LinearEngine;
const D = 16;
const dw = Array.from({ length: D }, (_, j) => engine.weights[D + j]! - engine.weights[j]!);
const db = engine.bias[1]! - engine.bias[0]!;

/** Signed margin toward the true class: > 0 means correctly classified. */
const margin = (x: ArrayLike<number>, y: number): number => (y === 1 ? 1 : -1) * (db + dw.reduce((s, w, j) => s + w * x[j]!, 0));

/** Exact Linf robustness of a linear binary classifier: the worst point of the box (ball ∩ [0,1]) is a corner. */
function linfRobust(x: ArrayLike<number>, y: number, eps: number): boolean {
  const s = y === 1 ? 1 : -1;
  const worst = Array.from({ length: D }, (_, j) => (s * dw[j]! > 0 ? Math.max(0, x[j]! - eps) : Math.min(1, x[j]! + eps)));
  return margin(worst, y) > 0;
}

describe('evaluateRobustness', () => {
  it('matches closed forms on a linear model: clean accuracy, exact Linf robust accuracy, certified L2 lower bounds', async () => {
    const test = await loadSplit(ctx, 'synthetic', 'test', undefined, 0);
    const grid = { L2: [0.25, 0.5, 1, 2], Linf: [0.05, 0.1, 0.2, 0.4] };
    const res = await evaluateRobustness(ctx, { id: 'linear' }, test, { grid, pgdSteps: 20, robustCount: test.count });
    const xs = Array.from({ length: test.count }, (_, i) => test.images.subarray(i * D, (i + 1) * D));
    const correct = xs.map((x, i) => margin(x, test.labels[i]!) > 0);
    expect(res.cleanAccuracy).toBeCloseTo(correct.filter(Boolean).length / test.count, 10);
    expect(res.checks).toEqual({ deterministic: true, zeroGradientFraction: 0 });
    const norm2 = Math.sqrt(dw.reduce((s, w) => s + w * w, 0));
    for (const eps of grid.Linf) {
      const exact = xs.filter((x, i) => correct[i] && linfRobust(x, test.labels[i]!, eps)).length / test.count;
      expect(res.robust[robustKey('Linf', eps)]).toBeCloseTo(exact, 10);
    }
    const l2 = grid.L2.map((eps) => res.robust[robustKey('L2', eps)]!);
    grid.L2.forEach((eps, k) => {
      const certified = xs.filter((x, i) => margin(x, test.labels[i]!) / norm2 > eps).length / test.count;
      expect(l2[k]).toBeGreaterThanOrEqual(certified);
      expect(l2[k]).toBeLessThanOrEqual(res.cleanOnRobustSample);
      if (k > 0) expect(l2[k]).toBeLessThanOrEqual(l2[k - 1]!);
    });
    // The grid spans the interesting range: nothing survives the largest Linf eps, most the smallest.
    expect(res.robust[robustKey('Linf', 0.4)]).toBe(0);
    expect(res.robust[robustKey('Linf', 0.05)]).toBeGreaterThan(0.5);
  });

  it('refuses to attack a model whose forward pass is not deterministic', async () => {
    const test = await loadSplit(ctx, 'synthetic', 'test', undefined, 0);
    let calls = 0;
    const noisy = {
      ...ctx,
      // The linear engine with noisy logits (every other method inherited).
      engine: Object.assign(Object.create(engine) as LinearEngine, {
        logits: async (m: { id: string }, x: Parameters<LinearEngine['logits']>[1]) => {
          const z = await engine.logits(m, x);
          return { ...z, data: z.data.map((v) => v + 0.01 * (calls++ % 3)) };
        },
      }),
    };
    await expect(evaluateRobustness(noisy, { id: 'linear' }, test, { grid: { L2: [0.5], Linf: [] }, pgdSteps: 2, robustCount: 4 })).rejects.toThrow(/not deterministic/);
  });

  it('labels eps as the manifest keys them', () => {
    expect(robustKey('Linf', 8 / 255)).toBe('robust:Linf:8/255');
    expect(robustKey('L2', 0.5)).toBe('robust:L2:0.5');
    expect(robustKey('Linf', 0.1)).toBe('robust:Linf:0.1');
  });
});
