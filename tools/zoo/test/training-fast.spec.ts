import { beforeAll, describe, expect, it } from 'vitest';
import { robustKey } from '../src/training/evaluate';
import { findRecipe } from '../src/training/recipes';
import { trainRecipe, type TrainResult } from '../src/training/train-model';
import { CHANCE, TEST_SIZE } from './test-size';

// Fast adversarial training (FGSM with random start, Linf 8/255) against natural training, at test size.
describe('fast adversarial training at test size', () => {
  const grid = { L2: [], Linf: [8 / 255] };
  let natural: TrainResult;
  let fast: TrainResult;
  beforeAll(async () => {
    natural = await trainRecipe(findRecipe('natural'), { ...TEST_SIZE, grid });
    fast = await trainRecipe(findRecipe('fast-linf-8'), { ...TEST_SIZE, grid });
  }, 240_000);

  it('learns: clean accuracy at least 30 points above chance (20%)', () => {
    expect(fast.evaluation.cleanAccuracy).toBeGreaterThan(CHANCE + 0.3);
    expect(fast.training).toMatchObject({ kind: 'adversarial', norm: 'Linf', eps: 8 / 255, recipe: 'fast-linf-8' });
  });

  it('gives higher PGD-20 accuracy at Linf 8/255 than natural training, by 15 points or more', () => {
    const key = robustKey('Linf', 8 / 255);
    expect(fast.evaluation.robust[key]!).toBeGreaterThan(natural.evaluation.robust[key]! + 0.15);
  });
});
