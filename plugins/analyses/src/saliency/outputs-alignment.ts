import { column, defineTable, z } from '@transferlab/sdk';
import { interval } from '../shared';
import { completenessOf } from './completeness';
import { igSummary, igSummaryColumns } from './outputs-ig';
import { decodedTrials, methodDims, methodGroups, trainingKind, type SaliencyTableInput } from './outputs-trials';

/** Per dataset, setting, method and source: how much of the saliency lands on the object. */
export const alignmentTable = defineTable({
  description:
    "Each source's mean alignment (share of absolute saliency on the object over the object's area share; 1 = chance) and mass share with 95% intervals over the images, per dataset, setting and method; integrated gradients' completeness.",
  row: z.object({
    ...methodDims,
    alignment: column.interval({
      label: 'Alignment',
      description:
        "share of absolute saliency on the object over the object's area share (1 = chance), 95% interval over images",
    }),
    massShare: column.interval({
      label: 'Mass on object',
      format: 'share',
      description: 'share of absolute saliency on the object, 95% interval over images',
    }),
    accuracy: column.measure({
      label: 'Accuracy',
      format: 'share',
      description: "the mapped model's accuracy on the subset",
    }),
    transferAccuracy: column.measure({
      label: 'Fine-tuned accuracy',
      format: 'share',
      description: 'test accuracy after the fine-tuning (null: the source as it is)',
    }),
    completeShare: column.measure({
      label: 'Complete within 1%',
      format: 'share',
      description:
        "integrated gradients: share of images whose attributions sum to f(x) - f(x') within 1% (f the label's logit, x' the baseline)",
    }),
    completenessMedian: column.measure({
      label: 'Median completeness error',
      format: 'share',
      description: "integrated gradients: median |sum of attributions - (f(x) - f(x'))| / |f(x) - f(x')|",
    }),
    completenessWorst: column.measure({
      label: 'Worst completeness error',
      format: 'share',
      description: 'integrated gradients: the largest relative error over the images',
    }),
    completenessImages: column.measure({
      label: 'Images (completeness)',
      format: 'count',
      description: 'integrated gradients: images where f changes along the path (the error is defined)',
    }),
    ...igSummaryColumns,
  }),
  rows: ({ rows, models }: SaliencyTableInput) =>
    methodGroups(decodedTrials(rows)).flatMap((g) =>
      g.trials.map((t) => {
        const d = t.details;
        const ig =
          g.method === 'integrated-gradients' ? completenessOf(d.completeness, d.ig?.tolerance) : null;
        return {
          dataset: g.dataset,
          setting: g.setting,
          method: g.method,
          source: t.source,
          training: trainingKind(models, t.source),
          alignment: interval(d.ratio[g.method] ?? []),
          massShare: interval(d.massShare[g.method] ?? [], { share: true }),
          accuracy: d.predicted.filter((p, i) => p === d.labels[i]).length / Math.max(1, d.predicted.length),
          transferAccuracy: d.transfer?.testAccuracy ?? null,
          completeShare: ig?.withinOnePercent ?? null,
          completenessMedian: ig?.median ?? null,
          completenessWorst: ig?.max ?? null,
          completenessImages: ig?.images ?? null,
          ...igSummary(g.method, d),
        };
      }),
    ),
});
