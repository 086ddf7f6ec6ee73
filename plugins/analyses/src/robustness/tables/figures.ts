import { column, defineTable, z, type TableInput } from '@transferlab/sdk';
import { byText } from '../../shared';
import { boardTable } from './board';

const normRank = (norm: string): number => (norm === 'Linf' ? 0 : 1);

/**
 * What the catalog shows beside each model (the outputs' `modelFigures`): per threat model the
 * measured robust accuracy beside the model record's, the budget as written, and the failed checks.
 */
export const figuresTable = defineTable({
  description:
    "Per source, dataset and threat model: the robust accuracy the run measured (per example the worst case over its attacks) beside the one the model record states; a threat model's largest budget first.",
  row: z.object({
    source: column.model({ label: 'Source' }),
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    eps: column.dimension(z.number(), { label: 'ε', description: 'budget in [0,1] pixel units' }),
    manifest: column.measure({
      format: 'share',
      label: 'Manifest',
      description:
        "the model record's stated robust accuracy (the zoo's, PGD on its own sample); null when it states none",
    }),
    measured: column.interval({
      format: 'share',
      label: 'Measured',
      description:
        "per example the worst case over the run's attacks, mean over seeds with its 95% interval over images and seeds",
    }),
    budget: column.text({ label: 'Budget', description: 'ε as written: 8/255 for Linf steps of 1/255' }),
    attacks: column.text({ label: 'Attacks' }),
    flags: column.text({
      label: 'Failed checks',
      format: 'warning',
      description: 'failed reliability checks under this norm: potentially unreliable; null when none',
    }),
  }),
  rows: (input: TableInput) =>
    boardTable
      .rows(input)
      .map((r) => ({
        source: r.source,
        dataset: r.dataset,
        norm: r.norm,
        eps: r.eps,
        manifest: r.manifest,
        measured: r.robust,
        budget: r.epsLabel,
        attacks: r.attacks,
        flags: r.flags,
      }))
      // Linf first (the study's order), then the largest budget first: the headline figure leads.
      .sort(
        (a, b) =>
          byText(a.source, b.source) ||
          byText(a.dataset, b.dataset) ||
          normRank(a.norm) - normRank(b.norm) ||
          byText(a.norm, b.norm) ||
          b.eps - a.eps,
      ),
});
