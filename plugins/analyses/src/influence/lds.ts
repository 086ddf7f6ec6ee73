import { stratifiedSample } from '@transferlab/sdk';
import { meanInterval } from '../stats';
import { spearman } from './rank-correlation';

/**
 * The linear datamodeling score (Park et al. 2023, TRAK, section 2.2): retrain on random subsets
 * S_1..S_M of the training images and ask, per test image, whether the influence scores rank the
 * subsets as retraining does. Removing training image j changes the test loss by about its score
 * (g_test . H+ . g_j, positive = helpful: removing it raises the loss), so a subset's predicted
 * loss change is the sum of the scores of the images it leaves out; the actual change is the
 * retrained model's loss on the test image minus the full model's. LDS(test) = Spearman's rho of
 * the two over the M subsets; a trial reports the mean over its test images.
 */
export interface LdsInput {
  /** Labels of the trial's training subset, in its order (subsets are stratified by them). */
  readonly trainLabels: Int32Array;
  /** Test images scored. */
  readonly tests: number;
  /** Scores of every training image (positions in the subset) for test image t. */
  readonly scores: (t: number) => Float64Array;
  /** Per test image: the loss of the model the scores are of. */
  readonly baseLosses: ArrayLike<number>;
  /** Retrain on the kept positions (ascending) and return every test image's loss. */
  readonly retrain: (kept: readonly number[], model: number) => Promise<ArrayLike<number>>;
  readonly models: number;
  readonly fraction: number;
  readonly seed: number;
  /** Called after each retrain. */
  readonly onModel?: (done: number, of: number) => void;
}

export interface LdsReport {
  /** Per test image: Spearman's rho of predicted and actual loss changes; null when either is constant. */
  readonly perTest: readonly (number | null)[];
  /** Mean over the test images with a rho, with its 95% Student-t interval (null bounds under 2). */
  readonly mean: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Test images with a rho. */
  readonly n: number;
  /** Per model: the positions it kept. */
  readonly kept: readonly (readonly number[])[];
}

/** The stratified subset seed of LDS model m of a trial seed (distinct for m < 1000). */
const subsetSeed = (seed: number, model: number): number => (seed * 1000 + model + 1) % 2 ** 31;

/** Training images each LDS model keeps: round(fraction x n), refused when that keeps none or all. */
export function ldsKept(n: number, fraction: number): number {
  const kept = Math.round(fraction * n);
  if (kept < 1 || kept >= n)
    throw new RangeError(
      `ldsFraction: ${fraction} of ${n} training images keeps ${kept}; an LDS model must keep some and leave some out`,
    );
  return kept;
}

/** The kept positions of LDS model m: a stratified sample of round(fraction x n) of the training subset. */
export function ldsSubset(trainLabels: Int32Array, fraction: number, seed: number, model: number): number[] {
  return Array.from(
    stratifiedSample(trainLabels, ldsKept(trainLabels.length, fraction), subsetSeed(seed, model)),
  );
}

/** Per test image Spearman's rho of predicted[t] and actual[t] (each over the models); null for a constant side. */
export function ldsPerTest(
  predicted: readonly ArrayLike<number>[],
  actual: readonly ArrayLike<number>[],
): (number | null)[] {
  return predicted.map((p, t) => {
    const rho = spearman(p, actual[t]!);
    return Number.isFinite(rho) ? rho : null;
  });
}

/** An interval bound of a mean of correlations, clipped to [-1, 1] (the mean cannot be outside). */
export const clipRho = (x: number | null): number | null =>
  x === null ? null : Math.min(1, Math.max(-1, x));

/** Mean of the per-test scores with a rho, with its 95% Student-t interval clipped to [-1, 1]. */
export function ldsSummary(
  perTest: readonly (number | null)[],
): Pick<LdsReport, 'mean' | 'low' | 'high' | 'n'> {
  const v = perTest.filter((x): x is number => x !== null);
  if (v.length === 0) return { mean: null, low: null, high: null, n: 0 };
  const m = meanInterval(v);
  return { mean: m.mean, low: clipRho(m.low), high: clipRho(m.high), n: m.n };
}

export async function linearDatamodelingScore(input: LdsInput): Promise<LdsReport> {
  const { trainLabels, tests, models, fraction, seed } = input;
  const n = trainLabels.length;
  const kept = Array.from({ length: models }, (_, m) => ldsSubset(trainLabels, fraction, seed, m));
  const removed = kept.map((k) => {
    const keep = new Set(k);
    return Array.from({ length: n }, (_, j) => j).filter((j) => !keep.has(j));
  });
  const predicted = Array.from({ length: tests }, () => new Float64Array(models));
  for (let t = 0; t < tests; t++) {
    const s = input.scores(t);
    removed.forEach((r, m) => {
      let sum = 0;
      for (const j of r) sum += s[j]!;
      predicted[t]![m] = sum;
    });
  }
  const actual = Array.from({ length: tests }, () => new Float64Array(models));
  for (let m = 0; m < models; m++) {
    const losses = await input.retrain(kept[m]!, m);
    for (let t = 0; t < tests; t++) actual[t]![m] = losses[t]! - input.baseLosses[t]!;
    input.onModel?.(m + 1, models);
  }
  const perTest = ldsPerTest(predicted, actual);
  return { perTest, ...ldsSummary(perTest), kept };
}
