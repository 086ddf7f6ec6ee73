import { z } from '@transferlab/sdk';
import {
  BLOCK_DEPTH_HELP,
  blockDepth,
  datasetSpec,
  datasetViews,
  fineTuneParams,
  fineTuneTrialFields,
  seedSchema,
  targetNames,
} from '../shared';

export const SOLVERS = ['auto', 'exact', 'scalable'] as const;
export type SolverChoice = (typeof SOLVERS)[number];

/**
 * Last-layer influence after fine-tuning (the reference study's explanation, Salman et al. 2020,
 * `influence_functions/`): sources x targets x n x depths x seeds. Each trial fine-tunes as
 * `transfer` does, then scores every training image for each image of a stratified test subset
 * with g_test . H+ . g_train (positive = helpful), H the summed cross-entropy's Hessian of the
 * new head. Defaults: the study's relative cutoff 0.05 and no damping; 200 test images; top 100.
 */
export const influenceParams = z
  .object({
    sources: z.array(z.string().min(1).max(200)).min(1).max(64).describe('source model ids'),
    targets: targetNames,
    views: datasetViews('targets', 64),
    n: z
      .array(z.number().int().min(2).max(100_000))
      .min(1)
      .max(16)
      .default([3200])
      .describe('training images in total (stratified); every one is scored'),
    depths: z.array(blockDepth).min(1).max(8).default([0]).describe(BLOCK_DEPTH_HELP),
    seeds: z.array(seedSchema).min(1).max(100).default([0, 1, 2]),
    ...fineTuneParams(),
    testImages: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(200)
      .describe('stratified test subset (seed 0: the same images for every source and seed)'),
    trainTargets: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .default(200)
      .describe(
        'training images used as targets for the train class-match curve (stratified, seed 0 within the subset; 0: none)',
      ),
    topK: z.number().int().min(1).max(1000).default(100).describe('ranks of the class-match curves'),
    galleryK: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(20)
      .describe('helpful and harmful training images stored per test image (for the galleries)'),
    solver: z
      .enum(SOLVERS)
      .default('auto')
      .describe(
        `'exact': eigendecomposition of the explicit float64 Hessian; 'scalable': matrix-free Lanczos; 'auto': exact up to exactMaxParams`,
      ),
    exactMaxParams: z
      .number()
      .int()
      .min(1)
      .max(20_000)
      .default(6000)
      .describe(
        'largest head (weights + biases) auto solves exactly: ResNet-18 x 10 classes is 5,130 (its float64 Hessian takes 8 P^2 bytes, 210 MB)',
      ),
    rcond: z
      .number()
      .min(0)
      .max(1)
      .default(0.05)
      .describe(
        'pseudo-inverse: eigenvalues under rcond x the largest are dropped; 0 drops only what the solver cannot resolve (float64 rounding for exact, 1e-8 for scalable), and the cutoff used is stored (ignored when damping > 0)',
      ),
    damping: z
      .number()
      .min(0)
      .max(1e6)
      .default(0)
      .describe('> 0: (H + damping I)^-1 instead of the pseudo-inverse'),
    lanczosSteps: z
      .number()
      .int()
      .min(10)
      .max(5000)
      .default(800)
      .describe('scalable solver: most Lanczos steps'),
    ldsModels: z
      .number()
      .int()
      .min(0)
      .max(100)
      .refine((v) => v !== 1, 'ldsModels: one retrained model gives no correlation; 0 (off) or 2 to 100')
      .default(0)
      .describe(
        'trust: linear datamodeling score (LDS) from this many models retrained on random subsets of the training images (0: off; each retrain costs about one fine-tuning)',
      ),
    ldsFraction: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.5)
      .describe('trust: share of the training images each LDS model keeps (stratified by class)'),
    fidelity: z
      .boolean()
      .default(false)
      .describe(
        'trust: leave-one-out fidelity on the convex depth-0 case (one exact refit per training image; depth 0 only)',
      ),
    fidelityDamping: z
      .number()
      .min(1e-6)
      .max(1e6)
      .default(1)
      .describe('trust: L2 penalty of the convex refits of the fidelity check (and the damping of its influence), on the summed loss'),
    sameSubset: z
      .boolean()
      .default(false)
      .describe(
        "every seed trains on seed 0's training subset (the seed then changes only the new layer's initialisation and batch order): makes the cross-seed stability compare the same images",
      ),
  })
  .strict();

export type InfluenceParams = z.output<typeof influenceParams>;

/** One trial's config: the swept values plus the shared settings (all of it enters the trial key). */
export const influenceTrial = z
  .object({
    source: z.string().min(1),
    target: z.string().min(1),
    dataset: datasetSpec,
    n: z.number().int().min(2),
    depth: z.number().int().min(0),
    seed: z.number().int().min(0),
    ...fineTuneTrialFields,
    testImages: z.number().int().min(1),
    trainTargets: z.number().int().min(0),
    topK: z.number().int().min(1),
    galleryK: z.number().int().min(1),
    solver: z.enum(SOLVERS),
    exactMaxParams: z.number().int().min(1),
    rcond: z.number().min(0).max(1),
    damping: z.number().min(0),
    lanczosSteps: z.number().int().min(10),
    // Trust figures: present only when asked for, so the keys of trials without them do not change.
    ldsModels: z.number().int().min(2).optional(),
    ldsFraction: z.number().gt(0).lt(1).optional(),
    fidelity: z.literal(true).optional(),
    fidelityDamping: z.number().positive().optional(),
    sameSubset: z.literal(true).optional(),
  })
  .strict();

export type InfluenceTrial = z.output<typeof influenceTrial>;
