import { beforeAll, describe, expect, it } from 'vitest';
import { robustKey } from '../src/training/evaluate';
import { findRecipe } from '../src/training/recipes';
import { trainRecipe, type TrainResult } from '../src/training/train-model';
import { CHANCE, fewerSteps, TEST_SIZE } from './test-size';

// One natural and one PGD (L2, eps 1.0) run at test size, compared at the same eps.
describe('natural and PGD adversarial training at test size', () => {
  const grid = { L2: [1], Linf: [] };
  let natural: TrainResult;
  let robust: TrainResult;
  beforeAll(async () => {
    natural = await trainRecipe(findRecipe('natural'), { ...TEST_SIZE, grid });
    robust = await trainRecipe(fewerSteps('l2-1', 3), { ...TEST_SIZE, grid });
  }, 240_000);

  it('natural training learns: clean accuracy at least 40 points above chance (20%)', () => {
    expect(natural.epochs).toHaveLength(3);
    expect(natural.epochs[2]!.loss).toBeLessThan(natural.epochs[0]!.loss);
    expect(natural.evaluation.cleanAccuracy).toBeGreaterThan(CHANCE + 0.4);
    expect(natural.training).toEqual({ kind: 'natural', recipe: 'natural', seed: 0 });
  });

  it('PGD training learns: clean accuracy at least 25 points above chance', () => {
    expect(robust.evaluation.cleanAccuracy).toBeGreaterThan(CHANCE + 0.25);
    expect(robust.training).toMatchObject({ kind: 'adversarial', norm: 'L2', eps: 1 });
  });

  it('PGD training gives higher PGD-20 accuracy at L2 eps 1.0 than natural training, by 20 points or more', () => {
    const key = robustKey('L2', 1);
    const [nat, rob] = [natural.evaluation.robust[key]!, robust.evaluation.robust[key]!];
    expect(rob).toBeGreaterThan(nat + 0.2);
    // Robust accuracy is measured on correctly classified points only, so it never exceeds clean accuracy on the sample.
    expect(nat).toBeLessThanOrEqual(natural.evaluation.cleanOnRobustSample);
    expect(rob).toBeLessThanOrEqual(robust.evaluation.cleanOnRobustSample);
  });

  it('passes the AutoAttack-style checks and is reproducible from its seed', async () => {
    expect(natural.evaluation.checks.deterministic).toBe(true);
    expect(robust.evaluation.checks.zeroGradientFraction).toBeLessThan(0.05);
    const again = await trainRecipe(findRecipe('natural'), { ...TEST_SIZE, trainSize: 256, epochs: 1, evalSize: 20, grid });
    const twice = await trainRecipe(findRecipe('natural'), { ...TEST_SIZE, trainSize: 256, epochs: 1, evalSize: 20, grid });
    expect(twice.sha256).toBe(again.sha256);
  }, 60_000);
});
