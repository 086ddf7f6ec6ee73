import { column, defineTable, z } from '@transferlab/sdk';
import { flagRows } from './flag-rows';
import { storedTrials } from './stored-trials';
import { threatGroups } from './threat-groups';

/** Every failed reliability check of the run, with what it said. */
export const flagsTable = defineTable({
  description:
    "Failed reliability checks (AutoAttack's): those each trial ran, a black-box attack fooling what every white-box attack missed ('all'), and the worst case's accuracy rising with eps ('worst-case').",
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    source: column.model({ label: 'Source' }),
    attack: column.dimension(z.string(), {
      label: 'Attack',
      description:
        "the trial's attack; 'all': a check across the attacks; 'worst-case': the worst case's curve",
    }),
    seed: column.dimension(z.number(), { label: 'Seed' }),
    check: column.dimension(z.string(), { label: 'Check' }),
    message: column.text({ label: 'Message' }),
  }),
  rows: ({ rows }) => flagRows(threatGroups(storedTrials(rows))),
});
