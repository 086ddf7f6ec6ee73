import { column, defineTable, z } from '@transferlab/sdk';
import { transferredTrials, type TransferredTrial } from './transferred-trials';

/** How an example fared over a trial's eps grid (as the sources' own examples say it). */
const OUTCOMES = ['misclassified', 'fooled', 'robust'] as const;

function trialExamples(t: TransferredTrial) {
  const { indices, labels, minEps, minEpsAttack } = t.details;
  if (!indices || !minEps) return [];
  const maxEps = Math.max(0, ...t.outcomes.keys());
  return indices.map((index, i) => {
    const min = minEps[i] ?? null;
    return {
      image: { dataset: t.target, split: 'test' as const, index },
      source: t.source,
      depth: t.depth,
      n: t.n,
      seed: t.seed,
      norm: t.norm,
      attack: t.attack,
      label: labels?.[i] ?? null,
      outcome: min === null ? OUTCOMES[2] : min === 0 ? OUTCOMES[0] : OUTCOMES[1],
      minEps: min,
      fooledBy: min === 0 ? 'clean' : (minEpsAttack?.[i] ?? null),
      maxEps,
    };
  });
}

/** Per target test image and transferred model: whether the attack fooled it, and at which eps first. */
export const transferExamplesTable = defineTable({
  description:
    "Per test image of a target's subset and transferred trial (source fine-tuned with n images at a depth and seed, attacked under a norm): misclassified unattacked, fooled within the eps grid, or robust at every eps; the smallest eps of the grid that fools it and the attack that did.",
  row: z.object({
    image: column.image({ label: 'Image' }),
    source: column.model({ label: 'Source' }),
    depth: column.dimension(z.string(), { label: 'Depth' }),
    n: column.dimension(z.number(), { label: 'n', format: 'count' }),
    seed: column.dimension(z.number(), { label: 'Seed' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    attack: column.dimension(z.string(), { label: 'Attack' }),
    label: column.dimension(z.number().nullable(), { label: 'Label' }),
    outcome: column.dimension(z.string(), { label: 'Outcome', description: 'misclassified (unattacked), fooled (at some eps of the grid) or robust (at every eps)' }),
    minEps: column.measure({ label: 'Smallest fooling ε', description: 'smallest eps of the grid that fools the transferred model; 0: misclassified clean; null: robust at every eps' }),
    fooledBy: column.text({ label: 'Fooled by', description: "the attack or ensemble component that fooled it at that eps; 'clean' when misclassified" }),
    maxEps: column.measure({ label: 'Largest ε tried' }),
  }),
  rows: ({ rows }) => transferredTrials(rows).flatMap(trialExamples),
});
