import { z } from '@transferlab/sdk';
import {
  BLOCK_DEPTH_HELP,
  blockDepth,
  datasetSpec,
  datasetViews,
  fineTuneParams,
  seedSchema,
} from '../shared';
import { IG_BASELINES } from './baselines';
import { IG_SPACINGS } from './ig-path';

/** Integrated gradients' defaults (the budget and tolerance measured in docs/analyses/saliency.md). */
export const IG_DEFAULTS = { steps: 16, maxSteps: 2048, tolerance: 0.01, blurSigma: 4, samples: 8 } as const;

export const SALIENCY_METHODS = ['gradient', 'smoothgrad', 'integrated-gradients'] as const;
export type SaliencyMethod = (typeof SALIENCY_METHODS)[number];

/** Most explicit test images one saliency run maps (`indices`: a per-example request, not a sweep). */
export const MAX_SALIENCY_INDICES = 64;

/** Saliency fine-tunes briefly: 10 epochs of batch 64 (the reference study's recipe otherwise). */
const hyper = fineTuneParams({ epochs: 10, batchSize: 64 });

/** Fine-tuning of the source before its saliency is taken (the transferred model, where the study's claim lives). */
export const transferSetting = z
  .object({
    n: z
      .number()
      .int()
      .min(2)
      .max(100_000)
      .describe('training images in total (stratified, the same subset as transfer with this seed)'),
    depth: blockDepth.default(0).describe(BLOCK_DEPTH_HELP),
    seed: seedSchema.default(0),
    // Epochs before lr: the fields' order is the form's.
    epochs: hyper.epochs,
    lr: hyper.lr,
    batchSize: hyper.batchSize,
    momentum: hyper.momentum,
    weightDecay: hyper.weightDecay,
    schedule: hyper.schedule,
  })
  .strict();

export type TransferSetting = z.output<typeof transferSetting>;

/**
 * Saliency: sources x datasets, each trial mapping a stratified test subset with every method.
 * Integrated gradients attribute f = the label's logit (as in Sundararajan et al. 2017), from
 * `igBaseline`, by the trapezoid rule: `igSteps` even intervals refined per image until the
 * completeness error is within `igTolerance` or `igMaxSteps` intervals are spent.
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
    views: datasetViews('datasets', 16),
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
    // No minimum: a form fills a list up to its minimum with blanks, and an empty list means the subset.
    indices: z
      .array(z.number().int().min(0).max(10_000_000))
      .max(MAX_SALIENCY_INDICES)
      .optional()
      .describe(
        `explicit test indices to map instead of the stratified subset (at most ${MAX_SALIENCY_INDICES}; empty or left out: the subset; given, images is ignored and maps are kept for the first maps of them)`,
      ),
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
      .default(IG_DEFAULTS.steps)
      .describe(
        'integrated gradients: evenly spaced intervals every path starts with (the least it uses; gradients: igSteps + 1)',
      ),
    igMaxSteps: z
      .number()
      .int()
      .min(1)
      .max(4096)
      .default(IG_DEFAULTS.maxSteps)
      .describe(
        "integrated gradients: the most intervals one image's path may reach while refining to igTolerance (at least igSteps)",
      ),
    igTolerance: z
      .number()
      .min(1e-4)
      .max(0.5)
      .default(IG_DEFAULTS.tolerance)
      .describe(
        "integrated gradients: refine each image's path until |sum of attributions - (f(x) - f(baseline))| / |f(x) - f(baseline)| is at most this, or igMaxSteps is spent",
      ),
    igSpacing: z
      .enum(IG_SPACINGS)
      .default('adaptive')
      .describe(
        "integrated gradients: how a path is refined: 'adaptive' bisects the intervals whose trapezoid misses the change of f most, 'uniform' halves every interval",
      ),
    igBaseline: z
      .enum(IG_BASELINES)
      .default('black')
      .describe(
        "integrated gradients: where paths start: 'black', 'blur' (the image blurred by igBlurSigma), 'uniform' (noise, seeded per image), 'mean' (the mean training image), 'expected' (igSamples training images per image, attributions averaged: expected gradients)",
      ),
    igBlurSigma: z
      .number()
      .min(0.5)
      .max(64)
      .default(IG_DEFAULTS.blurSigma)
      .describe("integrated gradients, 'blur' baseline: Gaussian standard deviation in pixels"),
    igSamples: z
      .number()
      .int()
      .min(1)
      .max(64)
      .default(IG_DEFAULTS.samples)
      .describe("integrated gradients, 'expected' baseline: training images drawn per test image"),
    sanityImages: z
      .number()
      .int()
      .min(0)
      .max(50)
      .default(8)
      .describe(
        'randomisation test: the first images of the subset are mapped again on copies of the model re-drawn from the output down, layer group by layer group (0: no test)',
      ),
    sanitySeed: seedSchema
      .default(0)
      .describe('randomisation test: seed of the re-drawn parameters'),
    deletionSteps: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(10)
      .describe(
        'deletion curve: steps from 0 to 100% of the pixels set to black, most salient first and in a random order (0: no curve)',
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
    /** Explicit test indices (left out: the stratified subset of `images`). */
    indices: z.array(z.number().int().min(0)).min(1).optional(),
    smoothNoise: z.number().min(0),
    smoothSamples: z.number().int().min(1),
    igSteps: z.number().int().min(1),
    igSpacing: z.enum(IG_SPACINGS),
    // Integrated gradients' refinement and baseline: only with that method (older configs lack them: IG_DEFAULTS, black).
    igMaxSteps: z.number().int().min(1).optional(),
    igTolerance: z.number().positive().optional(),
    igBaseline: z.enum(IG_BASELINES).optional(),
    igBlurSigma: z.number().positive().optional(),
    igSamples: z.number().int().min(1).optional(),
    // The randomisation test and the deletion curve (older configs lack them: off).
    sanityImages: z.number().int().min(0).max(50).default(0),
    sanitySeed: z.number().int().min(0).default(0),
    deletionSteps: z.number().int().min(0).max(100).default(0),
    threshold: z.number().min(0).max(1),
    transfer: transferSetting.nullable(),
  })
  .strict();

export type SaliencyTrial = z.output<typeof saliencyTrial>;
