import { column, z } from '@transferlab/sdk';

/** The columns that name a target and setting, first in every transfer table. */
export const settingColumns = {
  target: column.dimension(z.string(), { label: 'Target', description: 'target dataset (or view) name' }),
  depth: column.dimension(z.number().nullable(), {
    label: 'Depth',
    description: 'blocks fine-tuned besides the new final layer; null: all of them',
    nullLabel: 'all layers',
  }),
  lr: column.dimension(z.number().nullable(), { label: 'Learning rate' }),
};

export const sourceColumns = {
  source: column.model({ label: 'Source' }),
  training: column.dimension(z.string().nullable(), {
    label: 'Training',
    description: "the source's training kind from its model record (natural or adversarial)",
  }),
};

export const budgetColumn = column.dimension(z.number(), {
  label: 'Training images',
  format: 'count',
  description: 'n: total target training images (stratified sample, the same per seed for every source)',
});

export const accuracyColumn = column.interval({
  label: 'Test accuracy',
  format: 'share',
  description: 'mean over seeds with its 95% interval over test images and seeds (Wilson, inside [0, 1])',
});

export const seedsColumn = column.measure({ label: 'Seeds', format: 'count' });
