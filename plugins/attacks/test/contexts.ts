import type { ImageBatch, PluginContext, Tensor } from '@transferlab/sdk';
import { createTestContext, LinearEngine, seededRandom } from '@transferlab/sdk/testing';
import { expect } from 'vitest';

export const model = { id: 'linear' };

/** The test context with a linear model of `classes` classes on the synthetic 1x4x4 images. */
export function linearContext(classes: number, seed = 5, bias?: number[]): PluginContext {
  const rnd = seededRandom(seed);
  const weights = Float32Array.from({ length: classes * 16 }, () => rnd() - 0.5);
  return { ...createTestContext(), engine: new LinearEngine(weights, Float32Array.from(bias ?? Array.from({ length: classes }, () => 0)), classes) };
}

/**
 * A 10-class linear model that classifies the synthetic images well: classes 0 (dark) and 1
 * (bright) as the test context's model, eight weaker random classes besides.
 */
export function tenClassContext(): PluginContext {
  const rnd = seededRandom(7);
  const weights = Float32Array.from({ length: 10 * 16 }, (_, i) => (i < 16 ? -(0.5 + rnd() * 0.1) : i < 32 ? 0.5 + rnd() * 0.1 : (rnd() - 0.5) * 0.2));
  const bias = Float32Array.from({ length: 10 }, (_, k) => (k === 0 ? 4 : k === 1 ? -4 : 0));
  return { ...createTestContext(), engine: new LinearEngine(weights, bias, 10) };
}

export async function syntheticBatch(ctx: PluginContext, n = 8): Promise<ImageBatch> {
  return (await ctx.data.dataset('synthetic')).read('test', Array.from({ length: n }, (_, i) => i));
}

/** Mid-grey images: the [0,1] box is inactive for small eps, so closed forms hold. */
export function greyBatch(labels: number[]): ImageBatch {
  return { images: { data: new Float32Array(labels.length * 16).fill(0.5), dims: [labels.length, 1, 4, 4] }, labels: Int32Array.from(labels) };
}

/** Every returned image within the eps ball (L2 or Linf) of its clean image and in [0,1]. */
export function expectInBallAndBox(clean: Tensor, adv: Tensor, norm: 'Linf' | 'L2', eps: number): void {
  const n = clean.dims[0] ?? 0;
  const size = clean.data.length / n;
  for (let i = 0; i < n; i++) {
    let l2 = 0;
    let linf = 0;
    for (let j = i * size; j < (i + 1) * size; j++) {
      const d = adv.data[j]! - clean.data[j]!;
      l2 += d * d;
      linf = Math.max(linf, Math.abs(d));
      expect(adv.data[j]).toBeGreaterThanOrEqual(0);
      expect(adv.data[j]).toBeLessThanOrEqual(1);
    }
    expect(norm === 'Linf' ? linf : Math.sqrt(l2)).toBeLessThanOrEqual(eps + 1e-5);
  }
}

/** Whether each image is misclassified, recomputed with the engine. */
export async function misclassified(ctx: PluginContext, images: Tensor, labels: Int32Array, of: { readonly id: string } = model): Promise<boolean[]> {
  const z = await ctx.engine.logits(of, images);
  const c = z.data.length / labels.length;
  return Array.from(labels, (y, i) => {
    const row = Array.from(z.data.subarray(i * c, (i + 1) * c));
    return row.indexOf(Math.max(...row)) !== y;
  });
}
