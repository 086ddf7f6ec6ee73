import { column, z, type ColumnMeta } from '@transferlab/sdk';
import type { InfluenceMetric } from './aggregate';

/** The columns every influence table starts with: the setting and the source. */
export const settingColumns = {
  target: column.dimension(z.string(), { label: 'Target', description: 'the target as the run names it' }),
  depth: column.dimension(z.number(), {
    label: 'Depth',
    description: '0: new final layer only; k: the last k blocks too',
  }),
  n: column.dimension(z.number(), { label: 'Training images', format: 'count' }),
  source: column.model({ label: 'Source' }),
};

export const trainingColumn = column.dimension(z.string(), {
  label: 'Training',
  description: "the source's training kind from its model record (natural, adversarial, unknown)",
});

export const seedColumn = column.dimension(z.number(), { label: 'Seed' });

/**
 * Share columns of the four class-match figures, with the page's headings. The top-1 figure is
 * the identical-class test of the explanation literature (Hanawa et al., ICLR 2021): does the
 * most helpful training image have the explained image's class?
 */
export const FIGURES = {
  top1Match: {
    label: 'Identical class (top 1)',
    description:
      'identical-class test: share of test images whose most helpful training image has their class',
  },
  top5AtLeast3: {
    label: '≥ 3 of top 5',
    description: 'test images with at least 3 of their 5 most helpful training images of their class',
  },
  trainTop1Match: {
    label: 'Identical class (train, self left out)',
    description:
      'identical-class test on training images as targets, each left out of its own list: the most helpful other image has its class',
  },
  trainTop5AtLeast3: {
    label: '≥ 3 of top 5 (train, self left out)',
    description:
      'training images as targets (each left out of its own list): at least 3 of the top 5 have their class',
  },
} as const satisfies Record<InfluenceMetric, ColumnMeta>;

/** The reference study's training-target variant: each training image stays in its own list. */
export const STUDY_FIGURES = {
  trainTop1MatchWithSelf: {
    label: "Identical class (train, the study's)",
    description:
      "the reference study's variant of the training-image figure: each image stays in its own list (its own score usually ranks first); null for runs made before it was recorded",
  },
  trainTop5AtLeast3WithSelf: {
    label: "≥ 3 of top 5 (train, the study's)",
    description:
      "the reference study's variant: each training image stays in its own list; null for runs made before it was recorded",
  },
} as const satisfies Record<string, ColumnMeta>;

export type StudyMetric = keyof typeof STUDY_FIGURES;

/** What an influence score means, for every column that shows one. */
export const SCORE_MEANING =
  "g_test · H⁺ · g_train with H the Hessian of the summed training loss. Positive: helpful, up-weighting this training image lowers this test image's loss; negative: harmful. The reference study's Hessian is of the per-batch mean loss, so its scores are batch size × these.";
