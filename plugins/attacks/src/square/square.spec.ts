import { assertConformance, createTestContext, seededRandom } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { expectInBallAndBox, tenClassContext, misclassified, model, syntheticBatch } from '../../test/contexts';
import { squareFraction } from './p-schedule';
import { pseudoGaussian } from './pseudo-gaussian';
import { square } from './square';
import { squareL2 } from './square-l2';
import { squareLinf } from './square-linf';

describe('square attack pieces', () => {
  it('p follows the reference schedule (rescaled to the budget)', () => {
    expect([0, 10, 11, 50, 51, 201, 501, 1001, 2001, 4001, 6001, 8001, 10_000].map((i) => squareFraction(0.8, i, 10_000))).toEqual(
      [0.8, 0.8, 0.4, 0.4, 0.2, 0.1, 0.05, 0.025, 0.0125, 0.00625, 0.003125, 0.0015625, 0.0015625],
    );
    expect(squareFraction(0.8, 50, 5000)).toBe(0.2); // iteration 50 of 5000 is 100 of 10,000
  });

  it('the L2 window is unit-norm, positive on one half and negative on the other', () => {
    const g = pseudoGaussian(5, () => 0.1); // not transposed
    expect(Math.hypot(...g)).toBeCloseTo(1, 10);
    expect(g.slice(0, 10).every((v) => v > 0)).toBe(true);
    expect(g.slice(10).every((v) => v < 0)).toBe(true);
  });

  it('L2 proposals stay on or inside the eps sphere and in the box', () => {
    const rnd = seededRandom(3);
    const dims = [3, 12, 12];
    const orig = Float32Array.from({ length: 3 * 144 }, () => rnd());
    let x = squareL2.init(orig, dims, 1, rnd);
    for (let i = 0; i < 20; i++) {
      x = squareL2.propose(orig, x, dims, 1, 0.3, rnd);
      expect(Math.hypot(...x.map((v, k) => v - orig[k]!))).toBeLessThanOrEqual(1 + 1e-5);
      expect(x.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
  });
});

describe('square', () => {
  const ctx = createTestContext();

  it('passes the conformance kit', async () => {
    await expect(assertConformance(square, { params: { eps: 0.1, queries: 20 } })).resolves.toBeDefined();
  });

  it('defaults to the reference: 5000 queries, p_init 0.8', () => {
    expect(square.params.parse({})).toMatchObject({ queries: 5000, pInit: 0.8, norm: 'Linf', eps: 8 / 255 });
  });

  it.each([
    ['Linf', 0.4],
    ['L2', 2.5],
  ] as const)('%s: fools a linear model at a large eps, in the ball and box, deterministically', async (norm, eps) => {
    const c10 = tenClassContext();
    for (const c of [ctx, c10]) {
      const batch = await syntheticBatch(c);
      const p = square.params.parse({ norm, eps, queries: 300, seed: 4 });
      const a = await square.perturb({ model, batch }, p, c);
      const b = await square.perturb({ model, batch }, p, c);
      expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
      expectInBallAndBox(batch.images, a.images, norm, eps);
      const clean = await misclassified(c, batch.images, batch.labels);
      const wrong = await misclassified(c, a.images, batch.labels);
      expect(wrong.every(Boolean)).toBe(true);
      expect(a.fooledBy).toEqual(clean.map((w) => (w ? null : 'square')));
    }
  });

  it('lowers the margin from its start where it cannot fool, and queries no more than its budget', async () => {
    let calls = 0;
    const counted = { ...ctx, engine: Object.assign(Object.create(ctx.engine) as typeof ctx.engine, { logits: (m: typeof model, x: Parameters<typeof ctx.engine.logits>[1]) => (calls++, ctx.engine.logits(m, x)) }) };
    const batch = await syntheticBatch(ctx);
    const eps = 0.05;
    const res = await square.perturb({ model, batch }, square.params.parse({ eps, queries: 30, seed: 2 }), counted);
    expect(calls).toBe(1 + 30 + 1); // clean check, 30 queries (the start included), final check
    // The starting points, drawn again from the same seed (one per clean-correct example, in order).
    const clean = await misclassified(ctx, batch.images, batch.labels);
    const rnd = seededRandom(2);
    const starts = batch.images.data.slice();
    clean.forEach((w, i) => w || starts.set(squareLinf.init(batch.images.data.subarray(i * 16, (i + 1) * 16), [1, 4, 4], eps, rnd), i * 16));
    const margin = async (data: Float32Array) => (await ctx.engine.inputGradient(model, { data, dims: batch.images.dims }, batch.labels, { loss: 'cw-margin' })).loss;
    const [before, after] = [await margin(starts), await margin(res.images.data)];
    after.forEach((v, i) => clean[i] || expect(v).toBeGreaterThan(before[i]!));
  });
});
