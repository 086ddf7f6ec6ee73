import { defineTable, z } from '@transferlab/sdk';
import { accuracyPoints } from './cells';
import { accuracyColumn, budgetColumn, seedsColumn, settingColumns, sourceColumns } from './columns';
import { settingsOf, trainingKind, type TransferTableInput } from './sweep';

/** Mean test accuracy after the last epoch, per target, setting, source and n. */
export const accuracyTable = defineTable({
  description:
    'Test accuracy after fine-tuning, mean over seeds with its 95% interval, per target, depth, learning rate, source and number of training images.',
  row: z.object({
    ...settingColumns,
    ...sourceColumns,
    n: budgetColumn,
    accuracy: accuracyColumn,
    seeds: seedsColumn,
  }),
  rows: ({ rows, models }: TransferTableInput) =>
    settingsOf(rows).flatMap((s) =>
      accuracyPoints(s).map((p) => ({
        target: s.target,
        depth: s.depth,
        lr: s.lr,
        source: p.source,
        training: trainingKind(models, p.source),
        n: p.n,
        accuracy: p.accuracy,
        seeds: p.accuracy.n,
      })),
    ),
});
