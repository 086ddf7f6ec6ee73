import { stratifiedSample } from '@transferlab/plugins-datasets';
import type { PluginContext, Split } from '@transferlab/sdk';

export interface LoadedSplit {
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly shape: readonly [number, number, number];
  readonly count: number;
}

/** A split in memory; `limit` takes a seeded, class-stratified sample (the platform's convention). */
export async function loadSplit(ctx: PluginContext, dataset: string, split: Split, limit: number | undefined, seed: number): Promise<LoadedSplit & { classes: number }> {
  const ds = await ctx.data.dataset(dataset);
  const labels = await ds.labels(split);
  const indices = limit !== undefined && limit < labels.length ? stratifiedSample(labels, limit, seed) : Int32Array.from(labels, (_, i) => i);
  const batch = await ds.read(split, indices);
  const [c, h, w] = ds.imageShape;
  return { images: batch.images.data, labels: batch.labels, shape: [c, h, w], count: indices.length, classes: ds.classes.length };
}

/** Mean and std of all pixels per channel (for the model's input normalisation). */
export function channelStats(s: LoadedSplit): { mean: number[]; std: number[] } {
  const [c, h, w] = s.shape;
  const mean: number[] = [];
  const std: number[] = [];
  for (let ch = 0; ch < c; ch++) {
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < s.count; i++) {
      const off = (i * c + ch) * h * w;
      for (let k = 0; k < h * w; k++) {
        const v = s.images[off + k]!;
        sum += v;
        sq += v * v;
      }
    }
    const n = s.count * h * w;
    const m = sum / n;
    mean.push(Number(m.toFixed(4)));
    std.push(Number(Math.sqrt(Math.max(sq / n - m * m, 1e-12)).toFixed(4)));
  }
  return { mean, std };
}
