import { defineAnalysis, z, type PluginContext, type TrialResult } from '@transferlab/sdk';

const params = z
  .object({
    models: z.array(z.string().min(1).max(200)).min(1).max(64).default(['linear']),
    dataset: z.string().min(1).max(200).default('synthetic'),
    limit: z.number().int().min(1).max(100_000).default(1000),
    batchSize: z.number().int().min(1).max(4096).default(256),
  })
  .strict();

const trialConfig = z.object({ model: z.string(), dataset: z.string(), limit: z.number().int(), batchSize: z.number().int() });

const l2 = (v: Float32Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/**
 * Per model: clean accuracy (logits), the mean L2 norm of the penultimate features (features)
 * and the mean L2 norm of the cross-entropy gradient with respect to the pixels (inputGradient),
 * on the first `limit` test images. Stops between batches when the run is cancelled.
 */
async function runTrial(config: z.output<typeof trialConfig>, ctx: PluginContext): Promise<TrialResult> {
  const { model, dataset, limit, batchSize } = config;
  const ds = await ctx.data.dataset(dataset);
  const ref = { id: model };
  const n = Math.min(limit, ds.sizes.test);
  let correct = 0;
  let featureNorm = 0;
  let gradientNorm = 0;
  for (let start = 0; start < n; start += batchSize) {
    ctx.signal.throwIfAborted();
    const idx = Array.from({ length: Math.min(batchSize, n - start) }, (_, i) => start + i);
    const batch = await ds.read('test', idx);
    const logits = await ctx.engine.logits(ref, batch.images);
    const features = await ctx.engine.features(ref, batch.images);
    const { gradient } = await ctx.engine.inputGradient(ref, batch.images, batch.labels, { loss: 'cross-entropy' });
    const classes = logits.dims[1] ?? 1;
    const k = features.data.length / idx.length;
    const d = gradient.data.length / idx.length;
    idx.forEach((_, i) => {
      const row = logits.data.subarray(i * classes, (i + 1) * classes);
      if (row.indexOf(Math.max(...row)) === batch.labels[i]) correct++;
      featureNorm += l2(features.data.subarray(i * k, (i + 1) * k));
      gradientNorm += l2(gradient.data.subarray(i * d, (i + 1) * d));
    });
    ctx.progress.report((start + idx.length) / n, `${start + idx.length}/${n} images`);
  }
  return { metrics: { accuracy: correct / n, images: n, meanFeatureNorm: featureNorm / n, meanGradientNorm: gradientNorm / n } };
}

/** Clean accuracy, feature and gradient norms of source models on one dataset: one trial per model. */
export const cleanAccuracy = defineAnalysis({
  name: 'clean-accuracy',
  version: '2.0.0',
  description: "Clean accuracy, mean feature norm and mean input-gradient norm of source models on a dataset's test split (first `limit` images).",
  params,
  expand(p) {
    return p.models.map((model) => ({
      config: { model, dataset: p.dataset, limit: p.limit, batchSize: p.batchSize },
      uses: { models: [model], datasets: [p.dataset] },
    }));
  },
  run: (trial, ctx) => runTrial(trialConfig.parse(trial.config), ctx),
  resultFields: {
    metrics: {
      accuracy: 'share of test images classified correctly',
      images: 'test images used',
      meanFeatureNorm: 'mean L2 norm of the penultimate features',
      meanGradientNorm: 'mean L2 norm of d cross-entropy / d pixels',
    },
  },
  /** Models ranked by accuracy. */
  aggregate(rows) {
    return rows
      .map((r) => ({ model: String(r.config.model), accuracy: r.metrics.accuracy ?? 0, meanGradientNorm: r.metrics.meanGradientNorm ?? 0 }))
      .sort((a, b) => b.accuracy - a.accuracy || (a.model < b.model ? -1 : 1));
  },
});
