import { column, defineTable, z } from '@transferlab/sdk';
import { byText, groupBy } from '../../shared';
import { budgetColumn, settingColumns, sourceColumns } from './columns';
import { trialOutcomes, type TrialOutcomes } from './outcomes';
import { baselineResolver, settingsOf, trainingKind, type TransferTableInput } from './sweep';

const countColumn = (label: string, description: string) =>
  column.measure({ label, format: 'count', description });

interface Trial {
  readonly source: string;
  readonly n: number;
  readonly seed: number;
  readonly outcomes: TrialOutcomes;
}

/** A trial's outcome by image index: 0 not tested, 1 wrong, 2 right (typed arrays: a full test split is thousands of images). */
function byIndex(o: TrialOutcomes, size: number): Uint8Array {
  const out = new Uint8Array(size);
  o.index.forEach((index, at) => {
    if (index < size) out[index] = 1 + o.right[at]!;
  });
  return out;
}

/**
 * Per test image: whether each source's fine-tuned models got it right, over seeds, and how
 * often that differs from the baseline's model of the same seed (the same training subset).
 * Only trials that keep a per-image outcome (per-image.ts) give rows.
 */
export const examplesTable = defineTable({
  description:
    'Per test image of each target: the share of seeds whose fine-tuned model classifies it correctly, per source, depth, learning rate and number of training images, and the seeds where the source is right and the baseline wrong (gains) or the reverse (losses).',
  row: z.object({
    image: column.image({ label: 'Image', description: 'a test image of the target' }),
    ...settingColumns,
    ...sourceColumns,
    n: budgetColumn,
    correct: column.measure({
      label: 'Right',
      format: 'share',
      description: 'share of seeds whose fine-tuned model classifies the image correctly',
    }),
    right: countColumn('Seeds right', 'seeds whose fine-tuned model classifies the image correctly'),
    seeds: countColumn('Seeds', 'seeds whose fine-tuned model was tested on the image'),
    baseline: column.text({ label: 'Baseline' }),
    gains: countColumn('Gains', 'paired seeds where this source is right and the baseline wrong'),
    losses: countColumn('Losses', 'paired seeds where this source is wrong and the baseline right'),
  }),
  rows: (input: TransferTableInput) => {
    const baselineOf = baselineResolver(input);
    return settingsOf(input.rows).flatMap((s) => {
      const baseline = baselineOf(s);
      const trials: Trial[] = s.rows.map((r, i) => ({
        source: r.source,
        n: r.n,
        seed: r.seed,
        outcomes: trialOutcomes(s.stored[i]!.details, r.accuracy),
      }));
      // One past the largest image index any trial of the setting tested.
      const size = trials.reduce((m, t) => t.outcomes.index.reduce((a, i) => Math.max(a, i + 1), m), 0);
      if (size === 0) return [];
      const baselineAt = new Map(
        trials.filter((t) => t.source === baseline).map((t) => [`${t.n}|${t.seed}`, t.outcomes]),
      );
      const cells = [...groupBy(trials, (t) => [t.source, t.n]).values()].sort(
        (a, b) => byText(a[0]!.source, b[0]!.source) || a[0]!.n - b[0]!.n,
      );
      return cells.flatMap((cell) => {
        const { source, n } = cell[0]!;
        const contrast = baseline !== undefined && source !== baseline;
        const [right, seeds, gains, losses] = [0, 0, 0, 0].map(() => new Uint32Array(size)) as [
          Uint32Array,
          Uint32Array,
          Uint32Array,
          Uint32Array,
        ];
        for (const t of cell) {
          const paired = contrast ? baselineAt.get(`${n}|${t.seed}`) : undefined;
          const base = paired && byIndex(paired, size);
          t.outcomes.index.forEach((index, at) => {
            const ok = t.outcomes.right[at] === 1;
            seeds[index]!++;
            if (ok) right[index]!++;
            if (base?.[index] === 1 && ok) gains[index]!++;
            if (base?.[index] === 2 && !ok) losses[index]!++;
          });
        }
        const rows = [];
        for (let index = 0; index < size; index++) {
          if (seeds[index] === 0) continue;
          rows.push({
            image: { dataset: s.target, split: 'test' as const, index },
            target: s.target,
            depth: s.depth,
            lr: s.lr,
            source,
            training: trainingKind(input.models, source),
            n,
            correct: right[index]! / seeds[index]!,
            right: right[index]!,
            seeds: seeds[index]!,
            baseline: baseline ?? null,
            gains: contrast ? gains[index]! : null,
            losses: contrast ? losses[index]! : null,
          });
        }
        return rows;
      });
    });
  },
});
