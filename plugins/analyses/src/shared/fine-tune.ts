import { LR_SCHEDULES, z, type FineTuneHyperParams, type LrScheduleKind } from '@transferlab/sdk';

/** Fine-tuning hyper-parameters as params name them (the engine's `FineTuneHyperParams` less `augment`). */
export interface FineTuneSettings {
  readonly lr: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly momentum: number;
  readonly weightDecay: number;
  readonly schedule: LrScheduleKind;
}

/**
 * The reference study's fine-tuning (Salman et al. 2020, "Do Adversarially Robust ImageNet Models
 * Transfer Better?"): SGD, lr 0.1, momentum 0.9, weight decay 5e-4, lr x0.1 after each third of
 * the epochs, batch 128; 20 epochs.
 */
export const REFERENCE_FINE_TUNE: FineTuneSettings = {
  lr: 0.1,
  epochs: 20,
  batchSize: 128,
  momentum: 0.9,
  weightDecay: 5e-4,
  schedule: 'step',
};

/** One learning rate, as a client may give it. */
export const learningRate = z.number().positive().max(10);

/** Learning rates to sweep (each its own trial). */
export const learningRates = (defaults: readonly number[] = [REFERENCE_FINE_TUNE.lr]) =>
  z
    .array(learningRate)
    .min(1)
    .max(16)
    .default([...defaults]);

/**
 * The hyper-parameter fields of an analysis's params, bounded as every analysis bounds them, with
 * the reference study's defaults unless an analysis gives its own (saliency: 10 epochs, batch 64).
 * Pick them by name: the order of an object's fields is the order of its form's fields.
 */
export function fineTuneParams(defaults: Partial<FineTuneSettings> = {}) {
  const d = { ...REFERENCE_FINE_TUNE, ...defaults };
  return {
    lr: learningRate.default(d.lr),
    epochs: z.number().int().min(1).max(1000).default(d.epochs),
    batchSize: z.number().int().min(1).max(4096).default(d.batchSize),
    momentum: z.number().min(0).max(0.999).default(d.momentum),
    weightDecay: z.number().min(0).max(1).default(d.weightDecay),
    schedule: z.enum(LR_SCHEDULES).default(d.schedule),
  };
}

/** The same fields in a trial's config: what a stored config must hold to run (no defaults, lower bounds only). */
export const fineTuneTrialFields = {
  lr: z.number().positive(),
  epochs: z.number().int().min(1),
  batchSize: z.number().int().min(1),
  momentum: z.number().min(0),
  weightDecay: z.number().min(0),
  schedule: z.enum(LR_SCHEDULES),
};

/** Blocks unfrozen from the end: the new final layer alone (0) up to 64. */
export const blockDepth = z.number().int().min(0).max(64);
export const BLOCK_DEPTH_HELP = '0: new final layer only; k: the last k blocks too';

/** A seed as the seeded samplers and the engine take it (31 bits). */
export const seedSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

/** What the engine is asked to train with. */
export const fineTuneHyper = (s: FineTuneSettings, augment = false): FineTuneHyperParams => ({
  epochs: s.epochs,
  batchSize: s.batchSize,
  lr: s.lr,
  momentum: s.momentum,
  weightDecay: s.weightDecay,
  schedule: s.schedule,
  augment,
});
