import { createTestContext } from '@transferlab/sdk/testing';
import { assertConformance } from '@transferlab/sdk/testing';
import type { ImageBatch } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { fgsm } from './fgsm';
import { pgd } from './pgd';

const ctx = createTestContext();
const model = { id: 'linear' };

async function testBatch(): Promise<ImageBatch> {
  return (await ctx.data.dataset('synthetic')).read('test', [0, 1, 2, 3, 4, 5]);
}

/** Mid-grey images: the [0,1] box is inactive for small eps, so closed forms hold. */
function greyBatch(): ImageBatch {
  return { images: { data: new Float32Array(4 * 16).fill(0.5), dims: [4, 1, 4, 4] }, labels: Int32Array.from([0, 1, 0, 1]) };
}

async function cleanLoss(batch: ImageBatch, loss: 'cross-entropy' | 'cw-margin' = 'cross-entropy'): Promise<Float32Array> {
  return (await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss })).loss;
}

describe('fgsm and pgd', () => {
  it.each([fgsm, pgd])('$name passes the conformance kit', async (attack) => {
    await expect(assertConformance(attack, { params: { eps: 0.1 } })).resolves.toBeDefined();
  });

  it.each(['Linf', 'L2'] as const)('pgd %s stays in the ball and box, and raises every loss', async (norm) => {
    const batch = await testBatch();
    const eps = norm === 'Linf' ? 0.05 : 0.3;
    const res = await pgd.perturb({ model, batch }, pgd.params.parse({ norm, eps, steps: 10 }), ctx);
    const clean = await cleanLoss(batch);
    for (let n = 0; n < 6; n++) {
      let l2 = 0;
      for (let j = 0; j < 16; j++) {
        const d = res.images.data[n * 16 + j]! - batch.images.data[n * 16 + j]!;
        l2 += d * d;
        if (norm === 'Linf') expect(Math.abs(d)).toBeLessThanOrEqual(eps + 1e-6);
        expect(res.images.data[n * 16 + j]).toBeGreaterThanOrEqual(0);
        expect(res.images.data[n * 16 + j]).toBeLessThanOrEqual(1);
      }
      if (norm === 'L2') expect(Math.sqrt(l2)).toBeLessThanOrEqual(eps + 1e-5);
      expect(res.loss[n]).toBeGreaterThan(clean[n]!);
    }
  });

  it('fgsm Linf on a linear model with the margin loss matches the closed form eps * ||w_other - w_y||_1', async () => {
    const batch = greyBatch();
    const eps = 0.02;
    const res = await fgsm.perturb({ model, batch }, fgsm.params.parse({ eps, loss: 'cw-margin' }), ctx);
    const clean = await cleanLoss(batch, 'cw-margin');
    const { weights } = ctx.engine as unknown as { weights: Float32Array };
    let l1 = 0;
    for (let j = 0; j < 16; j++) l1 += Math.abs(weights[16 + j]! - weights[j]!);
    for (let n = 0; n < 4; n++) expect(res.loss[n]! - clean[n]!).toBeCloseTo(eps * l1, 4);
  });

  it('is deterministic for a seed, and restarts never do worse than one start', async () => {
    const batch = await testBatch();
    const p = pgd.params.parse({ norm: 'L2', eps: 0.5, steps: 3, seed: 9 });
    const a = await pgd.perturb({ model, batch }, p, ctx);
    const b = await pgd.perturb({ model, batch }, p, ctx);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
    const r = await pgd.perturb({ model, batch }, { ...p, restarts: 4 }, ctx);
    r.loss.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(a.loss[i]! - 1e-6));
  });

  it('targeted pgd lowers the loss toward the target class', async () => {
    const batch = await testBatch();
    const targets = batch.labels.map((y) => 1 - y);
    const before = await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss: 'targeted-cross-entropy', targets });
    const res = await pgd.perturb({ model, batch, targets }, pgd.params.parse({ eps: 0.1, steps: 10, loss: 'targeted-cross-entropy' }), ctx);
    res.loss.forEach((v, i) => expect(v).toBeLessThan(before.loss[i]!));
    await expect(
      pgd.perturb({ model, batch }, pgd.params.parse({ loss: 'targeted-cross-entropy' }), ctx),
    ).rejects.toThrow('targeted-cross-entropy needs target classes');
  });

  it('rejects bad params through its schema', () => {
    expect(pgd.params.safeParse({ norm: 'L1' }).success).toBe(false);
    expect(pgd.params.safeParse({ steps: 0 }).success).toBe(false);
    expect(pgd.params.safeParse({ eps: -1 }).success).toBe(false);
  });
});
