import { column, defineTable, z } from '@transferlab/sdk';
import { pairedComparison } from '../stats';
import {
  decodedTrials,
  groupBaseline,
  methodGroups,
  ratiosByIndex,
  trainingKind,
  type SaliencyTableInput,
} from './outputs-trials';

/** Each source's alignment minus the baseline's, paired by test image (every source maps the same subset). */
export const deltasTable = defineTable({
  description:
    "Each source's alignment minus the baseline source's (options.baseline, else the natural source by its model record's training.kind), paired by test image, with a 95% interval and a paired t-test.",
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    setting: column.dimension(z.string(), { label: 'Model' }),
    method: column.dimension(z.string(), { label: 'Method' }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), { label: 'Training' }),
    baseline: column.model({ label: 'Baseline' }),
    delta: column.interval({
      label: 'Δ alignment',
      description: 'mean over images of source minus baseline alignment ratio, 95% Student-t interval',
    }),
    pValue: column.measure({ label: 'p-value', format: 'pvalue', description: 'paired t-test, two-sided' }),
  }),
  rows: (input: SaliencyTableInput) => {
    const all = decodedTrials(input.rows);
    return methodGroups(all).flatMap((g) => {
      const base = groupBaseline(g.trials, all, input);
      if (!base) return [];
      const baseRatios = ratiosByIndex(base.details, g.method);
      return g.trials.flatMap((t) => {
        if (t === base) return [];
        const c = pairedComparison(ratiosByIndex(t.details, g.method), baseRatios);
        if (!c) return [];
        return [
          {
            dataset: g.dataset,
            setting: g.setting,
            method: g.method,
            source: t.source,
            training: trainingKind(input.models, t.source),
            baseline: base.source,
            delta: { mean: c.mean, low: c.low, high: c.high, n: c.n },
            pValue: c.pValue,
          },
        ];
      });
    });
  },
});
