import { column, defineTable, z } from '@transferlab/sdk';
import { interval, shareInterval } from '../../shared';
import { curveSets, seedArea } from './curve-sets';
import { storedTrials } from './stored-trials';
import { threatGroups } from './threat-groups';

const keyColumns = {
  dataset: column.dimension(z.string(), { label: 'Dataset' }),
  norm: column.dimension(z.string(), { label: 'Norm' }),
  attack: column.dimension(z.string(), {
    label: 'Attack',
    description: "an attack of the run, or 'worst-case': per example over every attack of the run",
  }),
  source: column.model({ label: 'Source' }),
};

/** Robust accuracy against eps, from eps 0 (the clean accuracy), per source and attack. */
export const curvesTable = defineTable({
  description:
    "Robust accuracy against eps per dataset, norm, attack (or 'worst-case') and source, means over seeds with 95% intervals over images and seeds; the eps 0 point is the clean accuracy.",
  row: z.object({
    ...keyColumns,
    eps: column.dimension(z.number(), { label: 'ε', description: 'budget in [0,1] pixel units; 0: clean' }),
    accuracy: column.interval({ label: 'Robust accuracy', format: 'share' }),
  }),
  rows: ({ rows }) =>
    curveSets(threatGroups(storedTrials(rows))).flatMap((c) => {
      const key = { dataset: c.dataset, norm: c.norm, attack: c.attack, source: c.source };
      const points = c.grid.flatMap((eps) => {
        const values = c.seeds.flatMap((s) => {
          const share = s.points.get(eps);
          return share === undefined ? [] : [{ share, n: s.images }];
        });
        return values.length > 0 ? [{ ...key, eps, accuracy: shareInterval(values) }] : [];
      });
      return [{ ...key, eps: 0, accuracy: shareInterval(c.clean) }, ...points];
    }),
});

/** One number per curve: the normalised area under it. */
export const aucTable = defineTable({
  description:
    "Area under robust accuracy vs eps from eps 0 (clean) to the largest eps, divided by that eps (accuracy units), per dataset, norm, attack (or 'worst-case') and source; means over seeds with 95% intervals.",
  row: z.object({
    ...keyColumns,
    auc: column.interval({ label: 'AUC', format: 'share' }),
    clean: column.interval({ label: 'Clean', format: 'share' }),
  }),
  rows: ({ rows }) =>
    curveSets(threatGroups(storedTrials(rows))).map((c) => ({
      dataset: c.dataset,
      norm: c.norm,
      attack: c.attack,
      source: c.source,
      // An area is no count of images: its Student-t interval over seeds, clipped to [0, 1].
      auc: interval(c.seeds.map(seedArea), { share: true }),
      clean: shareInterval(c.clean),
    })),
});
