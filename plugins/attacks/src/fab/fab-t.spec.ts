import { assertConformance } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { expectInBallAndBox, greyBatch, linearContext, tenClassContext, misclassified, model, syntheticBatch } from '../../test/contexts';
import { fabT } from './fab-t';

describe('fab-t', () => {
  it('passes the conformance kit (2 and 10 classes)', async () => {
    await expect(assertConformance(fabT, { params: { eps: 0.1, steps: 5 } })).resolves.toBeDefined();
    await expect(assertConformance(fabT, { params: { eps: 0.1, steps: 5, targetClasses: 2 }, ctx: tenClassContext() })).resolves.toBeDefined();
  });

  it('defaults to the reference: 100 steps, 9 target classes, alpha_max 0.1, eta 1.05, beta 0.9', () => {
    expect(fabT.params.parse({})).toMatchObject({ steps: 100, targetClasses: 9, restarts: 1, alphaMax: 0.1, eta: 1.05, beta: 0.9 });
  });

  it.each(['Linf', 'L2'] as const)('%s on a linear model: fools just above the closed-form minimal distance, never below it', async (norm) => {
    const ctx = linearContext(2, 5, [0.3, -0.3]);
    const { weights } = ctx.engine as unknown as { weights: Float32Array };
    const grey = greyBatch([0]);
    const z = await ctx.engine.logits(model, grey.images);
    const y = z.data[0]! >= z.data[1]! ? 0 : 1;
    const batch = greyBatch([y]);
    const diff = Array.from({ length: 16 }, (_, j) => weights[y * 16 + j]! - weights[(1 - y) * 16 + j]!);
    const margin = Math.abs(z.data[0]! - z.data[1]!);
    const minimal = margin / (norm === 'Linf' ? diff.reduce((s, v) => s + Math.abs(v), 0) : Math.hypot(...diff));
    expect(minimal).toBeGreaterThan(0.005);
    expect(minimal).toBeLessThan(norm === 'Linf' ? 0.4 : 1); // the box stays inactive
    const above = await fabT.perturb({ model, batch }, fabT.params.parse({ norm, eps: 1.02 * minimal, steps: 20 }), ctx);
    expect(above.fooledBy).toEqual(['fab-t']);
    expectInBallAndBox(batch.images, above.images, norm, 1.02 * minimal);
    const below = await fabT.perturb({ model, batch }, fabT.params.parse({ norm, eps: 0.98 * minimal, steps: 20 }), ctx);
    expect(below.fooledBy).toEqual([null]);
  });

  it.each(['Linf', 'L2'] as const)('%s on 10 classes: in the ball and box, deterministic, fooledBy where misclassified', async (norm) => {
    const ctx = tenClassContext();
    const batch = await syntheticBatch(ctx);
    const eps = norm === 'Linf' ? 0.2 : 1;
    const p = fabT.params.parse({ norm, eps, steps: 10, targetClasses: 3, restarts: 2 });
    const a = await fabT.perturb({ model, batch }, p, ctx);
    const b = await fabT.perturb({ model, batch }, p, ctx);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
    expectInBallAndBox(batch.images, a.images, norm, eps);
    const [clean, wrong] = [await misclassified(ctx, batch.images, batch.labels), await misclassified(ctx, a.images, batch.labels)];
    expect(a.fooledBy).toEqual(wrong.map((w, i) => (w && !clean[i] ? 'fab-t' : null)));
    expect(a.fooledBy!.filter(Boolean).length).toBeGreaterThan(0);
  });
});
