import { computeTable, type ResultRow } from '@transferlab/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { influenceDetails } from '../src/influence/details';
import { influence } from '../src/influence/influence';
import { influenceParams } from '../src/influence/params';
import { mnistZooContext, type MnistZoo } from './mnist-zoo-context';

const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const TEST_IMAGES = 8;
const LDS_MODELS = 4;

/** Trust figures through the real engine: one zoo source, depth 0, 40 MNIST images, 2 seeds on the same subset. */
describe('influence trust figures on the zoo (real engine)', () => {
  let zoo: MnistZoo;
  const rows: ResultRow[] = [];

  beforeAll(async () => {
    zoo = await mnistZooContext();
    const params = influenceParams.parse({
      sources: [NATURAL],
      targets: ['mnist'],
      n: [40],
      depths: [0],
      seeds: [0, 1],
      epochs: 3,
      batchSize: 16,
      testImages: TEST_IMAGES,
      trainTargets: 0,
      topK: 5,
      galleryK: 5,
      ldsModels: LDS_MODELS,
      fidelity: true,
      sameSubset: true,
    });
    for (const trial of influence.expand(params)) {
      const r = await influence.run(trial, zoo.ctx);
      rows.push({
        config: trial.config,
        metrics: r.metrics,
        series: r.series ?? null,
        details: r.details ?? null,
        provider: 'cpu',
      });
    }
  }, 300_000);

  afterAll(async () => {
    await zoo?.engine.close();
  });

  it('stores an LDS per test image from the retrained models, and the fidelity check', () => {
    for (const r of rows) {
      expect(r.metrics.ldsModels).toBe(LDS_MODELS);
      const lds = (r.details as { lds: { perTest: (number | null)[]; models: number; fraction: number } })
        .lds;
      expect(lds.perTest).toHaveLength(TEST_IMAGES);
      expect([lds.models, lds.fraction]).toEqual([LDS_MODELS, 0.5]);
      const rhos = lds.perTest.filter((v): v is number => v !== null);
      expect(rhos.length).toBe(r.metrics.ldsTestImages);
      for (const v of rhos) expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
      expect(r.metrics.lds).toBeCloseTo(rhos.reduce((a, b) => a + b, 0) / rhos.length, 12);
      // Exact damped refits on the source's own features: leave-one-out changes follow the scores.
      expect(r.metrics.fidelityPearson).toBeGreaterThan(0.5);
      expect(r.metrics.fidelityRefits).toBe(40 + 2 * TEST_IMAGES);
    }
    // sameSubset: both seeds trained on the same images.
    expect(influenceDetails(rows[0]!.details)!.trainIndices).toEqual(
      influenceDetails(rows[1]!.details)!.trainIndices,
    );
  });

  it('the trust table reads them, with the stability of the two seeds over every shared image', () => {
    const outputs = influence.outputs!;
    const [row] = computeTable('trust', outputs.tables.trust!, { rows, options: {}, models: new Map() });
    expect(row).toMatchObject({ source: NATURAL, seeds: 2, stabilityK: 5, sharedImages: 1 });
    expect((row!.lds as { n: number }).n).toBe(2);
    expect((row!.stability as { n: number }).n).toBe(TEST_IMAGES);
    expect(row!.stabilityChance).toBeCloseTo(5 / 40, 12);
  });

  it('at depth 1 the LDS retrains through the engine at that depth, with no fidelity check', async () => {
    const params = influenceParams.parse({
      sources: [NATURAL],
      targets: ['mnist'],
      n: [30],
      depths: [1],
      seeds: [0],
      epochs: 2,
      batchSize: 16,
      testImages: 4,
      trainTargets: 0,
      topK: 5,
      galleryK: 5,
      ldsModels: 2,
    });
    const [trial] = influence.expand(params);
    const r = await influence.run(trial!, zoo.ctx);
    const lds = (r.details as { lds: { perTest: (number | null)[] } }).lds;
    expect(lds.perTest).toHaveLength(4);
    // Two models: each rho is +1 or -1 (or none when a side is constant).
    for (const v of lds.perTest) if (v !== null) expect(Math.abs(v)).toBeCloseTo(1, 12);
    expect(r.metrics.ldsModels).toBe(2);
    expect(r.metrics.fidelityPearson).toBeUndefined();
  }, 120_000);
});
