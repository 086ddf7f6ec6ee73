import { column, defineTable, z } from '@transferlab/sdk';
import { igEvidence, igEvidenceColumns } from './outputs-ig';
import { decodedTrials, trainingKind, type SaliencyTableInput } from './outputs-trials';

/**
 * Per test image and source: what the (mapped) model predicts and how aligned each method's map
 * is, for every image of the subset (maps are kept for the first images only: they are in the
 * `maps` table, which has the same image key).
 */
export const evidenceTable = defineTable({
  description:
    'Per test image and source: the prediction and each method’s alignment ratio on that image (the per-example view joins it by image).',
  row: z.object({
    image: column.image({ label: 'Image' }),
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    index: column.dimension(z.number(), { label: 'Test index', format: 'count' }),
    setting: column.dimension(z.string(), { label: 'Model' }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), { label: 'Training' }),
    label: column.dimension(z.number(), { label: 'Label', format: 'class' }),
    predicted: column.dimension(z.number(), {
      label: 'Predicted',
      format: 'class',
      description: "the mapped model's class (the fine-tuned one with transfer)",
    }),
    areaShare: column.measure({
      label: 'Object area',
      format: 'share',
      description: "share of the image's pixels that are object",
    }),
    gradientAlignment: column.measure({ label: 'Alignment (gradient)', description: '1 = chance' }),
    smoothgradAlignment: column.measure({ label: 'Alignment (SmoothGrad)', description: '1 = chance' }),
    igAlignment: column.measure({ label: 'Alignment (integrated gradients)', description: '1 = chance' }),
    igCompleteness: column.measure({
      label: 'IG completeness error',
      format: 'share',
      description: "|sum of attributions - (f(x) - f(x'))| / |f(x) - f(x')| on this image (x' the baseline)",
    }),
    ...igEvidenceColumns,
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    decodedTrials(rows).flatMap((t) => {
      const d = t.details;
      const training = trainingKind(models, t.source);
      return d.indices.map((index, i) => ({
        image: { dataset: t.images, split: 'test' as const, index },
        dataset: t.dataset,
        index,
        setting: t.setting,
        source: t.source,
        training,
        label: d.labels[i] ?? -1,
        predicted: d.predicted[i] ?? -1,
        areaShare: d.areaShare[i] ?? null,
        gradientAlignment: d.ratio.gradient?.[i] ?? null,
        smoothgradAlignment: d.ratio.smoothgrad?.[i] ?? null,
        igAlignment: d.ratio['integrated-gradients']?.[i] ?? null,
        igCompleteness: d.completeness?.[i] ?? null,
        ...igEvidence(d, i),
      }));
    }),
});
