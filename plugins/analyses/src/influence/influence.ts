import {
  datasetKey,
  defineAnalysis,
  type DatasetFacts,
  type DatasetSpec,
  type ParamsIssue,
  type TrialSpec,
} from '@transferlab/sdk';
import { viewDataset } from '../shared';
import { aggregateInfluence } from './aggregate';
import { influenceOutputs } from './outputs';
import { influenceParams, influenceTrial, type InfluenceParams, type InfluenceTrial } from './params';
import { runInfluence } from './run-influence';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The trust settings a trial carries: only those asked for (trials without them keep their keys). */
function trustFields(p: InfluenceParams): Partial<InfluenceTrial> {
  return {
    ...(p.ldsModels > 0 ? { ldsModels: p.ldsModels, ldsFraction: p.ldsFraction } : {}),
    ...(p.fidelity ? { fidelity: true as const, fidelityDamping: p.fidelityDamping } : {}),
    ...(p.sameSubset ? { sameSubset: true as const } : {}),
  };
}

const targetDataset = (p: InfluenceParams, target: string): DatasetSpec => viewDataset(p.views, target);

/** Trials in a fixed nesting order: source, target, n, depth, seed. Each declares its source and target. */
export function expandInfluence(p: InfluenceParams): TrialSpec[] {
  const shared = {
    lr: p.lr,
    epochs: p.epochs,
    batchSize: p.batchSize,
    momentum: p.momentum,
    weightDecay: p.weightDecay,
    schedule: p.schedule,
    testImages: p.testImages,
    trainTargets: p.trainTargets,
    topK: p.topK,
    galleryK: p.galleryK,
    solver: p.solver,
    exactMaxParams: p.exactMaxParams,
    rcond: p.rcond,
    damping: p.damping,
    lanczosSteps: p.lanczosSteps,
    ...trustFields(p),
  };
  const out: TrialSpec[] = [];
  for (const source of unique(p.sources))
    for (const target of unique(p.targets))
      for (const n of unique(p.n))
        for (const depth of unique(p.depths))
          for (const seed of unique(p.seeds)) {
            const dataset = targetDataset(p, target);
            out.push({
              config: { source, target, dataset, n, depth, seed, ...shared },
              uses: { models: [source], datasets: [dataset] },
            });
          }
  return out;
}

export function countInfluenceTrials(p: InfluenceParams): number {
  return (
    unique(p.sources).length *
    unique(p.targets).length *
    unique(p.n).length *
    unique(p.depths).length *
    unique(p.seeds).length
  );
}

/** Every n must fit each target's training split, and the test subset its test split. */
export function checkInfluenceParams(
  p: InfluenceParams,
  datasets: ReadonlyMap<string, DatasetFacts>,
): ParamsIssue[] {
  const issues: ParamsIssue[] = [];
  p.depths.forEach((depth, i) => {
    if (p.fidelity && depth !== 0)
      issues.push({
        path: ['fidelity'],
        message: `fidelity: the leave-one-out check is the convex depth-0 case; depths.${i} is ${depth} (use depths [0] or fidelity false)`,
      });
  });
  p.n.forEach((n, i) => {
    const kept = Math.round(p.ldsFraction * n);
    if (p.ldsModels > 0 && (kept < 1 || kept >= n))
      issues.push({
        path: ['ldsFraction'],
        message: `ldsFraction: ${p.ldsFraction} of n = ${n} (n.${i}) keeps ${kept} of ${n} training images; each LDS model must leave some out and keep some`,
      });
  });
  p.targets.forEach((target, t) => {
    const facts = datasets.get(datasetKey(targetDataset(p, target)));
    if (!facts) return;
    p.n.forEach((n, i) => {
      if (n > facts.sizes.train)
        issues.push({
          path: ['n', i],
          message: `n = ${n} exceeds the ${facts.sizes.train} training images of target '${target}' (targets.${t})`,
        });
    });
    if (facts.sizes.test === 0)
      issues.push({ path: ['targets', t], message: `target '${target}' has no test images` });
  });
  return issues;
}

