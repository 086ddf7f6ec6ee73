import { column, defineTable, z } from '@transferlab/sdk';
import { exampleOutcomes, outcomeColumns } from './examples';
import { transferredTrials, type TransferredTrial } from './transferred-trials';

/** One transferred trial's per-example rows (as the sources' own examples say it). */
const trialExamples = (t: TransferredTrial) =>
  exampleOutcomes(t, t.target).map((e) => ({
    ...e,
    source: t.source,
    depth: t.depth,
    n: t.n,
    seed: t.seed,
    norm: t.norm,
    attack: t.attack,
  }));

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
    ...outcomeColumns,
  }),
  rows: ({ rows }) => transferredTrials(rows).flatMap(trialExamples),
});
