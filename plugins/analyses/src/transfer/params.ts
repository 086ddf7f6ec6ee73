import { z } from '@transferlab/sdk';
import {
  BLOCK_DEPTH_HELP,
  blockDepth,
  datasetSpec,
  datasetViews,
  fineTuneParams,
  fineTuneTrialFields,
  learningRates,
  seedSchema,
  targetNames,
} from '../shared';

const depth = z.union([blockDepth, z.literal('all')]).describe(`${BLOCK_DEPTH_HELP}; 'all'`);
const hyper = fineTuneParams();

/**
 * A transfer sweep. Defaults follow the reference study (Salman et al. 2020, "Do Adversarially
 * Robust ImageNet Models Transfer Better?"): SGD, lr 0.1, momentum 0.9, weight decay 5e-4,
 * lr x0.1 after each third of the epochs, batch 128, a freshly initialised final layer.
 */
export const transferParams = z
  .object({
    sources: z.array(z.string().min(1).max(200)).min(1).max(64).describe('source model ids'),
    targets: targetNames,
    views: datasetViews('targets', 64),
    n: z
      .array(z.number().int().min(1).max(10_000_000))
      .min(1)
      .max(64)
      .default([20, 50, 100, 200, 500, 1000])
      .describe('training images in total (stratified)'),
    depths: z.array(depth).min(1).max(16).default([0]),
    seeds: z.array(seedSchema).min(1).max(1000).default([0, 1, 2, 3, 4]),
    lrs: learningRates(),
    epochs: hyper.epochs,
    batchSize: hyper.batchSize,
    momentum: hyper.momentum,
    weightDecay: hyper.weightDecay,
    schedule: hyper.schedule,
    augment: z
      .boolean()
      .default(false)
      .describe('random crops while training (recomputes the frozen prefix per batch)'),
    testLimit: z
      .number()
      .int()
      .min(1)
      .max(10_000_000)
      .optional()
      .describe('test on a fixed stratified subset of this size (default: the whole test split)'),
  })
  .strict();

export type TransferParams = z.output<typeof transferParams>;

/** One trial's config: the swept values plus the shared hyper-parameters (all of it enters the trial key). */
export const transferTrial = z
  .object({
    source: z.string().min(1),
    /** The target's name in results: a plugin name, or a view's name. */
    target: z.string().min(1),
    /** What the trial loads for it. */
    dataset: datasetSpec,
    n: z.number().int().min(1),
    depth,
    seed: z.number().int().min(0),
    ...fineTuneTrialFields,
    augment: z.boolean(),
    testLimit: z.number().int().min(1).optional(),
  })
  .strict();

export type TransferTrial = z.output<typeof transferTrial>;
