import { column, defineTable, z } from '@transferlab/sdk';
import { epochPoints } from './cells';
import { accuracyColumn, budgetColumn, seedsColumn, settingColumns, sourceColumns } from './columns';
import { settingsOf, trainingKind, type TransferTableInput } from './sweep';

/** Test accuracy after each fine-tuning epoch (the trials' series), over seeds. */
export const epochsTable = defineTable({
  description:
    'Test accuracy after each fine-tuning epoch, mean over seeds with its 95% interval, per target, depth, learning rate, source and number of training images.',
  row: z.object({
    ...settingColumns,
    ...sourceColumns,
    n: budgetColumn,
    epoch: column.dimension(z.number(), { label: 'Epoch', format: 'count', description: '1-based' }),
    accuracy: accuracyColumn,
    seeds: seedsColumn,
  }),
  rows: ({ rows, models }: TransferTableInput) =>
    settingsOf(rows).flatMap((s) =>
      epochPoints(s).map((p) => ({
        target: s.target,
        depth: s.depth,
        lr: s.lr,
        source: p.source,
        training: trainingKind(models, p.source),
        n: p.n,
        epoch: p.epoch,
        accuracy: p.accuracy,
        seeds: p.accuracy.n,
      })),
    ),
});
