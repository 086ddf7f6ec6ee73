import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { uniformNoise } from './index';

describe('uniform-noise example attack', () => {
  it('passes the conformance kit', async () => {
    await expect(assertConformance(uniformNoise, { params: { eps: 0.1 } })).resolves.toBeDefined();
  });

  it('stays inside the eps ball and the [0,1] box, and is deterministic for a seed', async () => {
    const ctx = createTestContext();
    const batch = await (await ctx.data.dataset('synthetic')).read('test', [0, 1, 2]);
    const params = uniformNoise.params.parse({ eps: 0.05, seed: 3 });
    const a = await uniformNoise.perturb({ model: { id: 'linear' }, batch }, params, ctx);
    const b = await uniformNoise.perturb({ model: { id: 'linear' }, batch }, params, ctx);
    expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
    a.images.data.forEach((v, i) => {
      expect(Math.abs(v - batch.images.data[i]!)).toBeLessThanOrEqual(0.05 + 1e-7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    });
    expect(a.images.data.some((v, i) => v !== batch.images.data[i])).toBe(true);
  });
});
