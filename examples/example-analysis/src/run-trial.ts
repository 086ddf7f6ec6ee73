import type { PluginContext, TrialResult } from '@transferlab/sdk';
import { z } from '@transferlab/sdk';

export const trialConfig = z.object({
  model: z.string(),
  dataset: z.string(),
  limit: z.number().int(),
  batchSize: z.number().int(),
});
export type TrialConfig = z.output<typeof trialConfig>;

/** A misclassified test image as the trial keeps it (the gallery's rows). */
export interface Mistake {
  readonly index: number;
  readonly label: number;
  readonly predicted: number;
  /** Softmax probability of the predicted class. */
  readonly confidence: number;
}

/** How many of the most confident mistakes a trial keeps. */
export const MISTAKES_KEPT = 8;

const l2 = (v: Float32Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/** Softmax probability of the largest logit, and its class. */
function top(row: Float32Array): { predicted: number; confidence: number } {
  const m = Math.max(...row);
  const sum = row.reduce((s, v) => s + Math.exp(v - m), 0);
  return { predicted: row.indexOf(m), confidence: 1 / sum };
}

/**
 * Per model: clean accuracy (logits), the mean L2 norm of the penultimate features (features)
 * and the mean L2 norm of the cross-entropy gradient with respect to the pixels (inputGradient),
 * on the first `limit` test images; the running accuracy after each batch (series) and the most
 * confident mistakes (details). Stops between batches when the run is cancelled.
 */
export async function runTrial(config: TrialConfig, ctx: PluginContext): Promise<TrialResult> {
  const { model, dataset, limit, batchSize } = config;
  const ds = await ctx.data.dataset(dataset);
  const ref = { id: model };
  const n = Math.min(limit, ds.sizes.test);
  let correct = 0;
  let featureNorm = 0;
  let gradientNorm = 0;
  const curve: { images: number; accuracy: number }[] = [];
  let mistakes: Mistake[] = [];
  for (let start = 0; start < n; start += batchSize) {
    ctx.signal.throwIfAborted();
    const idx = Array.from({ length: Math.min(batchSize, n - start) }, (_, i) => start + i);
    const batch = await ds.read('test', idx);
    const logits = await ctx.engine.logits(ref, batch.images);
    const features = await ctx.engine.features(ref, batch.images);
    const { gradient } = await ctx.engine.inputGradient(ref, batch.images, batch.labels, {
      loss: 'cross-entropy',
    });
    const classes = logits.dims[1] ?? 1;
    const k = features.data.length / idx.length;
    const d = gradient.data.length / idx.length;
    idx.forEach((index, i) => {
      const { predicted, confidence } = top(logits.data.subarray(i * classes, (i + 1) * classes));
      const label = batch.labels[i]!;
      if (predicted === label) correct++;
      else mistakes.push({ index, label, predicted, confidence });
      featureNorm += l2(features.data.subarray(i * k, (i + 1) * k));
      gradientNorm += l2(gradient.data.subarray(i * d, (i + 1) * d));
    });
    mistakes = mistakes
      .sort((a, b) => b.confidence - a.confidence || a.index - b.index)
      .slice(0, MISTAKES_KEPT);
    const seen = start + idx.length;
    curve.push({ images: seen, accuracy: correct / seen });
    ctx.progress.report(seen / n, `${seen}/${n} images`);
  }
  return {
    metrics: {
      accuracy: correct / n,
      images: n,
      meanFeatureNorm: featureNorm / n,
      meanGradientNorm: gradientNorm / n,
    },
    series: curve,
    details: { mistakes },
  };
}
