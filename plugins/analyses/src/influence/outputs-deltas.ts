import { column, defineTable, z } from '@transferlab/sdk';
import { baselineOptions, checkNamedBaseline, groupBy, naturalBaseline } from '../shared';
import { pairedComparison } from '../stats';
import { INFLUENCE_METRICS } from './aggregate';
import { FIGURES, settingColumns, trainingColumn } from './outputs-columns';
import { tableTrials, trainingKind } from './outputs-trials';

/** Options every influence table takes: the source deltas are taken against, and the k of the seed stability. */
export const influenceTableOptions = baselineOptions.extend({
  stabilityK: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'trust table: helpful images compared per seed for the seed stability (default: every stored one, galleryK)',
    ),
});
export type InfluenceTableOptions = z.output<typeof influenceTableOptions>;

const deltaRow = z.object({
  ...settingColumns,
  training: trainingColumn,
  baseline: column.model({ label: 'Baseline' }),
  metric: column.dimension(z.string(), {
    label: 'Figure key',
    description: 'top1Match, top5AtLeast3, trainTop1Match or trainTop5AtLeast3 (the summary table’s columns)',
  }),
  figure: column.text({ label: 'Figure' }),
  delta: column.interval({
    label: 'Δ vs baseline',
    format: 'share',
    description:
      "the source's figure minus the baseline's, paired by seed (mean, 95% interval, seeds paired)",
  }),
  pValue: column.measure({ label: 'p-value', format: 'pvalue', description: 'two-sided paired t-test' }),
});

/**
 * Per target, depth, n, source and figure: the source minus the baseline, paired by seed (both saw
 * the same training subset), with the paired t-test. The baseline is `options.baseline`, else per
 * setting the first source (by id) whose model record says it was trained naturally.
 */
export const deltasTable = defineTable<typeof deltaRow, InfluenceTableOptions>({
  description:
    'Each source minus the baseline source (options.baseline, else the natural source by its model record) of each class-match figure, paired by seed, with the paired t-test p-value.',
  row: deltaRow,
  rows: ({ rows, options, models }) => {
    const trials = tableTrials(rows);
    const named = options.baseline;
    if (trials.length > 0)
      checkNamedBaseline(
        named,
        trials.map((t) => t.source),
      );
    return [...groupBy(trials, (t) => [t.target, t.depth, t.n]).values()].flatMap((setting) => {
      const bySource = groupBy(setting, (t) => [t.source]);
      const sources = [...new Set(setting.map((t) => t.source))];
      const baseline = naturalBaseline(sources, models, named);
      const base = baseline === undefined ? undefined : bySource.get(JSON.stringify([baseline]));
      if (baseline === undefined || !base) return [];
      const { target, depth, n } = setting[0]!;
      return [...bySource.values()]
        .filter((list) => list[0]!.source !== baseline)
        .flatMap((list) => {
          const source = list[0]!.source;
          return INFLUENCE_METRICS.flatMap((metric) => {
            const c = pairedComparison(
              new Map(list.map((t) => [t.seed, t.metrics[metric]])),
              new Map(base.map((t) => [t.seed, t.metrics[metric]])),
            );
            if (!c) return [];
            return [
              {
                target,
                depth,
                n,
                source,
                training: trainingKind(models, source),
                baseline,
                metric,
                figure: FIGURES[metric].label,
                delta: { mean: c.mean, low: c.low, high: c.high, n: c.n },
                pValue: c.pValue,
              },
            ];
          });
        });
    });
  },
});
