import type { PluginContext } from '@transferlab/sdk';
import { assertConformance, createTestContext, type LinearEngine } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { expectInBallAndBox, greyBatch, linearContext, tenClassContext, misclassified, model, syntheticBatch } from '../../test/contexts';
import { pgd } from '../pgd';
import { apgdCe } from './apgd-ce';
import { apgdT } from './apgd-t';
import { Checkpoints } from './checkpoints';

describe('APGD checkpoints', () => {
  it('follow the reference schedule for 100 steps: 22, then periods 19, 16, 13, 10, 7, 6, 6, ...', () => {
    const c = new Checkpoints(100, 1, 0.75);
    c.reset(Float64Array.of(0));
    const at: number[] = [];
    // An example whose loss never rises is halved at every checkpoint: that marks them.
    for (let i = 1; i <= 100; i++) if (c.step([0], Float64Array.of(0)).length > 0) at.push(i);
    expect(at.slice(0, 8)).toEqual([22, 41, 57, 70, 80, 87, 93, 99]);
  });

  it('halve where fewer than rho of the steps raised the loss, or where nothing changed since the last checkpoint', () => {
    const c = new Checkpoints(10, 3, 0.75); // periods 2, then 1
    c.reset(Float64Array.of(0, 0, 0));
    c.record(0, true);
    c.record(1, true);
    expect(c.step([0, 1, 2], Float64Array.of(1, 1, 0))).toEqual([]);
    c.record(0, true);
    // Example 0 raised its loss twice (2 > 0.75 * 2): kept; 1 once and 2 never: halved.
    expect(c.step([0, 1, 2], Float64Array.of(1, 1, 0))).toEqual([1, 2]);
    for (const e of [0, 1, 2]) c.record(e, true);
    // Next checkpoint: 0 was not halved last time and its best loss did not change: halved.
    expect(c.step([0, 1, 2], Float64Array.of(1, 2, 1))).toEqual([0]);
  });
});

