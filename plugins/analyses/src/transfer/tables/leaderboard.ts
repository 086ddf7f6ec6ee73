import { column, defineTable, z } from '@transferlab/sdk';
import { accuracyPoints, deltaPoints, efficiencyScores, rankedPoints } from './cells';
import { accuracyColumn, budgetColumn, seedsColumn, settingColumns, sourceColumns } from './columns';
import { deltaColumn, pValueColumn } from './deltas';
import { efficiencyColumn } from './efficiency';
import { baselineResolver, settingsOf, trainingKind, type TransferTableInput } from './sweep';

/**
 * Sources ranked at each data budget, with what the leaderboard shows beside the rank: the
 * accuracy, the source's data efficiency, and its delta against the baseline at that budget.
 */
export const leaderboardTable = defineTable({
  description:
    'Sources ranked by mean test accuracy at each number of training images, per target, depth and learning rate, with the data-efficiency score and the paired difference from the baseline.',
  row: z.object({
    ...settingColumns,
    n: budgetColumn,
    rank: column.measure({
      label: 'Rank',
      format: 'count',
      description: 'by mean accuracy at this n; ties by name',
    }),
    ...sourceColumns,
    norm: column.dimension(z.string().nullable(), {
      label: 'Threat model',
      description: 'the norm of adversarial training, from the model record',
    }),
    eps: column.dimension(z.number().nullable(), {
      label: 'Training eps',
      description: 'the eps of adversarial training in [0, 1] pixels, from the model record',
    }),
    accuracy: accuracyColumn,
    seeds: seedsColumn,
    efficiency: efficiencyColumn,
    baseline: column.text({ label: 'Baseline', description: 'the source the delta subtracts' }),
    delta: deltaColumn,
    pValue: pValueColumn,
  }),
  rows: (input: TransferTableInput) => {
    const baselineOf = baselineResolver(input);
    return settingsOf(input.rows).flatMap((s) => {
      const points = accuracyPoints(s);
      const efficiency = new Map(efficiencyScores(points).map((e) => [e.source, e.score]));
      const baseline = baselineOf(s);
      const deltas = new Map(deltaPoints(s, baseline).map((d) => [`${d.source}|${d.n}`, d]));
      return rankedPoints(points).map((p) => {
        const d = deltas.get(`${p.source}|${p.n}`);
        const training = input.models.get(p.source)?.training;
        return {
          target: s.target,
          depth: s.depth,
          lr: s.lr,
          n: p.n,
          rank: p.rank,
          source: p.source,
          training: trainingKind(input.models, p.source),
          norm: training?.norm ?? null,
          eps: training?.eps ?? null,
          accuracy: p.accuracy,
          seeds: p.accuracy.n,
          efficiency: efficiency.get(p.source) ?? null,
          baseline: baseline ?? null,
          delta: d?.delta ?? null,
          pValue: d?.pValue ?? null,
        };
      });
    });
  },
});
