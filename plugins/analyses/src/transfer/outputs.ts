import type { AnalysisOutputs } from '@transferlab/sdk';
import { accuracyTable } from './tables/accuracy';
import { deltasTable } from './tables/deltas';
import { efficiencyTable } from './tables/efficiency';
import { epochsTable } from './tables/epochs';
import { examplesTable } from './tables/examples';
import { leaderboardTable } from './tables/leaderboard';
import { transferTableOptions } from './tables/sweep';

const SETTING = ['target', 'depth', 'lr'] as const;

/**
 * What a transfer sweep produces: the leaderboard (its summary), accuracy vs n and vs epochs
 * with 95% bands, paired deltas against a baseline, data efficiency, and per-image outcomes
 * for the per-example view. The `baseline` option names the source deltas subtract; without
 * it each setting's first naturally trained source (by its model record) is the baseline.
 */
export const transferOutputs: AnalysisOutputs = {
  tables: {
    leaderboard: leaderboardTable,
    accuracy: accuracyTable,
    epochs: epochsTable,
    deltas: deltasTable,
    efficiency: efficiencyTable,
    examples: examplesTable,
  },
  summary: 'leaderboard',
  options: transferTableOptions,
  views: [
    {
      kind: 'table',
      title: 'Leaderboard',
      description:
        'Sources ranked by mean test accuracy at the chosen data budget (highlighted), with their accuracy at every budget; brackets hold the 95% interval over test images and seeds. Data efficiency: area under accuracy vs log2(n). Δ: source minus baseline at the chosen budget, paired by seed, with a paired t-test.',
      table: 'leaderboard',
      rank: { by: 'accuracy', order: 'desc' },
      facets: [...SETTING, 'n'],
      columns: ['source', 'training', 'norm', 'eps', 'accuracy', 'efficiency', 'delta', 'pValue'],
      pivot: { columns: 'n', values: ['accuracy'] },
    },
    {
      kind: 'series',
      title: 'Accuracy vs training images',
      description: 'Mean test accuracy over seeds with its 95% interval, per source; n on a log2 scale.',
      table: 'accuracy',
      x: 'n',
      y: 'accuracy',
      series: 'source',
      xScale: 'log2',
      facets: [...SETTING],
    },
    {
      kind: 'series',
      title: 'Difference from the baseline vs training images',
      description: 'Each source minus the baseline, paired by seed, with its 95% interval.',
      table: 'deltas',
      x: 'n',
      y: 'delta',
      series: 'source',
      xScale: 'log2',
      facets: [...SETTING],
    },
    {
      kind: 'series',
      title: 'Accuracy vs epochs',
      description:
        'Test accuracy after each fine-tuning epoch at one data budget, mean over seeds with its 95% interval.',
      table: 'epochs',
      x: 'epoch',
      y: 'accuracy',
      series: 'source',
      facets: [...SETTING, 'n'],
    },
    {
      kind: 'table',
      title: 'Data efficiency',
      description: 'Area under mean accuracy vs log2(n), in [0, 1].',
      table: 'efficiency',
      rank: { by: 'score', order: 'desc' },
      facets: [...SETTING],
    },
    {
      kind: 'evidence',
      title: 'Transferred models on this image',
      description:
        "Share of seeds whose fine-tuned model is right, per source and n; gains and losses against the baseline's model of the same seed.",
      table: 'examples',
      image: 'image',
      show: ['source', 'training', 'depth', 'n', 'correct', 'seeds', 'gains', 'losses'],
    },
  ],
};
