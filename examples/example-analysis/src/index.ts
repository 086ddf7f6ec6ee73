import { defineAnalysis, z } from '@transferlab/sdk';
import { outputs } from './outputs';
import { MISTAKES_KEPT, runTrial, trialConfig } from './run-trial';

const params = z
  .object({
    models: z.array(z.string().min(1).max(200)).min(1).max(64).default(['linear']),
    dataset: z.string().min(1).max(200).default('synthetic'),
    limit: z.number().int().min(1).max(100_000).default(1000),
    batchSize: z.number().int().min(1).max(4096).default(256),
  })
  .strict();

/** Clean accuracy, feature and gradient norms of source models on one dataset: one trial per model. */
export const cleanAccuracy = defineAnalysis({
  name: 'clean-accuracy',
  version: '3.0.0',
  description:
    "Clean accuracy, mean feature norm and mean input-gradient norm of source models on a dataset's test split (first `limit` images), with the running accuracy and each model's most confident mistakes.",
  params,
  expand(p) {
    return p.models.map((model) => ({
      config: { model, dataset: p.dataset, limit: p.limit, batchSize: p.batchSize },
      uses: { models: [model], datasets: [p.dataset] },
    }));
  },
  run: (trial, ctx) => runTrial(trialConfig.parse(trial.config), ctx),
  resultFields: {
    metrics: {
      accuracy: 'share of test images classified correctly',
      images: 'test images used',
      meanFeatureNorm: 'mean L2 norm of the penultimate features',
      meanGradientNorm: 'mean L2 norm of d cross-entropy / d pixels',
    },
    series: { images: 'test images seen after the batch', accuracy: 'accuracy over the images seen' },
    details: {
      mistakes: `the ${MISTAKES_KEPT} most confident mistakes: index, label, predicted, confidence`,
    },
  },
  outputs,
});
