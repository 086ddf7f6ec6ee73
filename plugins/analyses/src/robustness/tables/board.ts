import { column, defineTable, z, type ModelFacts } from '@transferlab/sdk';
import { byText, epsLabel, manifestRobustAccuracy, shareInterval } from '../../shared';
import { flagRows } from './flag-rows';
import { storedTrials } from './stored-trials';
import { robustUnderAll, shareTrue, threatGroups } from './threat-groups';

const share = { format: 'share' } as const;

/** The source's training as its model record states it ('unknown' and nulls for a model without a record). */
function training(facts: ModelFacts | undefined) {
  return {
    training: facts?.training.kind ?? 'unknown',
    trainingNorm: facts?.training.norm ?? null,
    trainingEps: facts?.training.eps ?? null,
  };
}

/** RobustBench's leaderboard: one row per dataset, threat model (norm, eps) and source. */
export const boardTable = defineTable({
  description:
    'Per dataset, norm, eps and source: clean accuracy and robust accuracy (per example the worst case over every attack of the run), means over seeds with 95% intervals over images and seeds, beside the figure the model record states and the failed reliability checks.',
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    eps: column.dimension(z.number(), { label: 'ε', description: 'budget in [0,1] pixel units' }),
    epsLabel: column.text({ label: 'Budget', description: 'ε as written: 8/255 for Linf steps of 1/255' }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), {
      label: 'Training',
      description: 'natural or adversarial, from the model record (unknown: no record)',
    }),
    trainingNorm: column.dimension(z.string().nullable(), { label: 'Trained norm' }),
    trainingEps: column.dimension(z.number().nullable(), { label: 'Trained ε' }),
    clean: column.interval({ ...share, label: 'Clean', description: 'accuracy on the unattacked subset' }),
    robust: column.interval({
      ...share,
      label: 'Robust',
      description: 'per example the worst case over every attack of the run: robust only if none fooled it',
    }),
    manifest: column.measure({
      ...share,
      label: 'Manifest',
      description:
        "the model record's stated robust accuracy at this norm and eps (the zoo's `robust:<norm>:<eps>`, PGD on its own sample); null when it states none",
    }),
    attacks: column.text({ label: 'Attacks', description: 'the attacks of the run under this norm' }),
    flags: column.text({
      label: 'Failed checks',
      format: 'warning',
      description:
        'failed reliability checks of this source under this norm (any eps, attack or seed): potentially unreliable; null when none',
    }),
    passesPerImage: column.measure({
      label: 'Passes / image',
      description: '(forward + backward) image passes per image of the subset, mean over the trials',
    }),
  }),
  rows: ({ rows, models }) => {
    const groups = threatGroups(storedTrials(rows));
    const flags = flagRows(groups);
    return groups.flatMap((g) => {
      const attacks = g.attacks.join(', ');
      return g.grid.flatMap((eps) =>
        g.sources
          .flatMap((s) => {
            const robust = s.seeds.flatMap(({ trials }) => {
              const r = robustUnderAll(trials, eps);
              return r ? [{ share: shareTrue(r), n: r.length }] : [];
            });
            if (robust.length === 0) return [];
            const names = [
              ...new Set(
                flags
                  .filter((f) => f.source === s.source && f.dataset === g.dataset && f.norm === g.norm)
                  .map((f) => f.check),
              ),
            ].sort(byText);
            const facts = models.get(s.source);
            return [
              {
                dataset: g.dataset,
                norm: g.norm,
                eps,
                epsLabel: epsLabel(g.norm, eps),
                source: s.source,
                ...training(facts),
                clean: shareInterval(s.seeds.map((x) => ({ share: x.clean, n: x.images }))),
                robust: shareInterval(robust),
                manifest: facts ? manifestRobustAccuracy(facts.metrics, g.norm, eps) : null,
                attacks,
                flags: names.length > 0 ? names.join(', ') : null,
                passesPerImage: s.trials.reduce((a, t) => a + t.passesPerImage, 0) / s.trials.length,
              },
            ];
          })
          // Best robust accuracy first, as the leaderboard ranks them.
          .sort((a, b) => (b.robust?.mean ?? 0) - (a.robust?.mean ?? 0) || byText(a.source, b.source)),
      );
    });
  },
});
