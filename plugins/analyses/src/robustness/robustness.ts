import { datasetKey, defineAnalysis, type DatasetFacts, type ParamsIssue, type TrialSpec } from '@transferlab/sdk';
import { aggregateRobustness } from './aggregate';
import { robustnessOutputs } from './outputs';
import { robustnessParams, robustnessTrial, type RobustnessParams } from './params';
import { runRobustness } from './run-robustness';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Attacks that need at least 4 classes (targeted DLR uses the 4th largest logit). */
const NEEDS_FOUR_CLASSES = new Set(['apgd-t', 'fab-t', 'autoattack-standard', 'autoattack-fast']);

/** Trials in a fixed nesting order: source, norm, attack, seed; each trial covers its norm's eps grid. */
export function expandRobustness(p: RobustnessParams): TrialSpec[] {
  const shared = { datasetName: datasetKey(p.dataset), dataset: p.dataset, testLimit: p.testLimit, steps: p.steps, queries: p.queries, targetClasses: p.targetClasses, batchSize: p.batchSize, zeroGradientShare: p.zeroGradientShare, blackBoxMargin: p.blackBoxMargin };
  const out: TrialSpec[] = [];
  for (const source of unique(p.sources))
    for (const norm of unique(p.norms))
      for (const attack of unique(p.attacks))
        for (const seed of unique(p.seeds)) {
          const eps = unique(norm === 'Linf' ? p.epsLinf : p.epsL2).sort((a, b) => a - b);
          out.push({ config: { source, norm, eps, attack, seed, ...shared }, uses: { models: [source], datasets: [p.dataset], attacks: [attack] } });
        }
  return out;
}

export function countRobustnessTrials(p: RobustnessParams): number {
  return unique(p.sources).length * unique(p.norms).length * unique(p.attacks).length * unique(p.seeds).length;
}

/** Targeted attacks need 4 classes; the subset cannot exceed the test split (it is capped, and said so). */
export function checkRobustnessParams(p: RobustnessParams, datasets: ReadonlyMap<string, DatasetFacts>): ParamsIssue[] {
  const facts = datasets.get(datasetKey(p.dataset));
  if (!facts) return [];
  const issues: ParamsIssue[] = [];
  p.attacks.forEach((a, i) => {
    if (NEEDS_FOUR_CLASSES.has(a) && facts.classes < 4) issues.push({ path: ['attacks', i], message: `${a} uses the targeted DLR loss, which needs at least 4 classes; dataset '${datasetKey(p.dataset)}' has ${facts.classes}` });
  });
  if (facts.sizes.test === 0) issues.push({ path: ['dataset'], message: `dataset '${datasetKey(p.dataset)}' has no test images` });
  return issues;
}

export const robustness = defineAnalysis({
  name: 'robustness',
  version: '1.0.0',
  description: 'Attack sources on a stratified test subset over an eps grid per norm (AutoAttack ensembles or single attacks), with reliability checks; per-example outcomes, robust accuracy curves, a leaderboard.',
  params: robustnessParams,
  expand: expandRobustness,
  countTrials: countRobustnessTrials,
  checkParams: checkRobustnessParams,
  needsInputGradients: true,
  run: (trial, ctx) => runRobustness(robustnessTrial.parse(trial.config), ctx),
  resultFields: {
    metrics: {
      cleanAccuracy: 'accuracy on the unattacked subset',
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
    details: { indices: 'test indices of the subset', labels: 'their labels', outcomes: 'per eps, per example: the attack that fooled it, clean, or null (robust)', minEps: 'smallest eps that fools each example (0: misclassified clean)', minEpsAttack: 'the attack that fooled it there', flags: 'failed reliability checks, named' },
  },
  aggregate: (rows) => aggregateRobustness(rows),
  outputs: robustnessOutputs,
});
