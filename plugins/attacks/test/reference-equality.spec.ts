import type { AttackResult, EngineApi, ImageBatch, PluginContext } from '@transferlab/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { finishRun, startRun } from '../src/attack-run';
import { autoattackStandard } from '../src/autoattack/autoattack';
import { projectL2 } from '../src/fab/projection-l2';
import { projectLinf } from '../src/fab/projection-linf';
import { square } from '../src/square/square';
import { referenceAutoattackStandard } from './reference/autoattack';
import { referenceProjectL2, referenceProjectLinf } from './reference/projections';
import { referenceSquareComponent } from './reference/square';
import { zooFixture } from './zoo';

/** The context with the images of every logits call counted. */
function counting(ctx: PluginContext): { ctx: PluginContext; passes: () => number } {
  let passes = 0;
  const engine = Object.create(ctx.engine) as EngineApi;
  engine.logits = (m, x) => {
    passes += x.dims[0] ?? 0;
    return ctx.engine.logits(m, x);
  };
  return { ctx: { ...ctx, engine }, passes: () => passes };
}

/** The same outcome, value for value: who fooled each example, the images and the losses. */
function expectSameOutcome(a: AttackResult, b: AttackResult): void {
  expect(a.fooledBy).toEqual(b.fooledBy);
  expect(Buffer.from(a.images.data.buffer).equals(Buffer.from(b.images.data.buffer))).toBe(true);
  expect(Array.from(a.loss)).toEqual(Array.from(b.loss));
}

const named = (by: AttackResult['fooledBy']) => new Set((by ?? []).filter((v) => v !== null));

// The faster forward-only work (Square skipping proposals equal to the best point, FAB's
// projections sorting with a merge sort) against the previous implementation kept in
// test/reference, on the real engine and zoo models, with the same seeds: the same outcome
// for every example. Budgets are cut so that the file runs in about 30 s on a loaded 2-core machine.
describe('the faster forward-only work gives the previous outcomes on zoo models', () => {
  let ctx: PluginContext;
  let batch: ImageBatch;
  let ids: Record<string, string>;
  beforeAll(async () => {
    const zoo = await zooFixture(16);
    ({ ctx, batch } = zoo);
    ids = Object.fromEntries(zoo.models.map((m) => [m.training.recipe ?? m.id, m.id]));
  });

  it.each([
    { recipe: 'linf-8', norm: 'Linf' as const, eps: 24 / 255 },
    { recipe: 'l2-0.5', norm: 'L2' as const, eps: 2.5 },
  ])('square on $recipe at $norm $eps: the same outcome, with fewer logits passes on Linf', async ({ recipe, norm, eps }) => {
    const model = { id: ids[recipe]! };
    const p = square.params.parse({ norm, eps, queries: 200, seed: 5 });
    const fast = counting(ctx);
    const now = await square.perturb({ model, batch }, p, fast.ctx);
    const before = counting(ctx);
    const run = await startRun({ model, batch }, p.seed, before.ctx);
    await referenceSquareComponent(run, p);
    const then = await finishRun(run);
    expectSameOutcome(now, then);
    expect(named(then.fooledBy)).toEqual(new Set(['square']));
    if (norm === 'Linf') expect(fast.passes()).toBeLessThan(0.9 * before.passes());
    else expect(fast.passes()).toBeLessThanOrEqual(before.passes());
  });

  it.each([
    { recipe: 'linf-8', norm: 'Linf' as const, eps: 20 / 255, components: ['apgd-ce', 'apgd-t', 'square'] },
    { recipe: 'natural', norm: 'L2' as const, eps: 0.15, components: ['apgd-ce', 'fab-t'] },
  ])('autoattack-standard on $recipe at $norm $eps: the same outcome per example', async ({ recipe, norm, eps, components }) => {
    const model = { id: ids[recipe]! };
    const p = autoattackStandard.params.parse({ norm, eps, steps: 2, targetClasses: 2, queries: 300, seed: 1 });
    const now = await autoattackStandard.perturb({ model, batch }, p, ctx);
    const then = await referenceAutoattackStandard({ model, batch }, p, ctx);
    expectSameOutcome(now, then);
    // Not a vacuous comparison: these components fooled examples in both.
    for (const c of components) expect(named(then.fooledBy)).toContain(c);
  });

  it("FAB's projections equal the previous ones on the zoo's images and gradients", async () => {
    const model = { id: ids['linf-8']! };
    const n = batch.labels.length;
    const size = batch.images.data.length / n;
    const targets = batch.labels.map((y) => (y + 1) % 5);
    const g = await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss: 'logit-difference', targets });
    let compared = 0;
    for (let i = 0; i < n; i++) {
      const t = batch.images.data.subarray(i * size, (i + 1) * size);
      const w = g.gradient.data.subarray(i * size, (i + 1) * size);
      let b = -(g.loss[i] ?? 0);
      for (let k = 0; k < size; k++) b += w[k]! * t[k]!;
      // The boundary's linearisation as FAB-T uses it, and planes shifted to both sides of the point.
      for (const shift of [0, 0.5, -0.5, 5, -5]) {
        expect(Array.from(projectLinf(t, w, b + shift))).toEqual(Array.from(referenceProjectLinf(t, w, b + shift)));
        expect(Array.from(projectL2(t, w, b + shift))).toEqual(Array.from(referenceProjectL2(t, w, b + shift)));
        compared++;
      }
    }
    expect(compared).toBe(5 * n);
  });
});
