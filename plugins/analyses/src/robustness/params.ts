import { z } from '@transferlab/sdk';
import { datasetSpec } from '../shared';
import { robustnessTransfer, transferTrialSetting } from './transfer-params';

export const NORM_NAMES = ['Linf', 'L2'] as const;
export type NormName = (typeof NORM_NAMES)[number];

const epsGrid = (max: number) => z.array(z.number().positive().max(max)).min(1).max(32);

/**
 * A robustness evaluation: sources x norms x attacks x seeds; each trial attacks a fixed
 * stratified test subset at every eps of its norm's grid. Budgets default to the AutoAttack
 * reference (100 iterations, 5,000 Square queries, 9 target classes); a sweep may cut them.
 */
export const robustnessParams = z
  .object({
    sources: z.array(z.string().min(1).max(200)).min(1).max(64).describe('source model ids'),
    dataset: datasetSpec
      .default('fashion-mnist-a')
      .describe(
        "the test set: a dataset plugin name, or { name, params }; the sources' classes must be its classes",
      ),
    norms: z.array(z.enum(NORM_NAMES)).min(1).max(2).default(['Linf', 'L2']).describe('threat models'),
    epsLinf: epsGrid(1)
      .default([2 / 255, 4 / 255, 8 / 255])
      .describe('Linf budgets in [0,1] pixel units (8/255 = 0.0314)'),
    epsL2: epsGrid(100).default([0.25, 0.5, 1]).describe('L2 budgets in [0,1] pixel units'),
    attacks: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(16)
      .default(['autoattack-fast'])
      .describe(
        'attack plugins, each its own trial; an ensemble (autoattack-standard, autoattack-fast) attacks in the reference order',
      ),
    seeds: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1),
      )
      .min(1)
      .max(100)
      .default([0]),
    testLimit: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(1000)
      .describe('stratified test subset size (the same images for every trial)'),
    steps: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(100)
      .describe('iterations of gradient attacks (APGD, FAB, PGD)'),
    queries: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(5000)
      .describe('query budget of black-box attacks (Square)'),
    targetClasses: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(9)
      .describe('target classes of targeted attacks (APGD-T, FAB-T)'),
    batchSize: z.number().int().min(1).max(4096).default(250).describe('images per attack call'),
    zeroGradientShare: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('flag zero-gradients when more than this share of images has an all-zero input gradient'),
    blackBoxMargin: z
      .number()
      .min(0)
      .max(1)
      .default(0.002)
      .describe(
        'flag black-box-beats-white-box when a black-box attack lowers accuracy by more than this below the white-box ones',
      ),
    transfer: robustnessTransfer
      .optional()
      .describe(
        "also fine-tune each source to each target (as transfer does: the same training subsets) and attack the transferred model on the target's test subset, under the same norms, eps grids, attacks and budgets",
      ),
  })
  .strict();

export type RobustnessParams = z.output<typeof robustnessParams>;

/** One trial: a source (or the source fine-tuned to a target) under one norm and one attack, with one seed, over its eps grid. */
export const robustnessTrial = z
  .object({
    source: z.string().min(1),
    /** The dataset's name in results (a plugin name, or the name with its params). */
    datasetName: z.string().min(1),
    dataset: datasetSpec,
    norm: z.enum(NORM_NAMES),
    eps: z.array(z.number().positive()).min(1),
    attack: z.string().min(1),
    seed: z.number().int().min(0),
    testLimit: z.number().int().min(1),
    steps: z.number().int().min(1),
    queries: z.number().int().min(1),
    targetClasses: z.number().int().min(1),
    batchSize: z.number().int().min(1),
    zeroGradientShare: z.number().min(0).max(1),
    blackBoxMargin: z.number().min(0).max(1),
    /** Present on a transferred trial: the source is fine-tuned to `dataset` (the target) first. */
    transfer: transferTrialSetting.optional(),
  })
  .strict();

export type RobustnessTrial = z.output<typeof robustnessTrial>;
