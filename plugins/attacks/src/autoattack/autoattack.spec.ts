import type { EngineApi, PluginContext } from '@transferlab/sdk';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { expectInBallAndBox, misclassified, model, syntheticBatch, tenClassContext } from '../../test/contexts';
import { apgdCe } from '../apgd/apgd-ce';
import { autoattackFast, autoattackStandard } from './autoattack';

/** The context with inputGradient calls recorded: loss kind and number of examples. */
function recording(ctx: PluginContext): { ctx: PluginContext; calls: { loss: string; n: number }[] } {
  const calls: { loss: string; n: number }[] = [];
  const engine = Object.create(ctx.engine) as EngineApi;
  engine.inputGradient = (m, images, labels, options) => {
    calls.push({ loss: options.loss, n: labels.length });
    return ctx.engine.inputGradient(m, images, labels, options);
  };
  return { ctx: { ...ctx, engine }, calls };
}

describe('autoattack ensembles', () => {
  it.each([
    { attack: autoattackFast, extra: {} },
    { attack: autoattackStandard, extra: { queries: 10 } },
  ])('$attack.name passes the conformance kit (2 classes: APGD-T skipped) and on 10 classes', async ({ attack, extra }) => {
    const params = { eps: 0.1, steps: 3, targetClasses: 2, ...extra };
    await expect(assertConformance(attack, { params })).resolves.toBeDefined();
    await expect(assertConformance(attack, { params, ctx: tenClassContext() })).resolves.toBeDefined();
  });

  it('take norm, eps, seed and the optional budget overrides, and nothing else', () => {
    expect(Object.keys(autoattackStandard.params.shape).sort()).toEqual(['eps', 'norm', 'queries', 'seed', 'steps', 'targetClasses']);
    expect(Object.keys(autoattackFast.params.shape).sort()).toEqual(['eps', 'norm', 'seed', 'steps', 'targetClasses']);
    expect(autoattackFast.params.safeParse({ queries: 10 }).success).toBe(false);
  });

  it.each(['Linf', 'L2'] as const)('%s: attack only still-correct examples; fooled exactly where the returned image is misclassified', async (norm) => {
    const base = tenClassContext();
    const { ctx, calls } = recording(base);
    const batch = await syntheticBatch(ctx);
    // Two wrong labels: clean-misclassified examples, which no component may attack.
    const labels = batch.labels.map((y, i) => (i < 2 ? 5 : y));
    const eps = norm === 'Linf' ? 0.25 : 1;
    const res = await autoattackStandard.perturb({ model, batch: { ...batch, labels } }, autoattackStandard.params.parse({ norm, eps, steps: 8, targetClasses: 3, queries: 40 }), ctx);
    expectInBallAndBox(batch.images, res.images, norm, eps);
    const wrong = await misclassified(ctx, res.images, labels);
    res.fooledBy!.forEach((by, i) => {
      if (i < 2) {
        expect(by).toBeNull();
        expect(Array.from(res.images.data.subarray(i * 16, (i + 1) * 16))).toEqual(Array.from(batch.images.data.subarray(i * 16, (i + 1) * 16)));
      } else {
        expect(by !== null).toBe(wrong[i]);
      }
    });
    expect(calls.every((c) => c.n <= 6)).toBe(true);
    const afterCe = 6 - res.fooledBy!.filter((b) => b === 'apgd-ce').length;
    const firstTargeted = calls.find((c) => c.loss === 'targeted-dlr');
    if (afterCe > 0) expect(firstTargeted?.n).toBe(afterCe);
    else expect(firstTargeted).toBeUndefined();
  });

  it('the fast version is deterministic and fools at least what APGD-CE alone fools', async () => {
    const ctx = tenClassContext();
    const batch = await syntheticBatch(ctx);
    const p = autoattackFast.params.parse({ eps: 0.2, steps: 10, targetClasses: 4, seed: 3 });
    const a = await autoattackFast.perturb({ model, batch }, p, ctx);
    const b = await autoattackFast.perturb({ model, batch }, p, ctx);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
    const ce = await apgdCe.perturb({ model, batch }, apgdCe.params.parse({ eps: 0.2, steps: 10, seed: 3 }), ctx);
    const [fooledA, fooledCe] = [await misclassified(ctx, a.images, batch.labels), await misclassified(ctx, ce.images, batch.labels)];
    fooledCe.forEach((f, i) => f && expect(fooledA[i]).toBe(true));
    // APGD-CE ran first with the same seed: the examples it fooled are credited to it.
    fooledCe.forEach((f, i) => f && expect(a.fooledBy![i]).toBe('apgd-ce'));
  });

  it('skips APGD-T with a warning on a 2-class model, and stops when cancelled', async () => {
    const warnings: string[] = [];
    const base = createTestContext();
    const ctx = { ...base, log: { ...base.log, warn: (m: string) => void warnings.push(m) } };
    const batch = await syntheticBatch(ctx);
    await autoattackFast.perturb({ model, batch }, autoattackFast.params.parse({ eps: 0.05, steps: 3 }), ctx);
    expect(warnings).toEqual(['autoattack-fast: apgd-t skipped: the targeted DLR loss needs at least 4 classes; the model has 2']);
    const controller = new AbortController();
    controller.abort();
    await expect(autoattackStandard.perturb({ model, batch }, autoattackStandard.params.parse({}), { ...ctx, signal: controller.signal })).rejects.toThrow(/cancelled/);
  });
});