describe('apgd-ce', () => {
  const ctx = createTestContext();

  it.each([apgdCe])('$name passes the conformance kit', async (attack) => {
    await expect(assertConformance(attack, { params: { eps: 0.1, steps: 10 } })).resolves.toBeDefined();
  });

  it('defaults to the reference: 100 steps, 1 restart, rho 0.75, Linf 8/255', () => {
    expect(apgdCe.params.parse({})).toEqual({ norm: 'Linf', eps: 8 / 255, steps: 100, restarts: 1, rho: 0.75, seed: 0 });
    expect(apgdCe.params.safeParse({ step: 10 }).success).toBe(false);
  });

  it.each(['Linf', 'L2'] as const)('%s: stays in the ball and the box; fooledBy names it exactly where the image is misclassified', async (norm) => {
    const batch = await syntheticBatch(ctx);
    const eps = norm === 'Linf' ? 0.1 : 0.5;
    const res = await apgdCe.perturb({ model, batch }, apgdCe.params.parse({ norm, eps, steps: 20 }), ctx);
    expectInBallAndBox(batch.images, res.images, norm, eps);
    const wrong = await misclassified(ctx, res.images, batch.labels);
    expect(res.fooledBy).toEqual(wrong.map((w) => (w ? 'apgd-ce' : null)));
  });

  it('is deterministic for a seed', async () => {
    const batch = await syntheticBatch(ctx);
    const p = apgdCe.params.parse({ norm: 'L2', eps: 0.3, steps: 10, seed: 3 });
    const a = await apgdCe.perturb({ model, batch }, p, ctx);
    const b = await apgdCe.perturb({ model, batch }, p, ctx);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
  });

  it.each(['Linf', 'L2'] as const)('%s: fools at least as many as PGD on the same budget, with at least its loss elsewhere', async (norm) => {
    const batch = await syntheticBatch(ctx);
    for (const eps of norm === 'Linf' ? [0.1, 0.2, 0.3] : [0.5, 0.8, 1.2]) {
      const a = await apgdCe.perturb({ model, batch }, apgdCe.params.parse({ norm, eps, steps: 10 }), ctx);
      const p = await pgd.perturb({ model, batch }, pgd.params.parse({ norm, eps, steps: 10 }), ctx);
      const fooledA = await misclassified(ctx, a.images, batch.labels);
      const fooledP = await misclassified(ctx, p.images, batch.labels);
      expect(fooledA.filter(Boolean).length).toBeGreaterThanOrEqual(fooledP.filter(Boolean).length);
      fooledA.forEach((f, i) => f || expect(a.loss[i]).toBeGreaterThanOrEqual(p.loss[i]! - 1e-4));
    }
  });

  it.each([
    ['Linf', 0.02],
    ['L2', 0.1],
  ] as const)('%s on a linear model finds the closed-form optimum of the margin (within 1e-3)', async (norm, eps) => {
    // Two classes, grey images far on class 0's side: not fooled, so APGD runs all its steps.
    const lin = linearContext(2, 5, [3, -3]);
    const { weights } = lin.engine as LinearEngine;
    const batch = greyBatch([0, 0, 0, 0]);
    const res = await apgdCe.perturb({ model, batch }, apgdCe.params.parse({ norm, eps, steps: 25, seed: 1 }), lin);
    const diff = Array.from({ length: 16 }, (_, j) => weights[16 + j]! - weights[j]!);
    const gain = norm === 'Linf' ? eps * diff.reduce((s, v) => s + Math.abs(v), 0) : eps * Math.hypot(...diff);
    const z = await lin.engine.logits(model, batch.images);
    const best = Math.log1p(Math.exp(z.data[1]! - z.data[0]! + gain)); // cross-entropy at the optimal margin
    expect(res.fooledBy).toEqual([null, null, null, null]);
    res.loss.forEach((l) => expect(Math.abs(l - best)).toBeLessThan(1e-3));
  });

  it('leaves clean-misclassified examples alone and stops when cancelled', async () => {
    const batch = greyBatch([1, 0]); // the test model calls grey class 1: the second example is wrong before any attack
    const wrong = await misclassified(ctx, batch.images, batch.labels);
    const res = await apgdCe.perturb({ model, batch }, apgdCe.params.parse({ eps: 0.01, steps: 5 }), ctx);
    wrong.forEach((w, i) => {
      if (w) {
        expect(res.fooledBy![i]).toBeNull();
        expect(Array.from(res.images.data.subarray(i * 16, (i + 1) * 16))).toEqual(Array.from(batch.images.data.subarray(i * 16, (i + 1) * 16)));
      }
    });
    const controller = new AbortController();
    controller.abort();
    const cancelled: PluginContext = { ...ctx, signal: controller.signal };
    await expect(apgdCe.perturb({ model, batch: await syntheticBatch(ctx) }, apgdCe.params.parse({ eps: 0.01 }), cancelled)).rejects.toThrow(/cancelled/);
  });
});

describe('apgd-t', () => {
  const ctx = tenClassContext();

  it('passes the conformance kit on a 10-class model', async () => {
    await expect(assertConformance(apgdT, { params: { eps: 0.1, steps: 5, targetClasses: 3 }, ctx })).resolves.toBeDefined();
  });

  it('defaults to the reference: 100 steps, 9 target classes, 1 restart', () => {
    expect(apgdT.params.parse({})).toMatchObject({ steps: 100, targetClasses: 9, restarts: 1, norm: 'Linf' });
  });

  it.each(['Linf', 'L2'] as const)('%s: stays in the ball and box, is deterministic and fools at a large eps', async (norm) => {
    const batch = await syntheticBatch(ctx);
    const eps = norm === 'Linf' ? 0.5 : 2;
    const p = apgdT.params.parse({ norm, eps, steps: 10, seed: 2 }); // all 9 targets: the strong wrong class ranks low on dark images
    const a = await apgdT.perturb({ model, batch }, p, ctx);
    const b = await apgdT.perturb({ model, batch }, p, ctx);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
    expectInBallAndBox(batch.images, a.images, norm, eps);
    const wrong = await misclassified(ctx, a.images, batch.labels);
    const clean = await misclassified(ctx, batch.images, batch.labels);
    expect(a.fooledBy).toEqual(wrong.map((w, i) => (w && !clean[i] ? 'apgd-t' : null)));
    expect(clean.some(Boolean)).toBe(false);
    expect(wrong.every(Boolean)).toBe(true);
  });

  it('refuses models with fewer than 4 classes, clearly', async () => {
    const three = linearContext(3);
    await expect(apgdT.perturb({ model, batch: await syntheticBatch(three) }, apgdT.params.parse({ steps: 2 }), three)).rejects.toThrow(/at least 4 classes; model 'linear' has 3/);
  });
});
