import {
  datasetKey,
  defineAnalysis,
  type DatasetFacts,
  type DatasetSpec,
  type ParamsIssue,
  type TrialSpec,
} from '@transferlab/sdk';
import { viewDataset } from '../shared';
import { aggregateSaliency } from './aggregate';
import { saliencyOutputs } from './outputs';
import { saliencyParams, saliencyTrial, type SaliencyParams } from './params';
import { runSaliency } from './run-saliency';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** A dataset name's dataset: its view (a plugin with params) when one is defined, else the plugin of that name. */
const datasetOf = (p: SaliencyParams, name: string): DatasetSpec => viewDataset(p.views, name);

/**
 * Integrated gradients' budget, tolerance and baseline, in the trial config only when the run maps
 * that method (a run without it keeps the trial keys it had), with a baseline's own setting only
 * for that baseline.
 */
function igConfig(p: SaliencyParams): Record<string, unknown> {
  if (!p.methods.includes('integrated-gradients')) return {};
  return {
    igMaxSteps: Math.max(p.igSteps, p.igMaxSteps),
    igTolerance: p.igTolerance,
    igBaseline: p.igBaseline,
    ...(p.igBaseline === 'blur' ? { igBlurSigma: p.igBlurSigma } : {}),
    ...(p.igBaseline === 'expected' ? { igSamples: p.igSamples } : {}),
  };
}

/**
 * The randomisation test and the deletion curve, in the trial config only when on (a run with
 * both off keeps the trial keys it had); the test maps at most the subset.
 */
function checksConfig(p: SaliencyParams, images: number): Record<string, unknown> {
  const sanityImages = Math.min(p.sanityImages, images);
  return {
    ...(sanityImages > 0 ? { sanityImages, sanitySeed: p.sanitySeed } : {}),
    ...(p.deletionSteps > 0 ? { deletionSteps: p.deletionSteps } : {}),
  };
}

/** Trials in a fixed nesting order: source, dataset; each maps the dataset's subset with every method. */
export function expandSaliency(p: SaliencyParams): TrialSpec[] {
  // Explicit indices replace the subset; left out, the config is what it was before they existed.
  const indices = p.indices && p.indices.length > 0 ? unique(p.indices) : undefined;
  const images = indices?.length ?? p.images;
  const shared = {
    methods: unique(p.methods),
    images,
    maps: Math.min(p.maps, images),
    ...(indices ? { indices } : {}),
    smoothNoise: p.smoothNoise,
    smoothSamples: p.smoothSamples,
    igSteps: p.igSteps,
    igSpacing: p.igSpacing,
    ...igConfig(p),
    ...checksConfig(p, images),
    threshold: p.threshold,
    transfer: p.transfer?.n !== undefined ? { ...p.transfer, n: p.transfer.n } : null,
  };
  const out: TrialSpec[] = [];
  for (const source of unique(p.sources))
    for (const datasetName of unique(p.datasets)) {
      const dataset = datasetOf(p, datasetName);
      out.push({
        config: { source, datasetName, dataset, ...shared },
        uses: { models: [source], datasets: [dataset] },
      });
    }
  return out;
}

export function countSaliencyTrials(p: SaliencyParams): number {
  return unique(p.sources).length * unique(p.datasets).length;
}

/** Each dataset needs test images, and training images enough for transfer.n. */
export function checkSaliencyParams(
  p: SaliencyParams,
  datasets: ReadonlyMap<string, DatasetFacts>,
): ParamsIssue[] {
  const issues: ParamsIssue[] = [];
  const ig = p.methods.includes('integrated-gradients');
  if (ig && p.igMaxSteps < p.igSteps)
    issues.push({
      path: ['igMaxSteps'],
      message: `igMaxSteps = ${p.igMaxSteps} is under igSteps = ${p.igSteps}: the budget must hold the starting intervals`,
    });
  p.datasets.forEach((d, i) => {
    const facts = datasets.get(datasetKey(datasetOf(p, d)));
    if (!facts) return;
    if (ig && (p.igBaseline === 'mean' || p.igBaseline === 'expected') && facts.sizes.train === 0)
      issues.push({
        path: ['igBaseline'],
        message: `igBaseline '${p.igBaseline}' draws on training images, and '${d}' (datasets.${i}) has none`,
      });
    if (facts.sizes.test === 0)
      issues.push({ path: ['datasets', i], message: `dataset '${d}' has no test images` });
    p.indices?.forEach((index, k) => {
      if (index >= facts.sizes.test)
        issues.push({
          path: ['indices', k],
          message: `indices.${k} = ${index} is past the ${facts.sizes.test} test images of '${d}' (datasets.${i})`,
        });
    });
    if (p.transfer?.n !== undefined && p.transfer.n > facts.sizes.train)
      issues.push({
        path: ['transfer', 'n'],
        message: `transfer.n = ${p.transfer.n} exceeds the ${facts.sizes.train} training images of '${d}' (datasets.${i})`,
      });
  });
  return issues;
}

