import { column, defineTable, z, type AnalysisOutputs, type ResultRow } from '@transferlab/sdk';
import type { Mistake } from './run-trial';
import { wilson } from './wilson';

const model = (r: ResultRow): string => String(r.config.model);
const dataset = (r: ResultRow): string => String(r.config.dataset);

/** Models ranked by clean accuracy, with its 95% Wilson interval over the images. */
const accuracy = defineTable({
  description:
    'Clean accuracy of each model on the first `limit` test images, with feature and gradient norms.',
  row: z.object({
    model: column.model({ label: 'Model' }),
    kind: column.dimension(z.string(), {
      label: 'Training',
      description: 'natural or adversarial, from the model record',
    }),
    accuracy: column.interval({
      label: 'Accuracy',
      format: 'share',
      description: 'share of test images classified correctly (95% Wilson interval)',
    }),
    images: column.measure({ label: 'Images', format: 'count' }),
    meanFeatureNorm: column.measure({
      label: 'Feature norm',
      description: 'mean L2 norm of the penultimate features',
    }),
    meanGradientNorm: column.measure({
      label: 'Gradient norm',
      description: 'mean L2 norm of d cross-entropy / d pixels',
    }),
  }),
  rows: ({ rows, models }) =>
    rows.map((r) => {
      const images = r.metrics.images ?? 0;
      const mean = r.metrics.accuracy ?? 0;
      const { low, high } = wilson(Math.round(mean * images), images);
      return {
        model: model(r),
        kind: models.get(model(r))?.training.kind ?? 'unknown',
        accuracy: { mean, low, high, n: images },
        images,
        meanFeatureNorm: r.metrics.meanFeatureNorm ?? null,
        meanGradientNorm: r.metrics.meanGradientNorm ?? null,
      };
    }),
});

/** Running accuracy after each batch: how fast the estimate settles. */
const runningAccuracy = defineTable({
  description: 'Accuracy over the images seen so far, after each batch.',
  row: z.object({
    model: column.model({ label: 'Model' }),
    images: column.dimension(z.number(), { label: 'Images seen', format: 'count' }),
    accuracy: column.measure({ label: 'Accuracy', format: 'share' }),
  }),
  rows: ({ rows }) =>
    rows.flatMap((r) =>
      (r.series ?? []).map((s) => ({ model: model(r), images: s.images ?? 0, accuracy: s.accuracy ?? null })),
    ),
});

/** Each model's most confident mistakes, as dataset images. */
const mistakes = defineTable({
  description: "Each model's most confidently misclassified test images.",
  row: z.object({
    model: column.model({ label: 'Model' }),
    image: column.image({ label: 'Image' }),
    label: column.dimension(z.number(), { label: 'Label' }),
    predicted: column.dimension(z.number(), { label: 'Predicted' }),
    confidence: column.measure({
      label: 'Confidence',
      format: 'share',
      description: 'softmax probability of the predicted class',
    }),
  }),
  rows: ({ rows }) =>
    rows.flatMap((r) =>
      ((r.details?.mistakes ?? []) as Mistake[]).map((m) => ({
        model: model(r),
        image: { dataset: dataset(r), split: 'test' as const, index: m.index },
        label: m.label,
        predicted: m.predicted,
        confidence: m.confidence,
      })),
    ),
});

export const outputs: AnalysisOutputs = {
  tables: { accuracy, 'running-accuracy': runningAccuracy, mistakes },
  summary: 'accuracy',
  views: [
    {
      kind: 'table',
      title: 'Models by clean accuracy',
      table: 'accuracy',
      rank: { by: 'accuracy', order: 'desc' },
    },
    {
      kind: 'series',
      title: 'Running accuracy',
      table: 'running-accuracy',
      x: 'images',
      y: 'accuracy',
      series: 'model',
      xScale: 'log2',
    },
    {
      kind: 'gallery',
      title: 'Most confident mistakes',
      table: 'mistakes',
      image: 'image',
      caption: ['model', 'label', 'predicted', 'confidence'],
      facets: ['model'],
    },
    {
      kind: 'evidence',
      title: 'Confident mistake',
      table: 'mistakes',
      image: 'image',
      show: ['model', 'predicted', 'confidence'],
    },
  ],
};