export const influence = defineAnalysis({
  name: 'influence',
  version: '1.0.0',
  description:
    "Last-layer influence after fine-tuning (the reference study's explanation): g_test . H+ . g_train for every training image and each image of a stratified test subset, exact (float64 eigendecomposition, rcond 0.05) or scalable (Lanczos); helpful/harmful galleries and class-match curves.",
  params: influenceParams,
  expand: expandInfluence,
  countTrials: countInfluenceTrials,
  checkParams: checkInfluenceParams,
  run: (trial, ctx) => runInfluence(influenceTrial.parse(trial.config), ctx),
  resultFields: {
    metrics: {
      top1Match: "test targets: share whose most helpful training image has the test image's class",
      top5AtLeast3: 'test targets: share with at least 3 of the top 5 helpful training images of their class',
      trainTop1Match: 'training targets (themselves excluded): top-1 match share',
      trainTop5AtLeast3: 'training targets (themselves excluded): at least 3 of the top 5',
      trainTop1MatchWithSelf:
        "training targets, each in its own list (the reference study's variant): top-1 match share",
      trainTop5AtLeast3WithSelf:
        "training targets, each in its own list (the reference study's variant): at least 3 of the top 5",
      testAccuracy: 'accuracy of the fine-tuned model on the test subset',
      params: 'parameters of the head (weights + biases)',
      rank: 'eigenpairs kept (pseudo-inverse) or used (damping)',
      largestEigenvalue: "the Hessian's largest eigenvalue",
      testImages: 'test images scored',
      trainTargets: 'training images used as targets',
      solveSeconds: 'wall time of the solver',
      lds: 'trust (ldsModels > 0): linear datamodeling score, mean over test images of Spearman rho between predicted (sum of the removed images\' scores) and actual test-loss change over the retrained models; near 1: the scores predict retraining, near 0: they do not',
      ldsLow: 'lower bound of its 95% Student-t interval over test images',
      ldsHigh: 'upper bound',
      ldsTestImages: 'test images with a rho (a constant side gives none)',
      ldsModels: 'models retrained on random subsets',
      ldsSeconds: 'wall time of the retraining and scoring',
      fidelityPearson: 'trust (fidelity): Pearson r of predicted vs actual leave-one-out test-loss changes over every (test image, training image) pair, convex depth-0 refits',
      fidelityPearsonMean: 'the same per test image, averaged',
      fidelityTopBeatsRandom: "share of test images whose loss rises more without their 10 most helpful images than without 10 random ones",
      fidelityRefits: 'exact refits made',
      fidelitySeconds: 'wall time of the fidelity check',
      seconds: 'wall time of the trial',
    },
    series: {
      rank: 'rank k (1 = most helpful)',
      testMatch: 'share of test targets whose k-th most helpful training image has their class',
      trainMatch: 'the same for training targets',
    },
    details: {
      solver: "'exact' or 'scalable'",
      method: "'pinv' or 'damping'",
      cutoff: 'relative cutoff of the pseudo-inverse (null with damping)',
      rank: 'eigenpairs kept',
      testIndices: 'test-split indices of the test subset',
      testLabels: 'their labels',
      predicted: "the fine-tuned model's predictions",
      trainIndices: 'train-split indices of the training subset',
      trainLabels: 'their labels',
      helpful: 'per test image: positions in trainIndices of the most helpful training images (galleryK)',
      helpfulScores: 'their scores',
      harmful: 'per test image: the most harmful (galleryK)',
      harmfulScores: 'their scores',
      selfInfluence: 'g . H+ . g of each training image',
      lds: 'trust (ldsModels > 0): { perTest: Spearman rho per test image (null: constant), models, fraction }',
    },
  },
  outputs: influenceOutputs,
  aggregate: (rows, options) => aggregateInfluence(rows, options),
});
