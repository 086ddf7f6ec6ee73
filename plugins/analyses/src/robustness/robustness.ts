import { datasetKey, defineAnalysis, type DatasetFacts, type ParamsIssue, type TrialSpec } from '@transferlab/sdk';
import { aggregateRobustness } from './aggregate';
import { robustnessOutputs } from './outputs';
import { robustnessParams, robustnessTrial, type NormName, type RobustnessParams } from './params';
import { robustnessGroupKey, runRobustnessGroup } from './run-group';
import { runRobustness } from './run-robustness';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Attacks that need at least 4 classes (targeted DLR uses the 4th largest logit). */
const NEEDS_FOUR_CLASSES = new Set(['apgd-t', 'fab-t', 'autoattack-standard', 'autoattack-fast']);

/**
 * Trials in a fixed nesting order: source, norm, attack, seed; each trial covers its norm's eps
 * grid. With `transfer`, then the transferred trials: source, target, n, depth, seed, norm, attack
 * (the seed seeds both the fine-tuning and the attack). The sources' own trials carry no
 * `transfer` key, so their trial keys are those of a run without it.
 */
export function expandRobustness(p: RobustnessParams): TrialSpec[] {
  const budget = { testLimit: p.testLimit, steps: p.steps, queries: p.queries, targetClasses: p.targetClasses, batchSize: p.batchSize, zeroGradientShare: p.zeroGradientShare, blackBoxMargin: p.blackBoxMargin };
  const grid = (norm: NormName) => unique(norm === 'Linf' ? p.epsLinf : p.epsL2).sort((a, b) => a - b);
  const out: TrialSpec[] = [];
  for (const source of unique(p.sources))
    for (const norm of unique(p.norms))
      for (const attack of unique(p.attacks))
        for (const seed of unique(p.seeds))
          out.push({ config: { source, norm, eps: grid(norm), attack, seed, datasetName: datasetKey(p.dataset), dataset: p.dataset, ...budget }, uses: { models: [source], datasets: [p.dataset], attacks: [attack] } });
  const x = p.transfer;
  if (!x || x.targets.length === 0) return out;
  const hyper = { epochs: x.epochs, lr: x.lr, batchSize: x.batchSize, momentum: x.momentum, weightDecay: x.weightDecay, schedule: x.schedule };
  for (const source of unique(p.sources))
    for (const target of unique(x.targets))
      for (const n of unique(x.n))
        for (const depth of unique(x.depths))
          for (const seed of unique(x.seeds))
            for (const norm of unique(p.norms))
              for (const attack of unique(p.attacks))
                out.push({
                  config: { source, norm, eps: grid(norm), attack, seed, datasetName: target, dataset: target, ...budget, transfer: { n, depth, seed, ...hyper } },
                  uses: { models: [source], datasets: [target], attacks: [attack] },
                });
  return out;
}

export function countRobustnessTrials(p: RobustnessParams): number {
  const perSource = unique(p.norms).length * unique(p.attacks).length;
  const own = unique(p.sources).length * perSource * unique(p.seeds).length;
  const x = p.transfer;
  if (!x || x.targets.length === 0) return own;
  return own + unique(p.sources).length * perSource * unique(x.targets).length * unique(x.n).length * unique(x.depths).length * unique(x.seeds).length;
}

/** Targeted attacks need 4 classes; the subset cannot exceed the test split (it is capped, and said so). */
export function checkRobustnessParams(p: RobustnessParams, datasets: ReadonlyMap<string, DatasetFacts>): ParamsIssue[] {
  const facts = datasets.get(datasetKey(p.dataset));
  if (!facts) return checkTransferTargets(p, datasets);
  const issues: ParamsIssue[] = [];
  p.attacks.forEach((a, i) => {
    if (NEEDS_FOUR_CLASSES.has(a) && facts.classes < 4) issues.push({ path: ['attacks', i], message: `${a} uses the targeted DLR loss, which needs at least 4 classes; dataset '${datasetKey(p.dataset)}' has ${facts.classes}` });
  });
  if (facts.sizes.test === 0) issues.push({ path: ['dataset'], message: `dataset '${datasetKey(p.dataset)}' has no test images` });
  return [...issues, ...checkTransferTargets(p, datasets)];
}

/** Each transfer target needs test images, training images enough for every n, and 4 classes for targeted attacks. */
function checkTransferTargets(p: RobustnessParams, datasets: ReadonlyMap<string, DatasetFacts>): ParamsIssue[] {
  const issues: ParamsIssue[] = [];
  p.transfer?.targets.forEach((target, t) => {
    const facts = datasets.get(target);
    if (!facts) return;
    if (facts.sizes.test === 0) issues.push({ path: ['transfer', 'targets', t], message: `target '${target}' has no test images` });
    p.transfer?.n.forEach((n, i) => {
      if (n > facts.sizes.train) issues.push({ path: ['transfer', 'n', i], message: `transfer.n = ${n} exceeds the ${facts.sizes.train} training images of target '${target}' (transfer.targets.${t})` });
    });
    p.attacks.forEach((a, i) => {
      if (NEEDS_FOUR_CLASSES.has(a) && facts.classes < 4) issues.push({ path: ['attacks', i], message: `${a} uses the targeted DLR loss, which needs at least 4 classes; target '${target}' has ${facts.classes}` });
    });
  });
  return issues;
}

export const robustness = defineAnalysis({
  name: 'robustness',
  version: '1.0.0',
  description: 'Attack sources on a stratified test subset over an eps grid per norm (AutoAttack ensembles or single attacks), with reliability checks; per-example outcomes, robust accuracy curves, a leaderboard. With transfer, also the sources fine-tuned to target datasets, attacked on the targets.',
  params: robustnessParams,
  expand: expandRobustness,
  countTrials: countRobustnessTrials,
  checkParams: checkRobustnessParams,
  needsInputGradients: true,
  run: (trial, ctx) => runRobustness(robustnessTrial.parse(trial.config), ctx),
  groupKey: (trial) => robustnessGroupKey(robustnessTrial.parse(trial.config)),
  runGroup: (trials, ctx) => runRobustnessGroup(trials.map((t) => robustnessTrial.parse(t.config)), ctx),
  resultFields: {
    metrics: {
      cleanAccuracy: 'accuracy on the unattacked subset',
      transferAccuracy: 'test accuracy of the fine-tuned model after its last epoch (transferred trials)',
      auc: 'area under robust accuracy vs eps from 0 (clean) to the largest eps, divided by it',
      images: 'test images in the subset',
      forwardPasses: 'image forward passes the attack used',
      backwardPasses: 'image backward passes the attack used',
      passesPerImage: '(forward + backward) passes per image of the subset',
      flags: 'failed reliability checks',
      seconds: 'wall time of the trial',
      'robust@<eps>': 'robust accuracy at that eps',
    },
    series: { eps: 'budget', robustAccuracy: 'share of the subset classified correctly under attack', forward: 'forward passes at this eps', backward: 'backward passes at this eps', seconds: 'wall time at this eps', 'fooled:<attack>': 'share first fooled by that attack (ensemble component)' },
    details: { indices: 'test indices of the subset', labels: 'their labels', outcomes: 'per eps, per example: the attack that fooled it, clean, or null (robust)', minEps: 'smallest eps that fools each example (0: misclassified clean)', minEpsAttack: 'the attack that fooled it there', flags: 'failed reliability checks, named', transfer: 'the fine-tuning of the attacked model: n, depth, seed, test accuracy (absent: the source itself)' },
  },
  aggregate: (rows) => aggregateRobustness(rows),
  outputs: robustnessOutputs,
});
