import { LR_SCHEDULES, z } from '@transferlab/sdk';
import { datasetRefSchema, datasetSpec } from '../transfer/params';
import { IG_SPACINGS } from './methods';

export const SALIENCY_METHODS = ['gradient', 'smoothgrad', 'integrated-gradients'] as const;
export type SaliencyMethod = (typeof SALIENCY_METHODS)[number];

/** Fine-tuning of the source before its saliency is taken (the transferred model, where the study's claim lives). */
export const transferSetting = z
  .object({
    n: z
      .number()
      .int()
      .min(2)
      .max(100_000)
      .describe('training images in total (stratified, the same subset as transfer with this seed)'),
    depth: z
      .number()
      .int()
      .min(0)
      .max(64)
      .default(0)
      .describe('0: new final layer only; k: the last k blocks too'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(0),
    epochs: z.number().int().min(1).max(1000).default(10),
    lr: z.number().positive().max(10).default(0.1),
    batchSize: z.number().int().min(1).max(4096).default(64),
    momentum: z.number().min(0).max(0.999).default(0.9),
    weightDecay: z.number().min(0).max(1).default(5e-4),
    schedule: z.enum(LR_SCHEDULES).default('step'),
  })
  .strict();

export type TransferSetting = z.output<typeof transferSetting>;

/**
 * Saliency: sources x datasets, each trial mapping a stratified test subset with every method.
 * Integrated gradients attribute f = the label's logit (as in Sundararajan et al. 2017), from a
 * black baseline, by the trapezoid rule over `igSteps` intervals.
 */
export const saliencyParams = z
  .object({
    sources: z.array(z.string().min(1).max(200)).min(1).max(64).describe('source model ids'),
    datasets: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(16)
      .default(['fashion-mnist-a'])
      .describe('test sets: dataset plugin names, or names defined in views'),
    views: z
      .record(z.string().min(1).max(200), datasetRefSchema)
      .refine((v) => Object.keys(v).length <= 16, 'at most 16 views')
      .optional()
      .describe(
        'datasets defined as a dataset plugin with params, by the name used in datasets (and in results)',
      ),
    methods: z
      .array(z.enum(SALIENCY_METHODS))
      .min(1)
      .max(3)
      .default([...SALIENCY_METHODS])
      .describe('attribution methods'),
    images: z
      .number()
      .int()
      .min(1)
      .max(2000)
      .default(100)
      .describe('stratified test subset (seed 0: the same images for every source)'),
    maps: z
      .number()
      .int()
      .min(0)
      .max(500)
      .default(48)
      .describe('heat-map PNGs kept for the first images of the subset (scores are kept for all)'),
    smoothNoise: z
      .number()
      .min(0)
      .max(1)
      .default(0.15)
      .describe('SmoothGrad: noise standard deviation in [0,1] pixel units'),
    smoothSamples: z
      .number()
      .int()
      .min(1)
      .max(200)
      .default(25)
      .describe('SmoothGrad: noisy samples per image'),
    igSteps: z
      .number()
      .int()
      .min(1)
      .max(1024)
      .default(64)
      .describe(
        'integrated gradients: intervals of the path from the black baseline (gradients: igSteps + 1)',
      ),
    igSpacing: z
      .enum(IG_SPACINGS)
      .default('adaptive')
      .describe(
        "integrated gradients: 'uniform' steps, or 'adaptive' (a quarter uniform, the rest bisecting the intervals whose trapezoid misses the loss change most)",
      ),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe('foreground: pixels above this value (channel max), dilated by one pixel'),
    // n is optional here so that a form which fills in every default sends no fine-tuning until n is given.
    transfer: transferSetting
      .extend({ n: transferSetting.shape.n.optional() })
      .optional()
      .describe(
        "with transfer.n, each source is fine-tuned to each dataset first (the other fields: how) and the transferred model's saliency is taken",
      ),
  })
  .strict();

export type SaliencyParams = z.output<typeof saliencyParams>;

export const saliencyTrial = z
  .object({
    source: z.string().min(1),
    datasetName: z.string().min(1),
    dataset: datasetSpec,
    methods: z.array(z.enum(SALIENCY_METHODS)).min(1),
    images: z.number().int().min(1),
    maps: z.number().int().min(0),
    smoothNoise: z.number().min(0),
    smoothSamples: z.number().int().min(1),
    igSteps: z.number().int().min(1),
    igSpacing: z.enum(IG_SPACINGS),
    threshold: z.number().min(0).max(1),
    transfer: transferSetting.nullable(),
  })
  .strict();

export type SaliencyTrial = z.output<typeof saliencyTrial>;
