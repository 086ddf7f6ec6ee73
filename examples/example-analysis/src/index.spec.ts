import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { cleanAccuracy } from './index';

describe('clean-accuracy example analysis', () => {
  it('passes the conformance kit', async () => {
    await expect(assertConformance(cleanAccuracy)).resolves.toBeDefined();
  });

  it('expands one trial per model and computes accuracy equal to a direct count', async () => {
    const params = cleanAccuracy.params.parse({ models: ['linear'], limit: 8, batchSize: 3 });
    const trials = cleanAccuracy.expand(params);
    expect(trials).toHaveLength(1);
    const progress: number[] = [];
    const ctx = createTestContext({ onProgress: (f) => progress.push(f) });
    const result = await cleanAccuracy.run(trials[0]!, ctx);
    // Recount independently with one batch of all 8 images.
    const ds = await ctx.data.dataset('synthetic');
    const batch = await ds.read('test', [0, 1, 2, 3, 4, 5, 6, 7]);
    const logits = await ctx.engine.logits({ id: 'linear' }, batch.images);
    let correct = 0;
    for (let i = 0; i < 8; i++) if ((logits.data[2 * i + 1]! > logits.data[2 * i]! ? 1 : 0) === batch.labels[i]) correct++;
    expect(result.metrics.accuracy).toBeCloseTo(correct / 8, 10);
    expect(progress.at(-1)).toBe(1);
  });
});
