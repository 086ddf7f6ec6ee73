import { LR_SCHEDULES, z } from '@transferlab/sdk';

/** A dataset plugin with its params, e.g. { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1, 2] } }. */
export const datasetRefSchema = z.object({ name: z.string().min(1).max(200), params: z.record(z.string(), z.unknown()).optional() }).strict();

/** What a trial loads: a plugin name (default params) or a plugin with params. */
export const datasetSpec = z.union([z.string().min(1).max(200), datasetRefSchema]);

const depth = z.union([z.number().int().min(0).max(64), z.literal('all')]).describe("0: new final layer only; k: the last k blocks too; 'all'");

/**
 * A transfer sweep. Defaults follow the reference study (Salman et al. 2020, "Do Adversarially
 * Robust ImageNet Models Transfer Better?"): SGD, lr 0.1, momentum 0.9, weight decay 5e-4,
 * lr x0.1 after each third of the epochs, batch 128, a freshly initialised final layer.
 */
export const transferParams = z
  .object({
    sources: z.array(z.string().min(1).max(200)).min(1).max(64).describe('source model ids'),
    targets: z.array(z.string().min(1).max(200)).min(1).max(64).describe('target datasets: dataset plugin names, or names defined in views'),
    views: z
      .record(z.string().min(1).max(200), datasetRefSchema)
      .refine((v) => Object.keys(v).length <= 64, 'at most 64 views')
      .optional()
      .describe('targets defined as a dataset plugin with params, by the name used in targets (and in results)'),
    n: z.array(z.number().int().min(1).max(10_000_000)).min(1).max(64).default([20, 50, 100, 200, 500, 1000]).describe('training images in total (stratified)'),
    depths: z.array(depth).min(1).max(16).default([0]),
    seeds: z.array(z.number().int().min(0).max(2 ** 31 - 1)).min(1).max(1000).default([0, 1, 2, 3, 4]),
    lrs: z.array(z.number().positive().max(10)).min(1).max(16).default([0.1]),
    epochs: z.number().int().min(1).max(1000).default(20),
    batchSize: z.number().int().min(1).max(4096).default(128),
    momentum: z.number().min(0).max(0.999).default(0.9),
    weightDecay: z.number().min(0).max(1).default(5e-4),
    schedule: z.enum(LR_SCHEDULES).default('step'),
    augment: z.boolean().default(false).describe('random crops while training (recomputes the frozen prefix per batch)'),
    testLimit: z.number().int().min(1).max(10_000_000).optional().describe('test on a fixed stratified subset of this size (default: the whole test split)'),
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
    lr: z.number().positive(),
    epochs: z.number().int().min(1),
    batchSize: z.number().int().min(1),
    momentum: z.number().min(0),
    weightDecay: z.number().min(0),
    schedule: z.enum(LR_SCHEDULES),
    augment: z.boolean(),
    testLimit: z.number().int().min(1).optional(),
  })
  .strict();

export type TransferTrial = z.output<typeof transferTrial>;
