import { column, defineTable, z } from '@transferlab/sdk';
import { groupBy, interval } from '../shared';
import { FIGURES, settingColumns, STUDY_FIGURES, trainingColumn } from './outputs-columns';
import { tableTrials, trainingKind, type TableTrial } from './outputs-trials';

const share = (meta: { label: string; description: string }) => column.interval({ ...meta, format: 'share' });

/** The solver the seeds used: one name, or 'mixed' when they differ (as the aggregate says it). */
function solverOf(trials: readonly TableTrial[]): string {
  const solvers = [...new Set(trials.map((t) => t.details.solver))];
  return solvers.length === 1 ? solvers[0]! : 'mixed';
}

/** Per target, depth, n and source: the class-match figures over seeds (the study's summary numbers). */
export const summaryTable = defineTable({
  description:
    'Per target, depth, n and source: the class-match figures of the most helpful training images, mean over seeds with the 95% interval, and how H+ was computed.',
  row: z.object({
    ...settingColumns,
    training: trainingColumn,
    top1Match: share(FIGURES.top1Match),
    top5AtLeast3: share(FIGURES.top5AtLeast3),
    trainTop1Match: share(FIGURES.trainTop1Match),
    trainTop5AtLeast3: share(FIGURES.trainTop5AtLeast3),
    trainTop1MatchWithSelf: share(STUDY_FIGURES.trainTop1MatchWithSelf),
    trainTop5AtLeast3WithSelf: share(STUDY_FIGURES.trainTop5AtLeast3WithSelf),
    testAccuracy: share({
      label: 'Test accuracy',
      description: 'accuracy of the fine-tuned model on the scored test images',
    }),
    seeds: column.measure({ label: 'Seeds', format: 'count' }),
    solver: column.text({
      label: 'Solver',
      description:
        "'exact' (pseudo-inverse of the explicit Hessian) or 'scalable'; 'mixed' when seeds differ",
    }),
    cutoff: column.measure({
      label: 'Cutoff',
      description:
        'relative eigenvalue cutoff (rcond) of the pseudo-inverse; empty with damping or when seeds differ',
    }),
    rank: column.measure({
      // Not 'Rank': the summary view ranks its rows in a column of that name.
      label: 'H⁺ rank',
      format: 'count',
      description: 'eigenpairs kept above the cutoff (rounded mean over seeds); empty with damping',
    }),
  }),
  rows: ({ rows, models }) =>
    [...groupBy(tableTrials(rows), (t) => [t.target, t.depth, t.n, t.source]).values()].map((trials) => {
      const { target, depth, n, source } = trials[0]!;
      const figure = (pick: (t: TableTrial) => number | undefined) =>
        interval(trials.map(pick), { share: true });
      const ranks = trials.map((t) => t.details.rank).filter((r): r is number => r !== null);
      const cutoffs = [...new Set(trials.map((t) => t.details.cutoff))];
      return {
        target,
        depth,
        n,
        source,
        training: trainingKind(models, source),
        top1Match: figure((t) => t.metrics.top1Match),
        top5AtLeast3: figure((t) => t.metrics.top5AtLeast3),
        trainTop1Match: figure((t) => t.metrics.trainTop1Match),
        trainTop5AtLeast3: figure((t) => t.metrics.trainTop5AtLeast3),
        trainTop1MatchWithSelf: figure((t) => t.study.trainTop1MatchWithSelf),
        trainTop5AtLeast3WithSelf: figure((t) => t.study.trainTop5AtLeast3WithSelf),
        testAccuracy: figure((t) => t.testAccuracy),
        seeds: trials.length,
        solver: solverOf(trials),
        cutoff: cutoffs.length === 1 ? (cutoffs[0] ?? null) : null,
        rank: ranks.length > 0 ? Math.round(ranks.reduce((a, b) => a + b, 0) / ranks.length) : null,
      };
    }),
});
