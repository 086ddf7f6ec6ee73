import { column, defineTable, z, type ModelFacts } from '@transferlab/sdk';
import { byText, epsLabel, groupBy, shareInterval } from '../../shared';
import { bestKnownFigures, pairLabel, STANDARD } from './best-known-figures';
import { storedTrials } from './stored-trials';

const share = { format: 'share' } as const;

/**
 * RobustBench's "best known" column across evaluations: per model, dataset, norm and eps, the
 * lowest robust accuracy any combination of this analysis's runs so far reached on the same
 * images, the attacks and runs that reached it, and the gap to AutoAttack-standard.
 */
export const bestKnownTable = defineTable({
  description:
    "Per source, dataset, norm and eps, over this run and every earlier robustness run: the best-known robust accuracy on the reference images (AutoAttack-standard's, else the largest evaluation's), per image the worst case over every attack that ever ran on it, with its 95% interval over the images; the attacks and runs that reached it; and AutoAttack-standard's own figure on the same images.",
  scope: 'history',
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    eps: column.dimension(z.number(), { label: 'ε', description: 'budget in [0,1] pixel units' }),
    epsLabel: column.text({ label: 'Budget' }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), {
      label: 'Training',
      description: 'natural or adversarial, from the model record (unknown: no record)',
    }),
    bestKnown: column.interval({
      ...share,
      label: 'Best known',
      description:
        'share of the reference images no attack of any run ever fooled (misclassified unattacked counts as fooled), with its Wilson interval over the images',
    }),
    standard: column.measure({
      ...share,
      label: 'AutoAttack-standard',
      description:
        "AutoAttack-standard's robust accuracy on the same images; null when it did not cover them",
    }),
    gap: column.measure({
      ...share,
      label: 'Gap',
      description:
        'AutoAttack-standard minus best known: how much lower other attacks went (0: the standard figure holds)',
    }),
    reachedBy: column.text({
      label: 'Reached by',
      description:
        'the attacks whose fooled images make up the best-known figure, fewest first found (greedy cover), each with its run',
    }),
    mark: column.text({
      label: 'Non-standard',
      format: 'warning',
      description:
        'set when the best-known figure is below AutoAttack-standard (a non-standard attack found more) or no AutoAttack-standard evaluation covers the images',
    }),
    images: column.measure({
      format: 'count',
      label: 'Images',
      description: 'reference images the figures are over',
    }),
    basis: column.text({ label: 'Reference images', description: 'whose images the figures are over' }),
    attacks: column.text({
      label: 'Attacks',
      description: 'every attack (and its run) that ran on these images at this eps',
    }),
    runs: column.measure({
      format: 'count',
      label: 'Runs',
      description: 'robustness runs that evaluated these images at this eps',
    }),
  }),
  rows: ({ rows, models }) =>
    [...groupBy(storedTrials(rows), (t) => [t.source, t.dataset, t.norm]).values()]
      .flatMap((trials) => {
        const { source, dataset, norm } = trials[0]!;
        return bestKnownFigures(trials).map((f) => ({
          dataset,
          norm,
          eps: f.eps,
          epsLabel: epsLabel(norm, f.eps),
          source,
          training: trainingOf(models.get(source)),
          bestKnown: shareInterval([{ share: f.bestKnown, n: f.images }]),
          standard: f.standard,
          gap: f.standard === null ? null : f.standard - f.bestKnown,
          reachedBy: f.reachedBy.length > 0 ? f.reachedBy.map(pairLabel).join(' + ') : null,
          mark: markOf(f.standard, f.bestKnown, f.reachedBy),
          images: f.images,
          basis: f.basis,
          attacks: f.pairs.map(pairLabel).join(', '),
          runs: new Set(f.pairs.map((p) => p.runId)).size,
        }));
      })
      .sort(
        (a, b) =>
          byText(a.dataset, b.dataset) ||
          byText(a.norm, b.norm) ||
          a.eps - b.eps ||
          (a.bestKnown?.mean ?? 0) - (b.bestKnown?.mean ?? 0) ||
          byText(a.source, b.source),
      ),
});

const trainingOf = (facts: ModelFacts | undefined): string => facts?.training.kind ?? 'unknown';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The leaderboard's mark: a figure that AutoAttack-standard alone does not give. */
function markOf(
  standard: number | null,
  bestKnown: number,
  reachedBy: readonly { readonly attack: string }[],
): string | null {
  if (standard === null) return 'no AutoAttack-standard evaluation of these images';
  if (bestKnown < standard) {
    const others = [...new Set(reachedBy.map((p) => p.attack).filter((a) => a !== STANDARD))];
    return `${others.join(', ') || 'other attacks'} lowered AutoAttack-standard's ${pct(standard)} to ${pct(bestKnown)}`;
  }
  return null;
}
