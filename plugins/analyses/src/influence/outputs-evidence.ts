import { column, defineTable, z } from '@transferlab/sdk';
import type { InfluenceDetails } from './details';
import { SCORE_MEANING, seedColumn, settingColumns, trainingColumn } from './outputs-columns';
import { tableTrials, trainingKind } from './outputs-trials';

const evidenceRow = z.object({
  image: column.image({ label: 'Test image', description: 'the key the per-example page joins on' }),
  ...settingColumns,
  training: trainingColumn,
  seed: seedColumn,
  label: column.dimension(z.number(), { label: 'Class', format: 'class' }),
  predicted: column.dimension(z.number().nullable(), {
    label: 'Predicted',
    format: 'class',
    description: "the fine-tuned model's prediction",
  }),
  correct: column.dimension(z.string().nullable(), {
    label: 'Correct',
    description: "'yes' when the fine-tuned model classifies the image right; empty without a prediction",
  }),
  helpful: column.image({ label: 'Most helpful', description: 'the training image with the largest score' }),
  helpfulLabel: column.dimension(z.number(), { label: 'Most helpful: class', format: 'class' }),
  helpfulScore: column.measure({ label: 'Most helpful: score', description: SCORE_MEANING }),
  harmful: column.image({ label: 'Most harmful', description: 'the training image with the smallest score' }),
  harmfulLabel: column.dimension(z.number(), { label: 'Most harmful: class', format: 'class' }),
  harmfulScore: column.measure({ label: 'Most harmful: score', description: SCORE_MEANING }),
});
type EvidenceRow = z.output<typeof evidenceRow>;

/** The first training image of a ranked list: its train-split index, class and score. */
function first(
  d: InfluenceDetails,
  positions: readonly number[] | undefined,
  scores: readonly number[] | undefined,
): { index: number; label: number; score: number | null } | undefined {
  const p = positions?.[0];
  const index = p === undefined ? undefined : d.trainIndices[p];
  if (p === undefined || index === undefined) return undefined;
  return { index, label: d.trainLabels[p] ?? -1, score: scores?.[0] ?? null };
}

/**
 * Per test image, source and trial: what the fine-tuned model predicted and the one training image
 * that helped that prediction most and the one that hurt it most. Keyed by the test image, so the
 * per-example page joins it with other analyses' evidence for the same image.
 */
export const evidenceTable = defineTable({
  description:
    "Per scored test image and trial (target, depth, n, seed, source): the fine-tuned model's prediction, and its most helpful and most harmful training images with their scores.",
  row: evidenceRow,
  rows: ({ rows, models }) =>
    tableTrials(rows).flatMap((t) => {
      const d = t.details;
      const training = trainingKind(models, t.source);
      const out: EvidenceRow[] = [];
      d.testIndices.forEach((index, i) => {
        const [h, b] = [
          first(d, d.helpful[i], d.helpfulScores[i]),
          first(d, d.harmful[i], d.harmfulScores[i]),
        ];
        // Every trial stores at least one of each (galleryK >= 1): a test image without them is left out.
        if (!h || !b) return;
        const label = d.testLabels[i] ?? -1;
        const predicted = d.predicted[i] ?? null;
        out.push({
          image: { dataset: t.dataset, split: 'test', index },
          target: t.target,
          depth: t.depth,
          n: t.n,
          source: t.source,
          training,
          seed: t.seed,
          label,
          predicted,
          correct: predicted === null ? null : predicted === label ? 'yes' : 'no',
          helpful: { dataset: t.dataset, split: 'train', index: h.index },
          helpfulLabel: h.label,
          helpfulScore: h.score,
          harmful: { dataset: t.dataset, split: 'train', index: b.index },
          harmfulLabel: b.label,
          harmfulScore: b.score,
        });
      });
      return out.sort((x, y) => x.image.index - y.image.index);
    }),
});