export const saliency = defineAnalysis({
  name: 'saliency',
  version: '1.0.0',
  description:
    'What each source looks at: loss-gradient, SmoothGrad and integrated-gradient maps (of the source, or of the source fine-tuned to the dataset) on a stratified test subset, with an alignment score (share of saliency on the object over its area share; 1 = chance), localisation (pointing game, relevance mass and rank accuracy), a deletion faithfulness curve, a cascading model-randomisation sanity check and heat-map PNGs.',
  params: saliencyParams,
  expand: expandSaliency,
  countTrials: countSaliencyTrials,
  checkParams: checkSaliencyParams,
  needsInputGradients: true,
  run: (trial, ctx) => runSaliency(saliencyTrial.parse(trial.config), ctx),
  resultFields: {
    metrics: {
      'alignment:<method>': 'mean alignment ratio over the subset (1 = chance)',
      'massShare:<method>': 'mean share of absolute saliency on the object',
      'mapsPerSecond:<method>': 'maps computed per second',
      areaShare: 'mean share of the image that is object',
      accuracy: "the mapped model's accuracy on the subset",
      transferAccuracy: 'test accuracy after fine-tuning (with transfer)',
      igCompletenessMedian:
        "integrated gradients: median over images of |sum of attributions - (f(x) - f(x'))| / |f(x) - f(x')| (x' the baseline)",
      igCompleteShare: 'integrated gradients: share of images complete within 1%',
      igWithinTolerance: 'integrated gradients: share of images whose completeness error reached igTolerance',
      igNotReached: 'integrated gradients: images whose igMaxSteps ran out before igTolerance',
      igMedianSteps: 'integrated gradients: median over images of the intervals spent (summed over paths)',
      igMaxStepsUsed: 'integrated gradients: the most intervals one image spent',
      igDegenerateShare:
        'integrated gradients: share of images whose baseline equals the image on at least half of the background (map zero there by construction)',
      'pointing:<method>': 'mean pointing game over the subset (share of images whose most salient pixel is on the object)',
      'rankAccuracy:<method>': 'mean relevance rank accuracy (share of the K most salient pixels on the object, K = object area)',
      'deletionAuc:<method>': "mean area under the label's probability as the most salient pixels are set to black (lower = more faithful); 'deletionAuc:random' for a random order",
      'sanityRho:<method>': 'randomisation test: mean rank correlation with the original maps once the final layer and the last block are re-drawn (above 0.5: fails)',
      images: 'test images mapped',
      seconds: 'wall time of the trial',
    },
    details: {
      indices: 'test indices of the subset',
      labels: 'their labels',
      predicted: "the mapped model's predictions",
      areaShare: 'per image: share of pixels on the object',
      methods: 'methods run',
      ratio: 'per method, per image: alignment ratio',
      massShare: 'per method, per image: share of saliency on the object',
      maps: "per map kind (each method, and 'gradient-signed'): base64 RGBA PNG heat maps of the first images",
      completeness: 'integrated gradients, per image: relative completeness error',
      ig: 'integrated gradients: baseline, tolerance, budget, and per image steps, pinned background share and degenerate-map warning',
      transfer: 'the fine-tuning of the mapped model (null: the source)',
      pointing: 'per method, per image: pointing game (ties shared out)',
      rankAccuracy: 'per method, per image: relevance rank accuracy',
      deletion: "deletion curves: steps, and per order (each method's, 'random') per image the label's probability at each step",
      randomisation: 'the randomisation test: depths re-drawn, test indices, seed, and per method, per depth, per image the rank correlation',
    },
  },
  aggregate: (rows, options) => aggregateSaliency(rows, options),
  outputs: saliencyOutputs,
});
