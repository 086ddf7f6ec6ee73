import { column, defineTable, z } from '@transferlab/sdk';
import { deltaPoints } from './cells';
import { budgetColumn, settingColumns, sourceColumns } from './columns';
import { baselineResolver, settingsOf, trainingKind, type TransferTableInput } from './sweep';

export const deltaColumn = column.interval({
  label: 'Δ vs baseline',
  format: 'share',
  description:
    'source minus baseline test accuracy, paired by seed, mean with its 95% interval (a difference of shares, not clipped)',
});

export const pValueColumn = column.measure({
  label: 'p-value',
  format: 'pvalue',
  description: 'two-sided paired t-test; null with fewer than two paired seeds',
});

/** Each source minus the baseline (named, else the setting's natural source), paired by seed. */
export const deltasTable = defineTable({
  description:
    "Each source's test accuracy minus the baseline's, paired by seed, with a paired t-test, per target, depth, learning rate and number of training images. The baseline is the `baseline` option, else the first naturally trained source (by its model record) of each setting.",
  row: z.object({
    ...settingColumns,
    ...sourceColumns,
    baseline: column.model({ label: 'Baseline' }),
    n: budgetColumn,
    delta: deltaColumn,
    pValue: pValueColumn,
    seeds: column.measure({ label: 'Paired seeds', format: 'count' }),
  }),
  rows: (input: TransferTableInput) => {
    const baselineOf = baselineResolver(input);
    return settingsOf(input.rows).flatMap((s) =>
      deltaPoints(s, baselineOf(s)).map((d) => ({
        target: s.target,
        depth: s.depth,
        lr: s.lr,
        source: d.source,
        training: trainingKind(input.models, d.source),
        baseline: d.baseline,
        n: d.n,
        delta: d.delta,
        pValue: d.pValue,
        seeds: d.delta.n,
      })),
    );
  },
});
