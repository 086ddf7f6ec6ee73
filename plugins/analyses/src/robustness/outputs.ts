import type { AnalysisOutputs } from '@transferlab/sdk';
import { attacksTable } from './tables/attacks';
import { bestKnownTable } from './tables/best-known';
import { boardTable } from './tables/board';
import { aucTable, curvesTable } from './tables/curves';
import { examplesTable } from './tables/examples';
import { figuresTable } from './tables/figures';
import { flagsTable } from './tables/flags';
import { transferTables, transferViews } from './transfer-outputs';

/**
 * What a robustness run produces: RobustBench-style leaderboards (with each attack and ensemble
 * component beside them), accuracy-vs-eps curves and their areas, failed reliability checks,
 * per-example outcomes keyed by test image, per model the figures the catalog shows, and (with
 * transfer) the same for the sources fine-tuned to target datasets. Each
 * table is computed from the stored trials on its own path, not through `aggregateRobustness`
 * (whose figures its tests compare with).
 */
export const robustnessOutputs: AnalysisOutputs = {
  tables: {
    board: boardTable,
    attacks: attacksTable,
    curves: curvesTable,
    auc: aucTable,
    flags: flagsTable,
    examples: examplesTable,
    figures: figuresTable,
    ...transferTables,
    'best-known': bestKnownTable,
  },
  summary: 'board',
  modelFigures: [
    { table: 'figures', model: 'source' },
    { table: 'best-known', model: 'source' },
  ],
  views: [
    {
      kind: 'table',
      title: 'Robust accuracy leaderboard',
      description:
        'Per image the worst case over the run\'s attacks, mean over seeds with its 95% interval; "Failed checks" marks a potentially unreliable evaluation.',
      table: 'board',
      rank: { by: 'robust', order: 'desc' },
      facets: ['dataset', 'norm', 'eps'],
      columns: [
        'source',
        'training',
        'trainingNorm',
        'trainingEps',
        'clean',
        'robust',
        'manifest',
        'flags',
        'attacks',
        'passesPerImage',
      ],
    },
    {
      kind: 'table',
      title: 'Best-known robust accuracy, over every run so far',
      description:
        'Per image the worst case over every attack any robustness run up to this one ran on it, on the reference images; "Non-standard" marks a figure AutoAttack-standard alone does not reach (or never measured).',
      table: 'best-known',
      rank: { by: 'bestKnown', order: 'desc' },
      facets: ['dataset', 'norm', 'eps'],
      columns: ['source', 'training', 'bestKnown', 'standard', 'gap', 'mark', 'reachedBy', 'images', 'runs', 'basis'],
    },
    {
      kind: 'table',
      title: 'Attacks and ensemble components',
      description:
        'Accuracy under each attack, and after each component of an ensemble (cumulative, in its order), means over seeds with 95% intervals.',
      table: 'attacks',
      facets: ['dataset', 'norm', 'eps', 'source'],
      pivot: { columns: 'component', values: ['accuracy'] },
    },
    {
      kind: 'series',
      title: 'Robust accuracy vs ε',
      description: 'One line per source with its 95% band; ε = 0 is the clean accuracy.',
      table: 'curves',
      x: 'eps',
      y: 'accuracy',
      series: 'source',
      xScale: 'linear',
      facets: ['dataset', 'norm', 'attack'],
    },
    {
      kind: 'table',
      title: 'Area under the curve',
      table: 'auc',
      rank: { by: 'auc', order: 'desc' },
      facets: ['dataset', 'norm', 'attack'],
    },
    {
      kind: 'table',
      title: 'Failed reliability checks',
      table: 'flags',
      facets: ['dataset', 'norm', 'source'],
    },
    {
      kind: 'evidence',
      title: 'Smallest fooling ε',
      table: 'examples',
      image: 'image',
      show: ['source', 'norm', 'attack', 'seed', 'outcome', 'minEps', 'fooledBy', 'maxEps'],
    },
    ...transferViews,
  ],
};
