import { defineAttack, z, type AnalysisPlugin, type PluginContext } from '@transferlab/sdk';
import { createTestContext, syntheticDataset } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { influence } from '../influence';
import { robustness } from '../robustness';
import { saliency } from '../saliency';
import { testSubset } from './subsets';

/** An attack that leaves the images as they are: this test is about which images, not how they fare. */
const still = defineAttack({
  name: 'still',
  version: '1.0.0',
  description: 'test: no perturbation',
  params: z
    .object({
      norm: z.enum(['Linf', 'L2']).default('Linf'),
      eps: z.number().default(0),
      seed: z.number().default(0),
    })
    .strict(),
  async perturb({ model, batch }, _p, ctx) {
    const { loss } = await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss: 'cw-margin' });
    return { images: batch.images, loss };
  },
});

/** The details of the single trial `params` expand to, run as the worker runs it. */
async function runOne(plugin: AnalysisPlugin, params: Record<string, unknown>, ctx: PluginContext) {
  const trials = plugin.expand(plugin.params.parse(params));
  expect(trials).toHaveLength(1);
  const r = await plugin.run(trials[0]!, ctx);
  return r.details ?? {};
}

const numbers = (v: unknown): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];

// The per-example view joins analyses on (dataset, split, index): that holds only if every analysis
// that picks test images takes the first k of the same seeded order.
describe('test subsets across analyses', () => {
  it("a 200-image robustness run's images and a 50-image influence run's are inside a 500-image saliency run's", async () => {
    const wide = syntheticDataset({ train: 64, test: 1000 });
    const ctx = createTestContext({ datasets: { wide }, attacks: { still } });
    const sal = await runOne(
      saliency,
      { sources: ['linear'], datasets: ['wide'], images: 500, maps: 0, methods: ['gradient'] },
      ctx,
    );
    const rob = await runOne(
      robustness,
      {
        sources: ['linear'],
        dataset: 'wide',
        norms: ['Linf'],
        epsLinf: [0.1],
        attacks: ['still'],
        seeds: [0],
        testLimit: 200,
      },
      ctx,
    );
    const inf = await runOne(
      influence,
      {
        sources: ['linear'],
        targets: ['wide'],
        n: [16],
        seeds: [0],
        epochs: 1,
        batchSize: 8,
        testImages: 50,
        trainTargets: 0,
        topK: 5,
        galleryK: 3,
      },
      ctx,
    );
    const salIdx = numbers(sal.indices);
    const robIdx = numbers(rob.indices);
    const infIdx = numbers(inf.testIndices);
    expect([salIdx.length, robIdx.length, infIdx.length]).toEqual([500, 200, 50]);
    // Each is the shared subset of its size, so the smaller ones nest in the larger.
    const labels = await wide.labels('test');
    expect(salIdx).toEqual(testSubset(labels, 500));
    expect(robIdx).toEqual(testSubset(labels, 200));
    expect(infIdx).toEqual(testSubset(labels, 50));
    const inSal = new Set(salIdx);
    expect(robIdx.filter((i) => !inSal.has(i))).toEqual([]);
    expect(infIdx.filter((i) => !new Set(robIdx).has(i))).toEqual([]);
  });
});
