import { defineAnalysis, z } from '@transferlab/sdk';

/** Clean test accuracy of each source model on one dataset: one trial per model. */
export const cleanAccuracy = defineAnalysis({
  name: 'clean-accuracy',
  version: '1.0.0',
  description: "Clean accuracy of source models on a dataset's test split (first `limit` images).",
  params: z.object({
    models: z.array(z.string().min(1)).min(1).default(['linear']),
    dataset: z.string().min(1).default('synthetic'),
    limit: z.number().int().min(1).max(100_000).default(1000),
    batchSize: z.number().int().min(1).max(4096).default(256),
  }),
  expand(params) {
    return params.models.map((model) => ({
      config: { model, dataset: params.dataset, limit: params.limit, batchSize: params.batchSize },
    }));
  },
  async run(trial, ctx) {
    const { model, dataset, limit, batchSize } = trial.config as {
      model: string;
      dataset: string;
      limit: number;
      batchSize: number;
    };
    const ds = await ctx.data.dataset(dataset);
    const n = Math.min(limit, ds.sizes.test);
    let correct = 0;
    for (let start = 0; start < n; start += batchSize) {
      const idx = Array.from({ length: Math.min(batchSize, n - start) }, (_, i) => start + i);
      const batch = await ds.read('test', idx);
      const logits = await ctx.engine.logits({ id: model }, batch.images);
      const classes = logits.dims[1] ?? 1;
      idx.forEach((_, i) => {
        const row = logits.data.subarray(i * classes, (i + 1) * classes);
        if (row.indexOf(Math.max(...row)) === batch.labels[i]) correct++;
      });
      ctx.progress.report((start + idx.length) / n, `${start + idx.length}/${n} images`);
    }
    return { metrics: { accuracy: correct / n, images: n } };
  },
});
