import { z } from '@transferlab/sdk';
import { BLOCK_DEPTH_HELP, blockDepth, fineTuneParams, fineTuneTrialFields, seedSchema } from '../shared';

/** Blocks unfrozen from the end, or the whole network (as transfer sweeps them). */
export const transferDepth = z.union([blockDepth, z.literal('all')]).describe(`${BLOCK_DEPTH_HELP}; 'all'`);

/** Fine-tuning before an attack is brief, as saliency's: 10 epochs of batch 64 (the reference study's recipe otherwise). */
const hyper = fineTuneParams({ epochs: 10, batchSize: 64 });

/**
 * Robustness after transfer: each source fine-tuned to each target with n training images (the
 * stratified subset transfer uses for that target, n and seed), unfrozen to each depth, once per
 * seed; the seed also seeds the attack.
 */
export const robustnessTransfer = z
  .object({
    // Empty by default, so that a form which fills in every default asks for no fine-tuning until a target is given.
    targets: z
      .array(z.string().min(1).max(200))
      .max(16)
      .default([])
      .describe('target datasets (dataset plugin names) to fine-tune each source to; none: no transfer'),
    n: z
      .array(z.number().int().min(2).max(100_000))
      .min(1)
      .max(16)
      .default([100, 1000])
      .describe('training images in total (stratified, the same subsets as transfer with each seed)'),
    depths: z.array(transferDepth).min(1).max(8).default([0]),
    seeds: z.array(seedSchema).min(1).max(100).default([0, 1, 2]),
    // Epochs before lr: the fields' order is the form's.
    epochs: hyper.epochs,
    lr: hyper.lr,
    batchSize: hyper.batchSize,
    momentum: hyper.momentum,
    weightDecay: hyper.weightDecay,
    schedule: hyper.schedule,
  })
  .strict();

export type RobustnessTransfer = z.output<typeof robustnessTransfer>;

/** A transferred trial's fine-tuning, as its config stores it. */
export const transferTrialSetting = z
  .object({
    n: z.number().int().min(2),
    depth: transferDepth,
    seed: seedSchema,
    ...fineTuneTrialFields,
  })
  .strict();

export type TransferTrialSetting = z.output<typeof transferTrialSetting>;
