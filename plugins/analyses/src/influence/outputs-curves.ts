import { column, defineTable, z } from '@transferlab/sdk';
import { groupBy, interval } from '../shared';
import { settingColumns, trainingColumn } from './outputs-columns';
import { tableTrials, trainingKind } from './outputs-trials';

/**
 * Per target, depth, n, source and rank k: the share of targets whose k-th most helpful training
 * image has their class (that image alone, not the top k), over seeds: the study's Figure 6.
 */
export const matchCurvesTable = defineTable({
  description:
    'Per target, depth, n, source and rank k: the share of target images whose k-th most helpful training image has their class, test images and training images (each itself excluded) as targets; mean over seeds with the 95% interval.',
  row: z.object({
    ...settingColumns,
    training: trainingColumn,
    rank: column.dimension(z.number(), {
      label: 'Rank k',
      description: '1 = the most helpful training image',
    }),
    testMatch: column.interval({
      label: 'Class match (test)',
      format: 'share',
      description: 'share of test images whose k-th most helpful training image has their class',
    }),
    trainMatch: column.interval({
      label: 'Class match (train)',
      format: 'share',
      description:
        'the same with training images as targets, each itself excluded; empty without training targets',
    }),
  }),
  rows: ({ rows, models }) =>
    [...groupBy(tableTrials(rows), (t) => [t.target, t.depth, t.n, t.source]).values()].flatMap((trials) => {
      const { target, depth, n, source } = trials[0]!;
      const training = trainingKind(models, source);
      const ranks = [...new Set(trials.flatMap((t) => [...t.testMatch.keys(), ...t.trainMatch.keys()]))].sort(
        (a, b) => a - b,
      );
      return ranks.map((rank) => ({
        target,
        depth,
        n,
        source,
        training,
        rank,
        testMatch: interval(
          trials.map((t) => t.testMatch.get(rank)),
          { share: true },
        ),
        trainMatch: interval(
          trials.map((t) => t.trainMatch.get(rank)),
          { share: true },
        ),
      }));
    }),
});
