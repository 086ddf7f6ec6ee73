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

/** Share columns of the four class-match figures, with the page's headings. */
export const FIGURES = {
  top1Match: {
    label: 'Top-1 match',
    description: 'test images whose most helpful training image has their class',
  },
  top5AtLeast3: {
    label: '≥ 3 of top 5',
    description: 'test images with at least 3 of their 5 most helpful training images of their class',
  },
  trainTop1Match: {
    label: 'Top-1 match (train)',
    description:
      'training images as targets (each itself excluded): the most helpful other image has their class',
  },
  trainTop5AtLeast3: {
    label: '≥ 3 of top 5 (train)',
    description:
      'training images as targets (each itself excluded): at least 3 of the top 5 have their class',
  },
} as const satisfies Record<InfluenceMetric, ColumnMeta>;
