import { column, defineTable, z } from '@transferlab/sdk';
import { storedTrials, type StoredTrial } from './stored-trials';

/** How an example fared over a trial's eps grid. */
const OUTCOMES = ['misclassified', 'fooled', 'robust'] as const;

/**
 * A trial's per-example outcomes on the test images of `dataset`, when it stored its subset's
 * indices and smallest fooling eps (for the sources' own trials and transferred ones alike).
 */
export function exampleOutcomes(t: Pick<StoredTrial, 'details' | 'outcomes'>, dataset: string) {
  const { indices, labels, minEps, minEpsAttack } = t.details;
  if (!indices || !minEps) return [];
  const maxEps = Math.max(0, ...t.outcomes.keys());
  return indices.map((index, i) => {
    const min = minEps[i] ?? null;
    return {
      image: { dataset, split: 'test' as const, index },
      label: labels?.[i] ?? null,
      outcome: min === null ? OUTCOMES[2] : min === 0 ? OUTCOMES[0] : OUTCOMES[1],
      minEps: min,
      fooledBy: min === 0 ? 'clean' : (minEpsAttack?.[i] ?? null),
      maxEps,
    };
  });
}

/** One trial's per-example rows. */
const trialExamples = (t: StoredTrial) =>
  exampleOutcomes(t, t.dataset).map((e) => ({
    ...e,
    source: t.source,
    norm: t.norm,
    attack: t.attack,
    seed: t.seed,
  }));

/** The outcome columns every per-example robustness table ends with (`exampleOutcomes` fills them). */
export const outcomeColumns = {
  label: column.dimension(z.number().nullable(), { label: 'Label' }),
  outcome: column.dimension(z.string(), {
    label: 'Outcome',
    description: 'misclassified (unattacked), fooled (at some eps of the grid) or robust (at every eps)',
  }),
  minEps: column.measure({
    label: 'Smallest fooling ε',
    description: 'smallest eps of the grid that fools it; 0: misclassified clean; null: robust at every eps',
  }),
  fooledBy: column.text({
    label: 'Fooled by',
    description: "the attack or ensemble component that fooled it at that eps; 'clean' when misclassified",
  }),
  maxEps: column.measure({ label: 'Largest ε tried' }),
};

/** Per test image and trial: whether the attack fooled it, and at which eps first. */
export const examplesTable = defineTable({
  description:
    'Per test image of the subset and trial (source, norm, attack, seed): misclassified clean, fooled within the eps grid, or robust at every eps; the smallest eps of the grid that fools it and the attack (ensemble component) that did.',
  row: z.object({
    image: column.image({ label: 'Image' }),
    source: column.model({ label: 'Source' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    attack: column.dimension(z.string(), { label: 'Attack' }),
    seed: column.dimension(z.number(), { label: 'Seed' }),
    ...outcomeColumns,
  }),
  rows: ({ rows }) => storedTrials(rows).flatMap(trialExamples),
});
