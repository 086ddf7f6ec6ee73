import { column, defineTable, z } from '@transferlab/sdk';
import { accuracyPoints, efficiencyScores } from './cells';
import { settingColumns, sourceColumns } from './columns';
import { settingsOf, trainingKind, type TransferTableInput } from './sweep';

export const efficiencyColumn = column.measure({
  label: 'Data efficiency',
  format: 'number',
  description: 'area under mean accuracy vs log2(n), normalised to [0, 1] (1: perfect at every budget)',
});

/** The data-efficiency score of each source per target and setting. */
export const efficiencyTable = defineTable({
  description:
    'Data efficiency per source: the area under mean test accuracy vs log2(training images), normalised to [0, 1], per target, depth and learning rate.',
  row: z.object({
    ...settingColumns,
    ...sourceColumns,
    score: efficiencyColumn,
    budgets: column.measure({
      label: 'Budgets',
      format: 'count',
      description: 'how many values of n the area spans (with one, the score is that accuracy)',
    }),
  }),
  rows: ({ rows, models }: TransferTableInput) =>
    settingsOf(rows).flatMap((s) =>
      efficiencyScores(accuracyPoints(s)).map((e) => ({
        target: s.target,
        depth: s.depth,
        lr: s.lr,
        source: e.source,
        training: trainingKind(models, e.source),
        score: e.score,
        budgets: e.budgets,
      })),
    ),
});
