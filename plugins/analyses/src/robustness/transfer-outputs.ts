import type { OutputView } from '@transferlab/sdk';
import { transferTable } from './tables/transfer';
import { transferExamplesTable } from './tables/transfer-examples';

/** The tables of robustness after transfer (empty for a run without transfer). */
export const transferTables = {
  transfer: transferTable,
  'transfer-examples': transferExamplesTable,
};

/** Its views: the figures per target beside the sources' own, robust accuracy against n, and per test image. */
export const transferViews: OutputView[] = [
  {
    kind: 'table',
    title: 'Robust accuracy after transfer',
    description:
      "Each source fine-tuned to the target with n training images at a depth, then attacked on the target's test subset (per image the worst case over the run's attacks); means over seeds with 95% intervals, beside the source's own robust accuracy at the same budget and its training budget.",
    table: 'transfer',
    facets: ['target', 'norm', 'eps'],
    columns: ['depth', 'n', 'source', 'training', 'trainingNorm', 'trainingEps', 'clean', 'robust', 'sourceRobust', 'sourceDataset', 'flags'],
  },
  {
    kind: 'series',
    title: 'Robust accuracy after transfer vs n',
    description: 'One line per source with its 95% band, at one target, budget and depth.',
    table: 'transfer',
    x: 'n',
    y: 'robust',
    series: 'source',
    xScale: 'log2',
    facets: ['target', 'norm', 'eps', 'depth'],
  },
  {
    kind: 'evidence',
    title: 'Transferred model fooled?',
    table: 'transfer-examples',
    image: 'image',
    show: ['source', 'depth', 'n', 'seed', 'norm', 'outcome', 'minEps', 'fooledBy', 'maxEps'],
  },
];
