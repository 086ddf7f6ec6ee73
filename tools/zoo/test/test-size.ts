import { findRecipe, type Recipe } from '../src/training/recipes';
import type { TrainOptions } from '../src/training/train-model';

/**
 * Test-size runs: the full recipes' code path on 2,000 stratified training images, 3 epochs
 * of an 8-wide ResNet-8, robust accuracy on 200 stratified test images.
 */
export const TEST_SIZE: TrainOptions = {
  trainSize: 2000,
  testSize: 500,
  evalSize: 200,
  epochs: 3,
  batchSize: 64,
  lr: 0.05,
  architecture: { width: 8, blocks: [1, 1, 1] },
  threads: 1,
};

/** A recipe as-is except for fewer PGD steps (3, step 2.5 eps / 3) to fit a unit test. */
export function fewerSteps(name: string, steps: number): Recipe {
  const r = findRecipe(name);
  if (!r.adversarial) throw new Error(`${name} is not adversarial`);
  return { ...r, adversarial: { ...r.adversarial, steps, stepSize: (2.5 * r.adversarial.eps) / steps } };
}

/** Chance level for the 5 classes of fashion-mnist-a. */
export const CHANCE = 0.2;
