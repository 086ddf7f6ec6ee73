import { defineAttack, z } from '@transferlab/sdk';

/** mulberry32: a tiny seeded generator so the same seed gives the same noise everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The smallest useful attack: uniform noise in the Linf ball of radius eps, clipped to [0,1].
 * A baseline against which gradient attacks are compared.
 */
export const uniformNoise = defineAttack({
  name: 'uniform-noise',
  version: '1.0.0',
  description: 'Uniform random noise inside an Linf ball of radius eps (a baseline, not a gradient attack).',
  params: z.object({
    eps: z.number().min(0).max(1).default(8 / 255).describe('Linf radius in [0,1] pixel units'),
    seed: z.number().int().min(0).default(0),
  }),
  async perturb({ model, batch }, params, ctx) {
    const rnd = random(params.seed);
    const data = batch.images.data.map((v) => Math.min(1, Math.max(0, v + (2 * rnd() - 1) * params.eps)));
    const images = { data, dims: batch.images.dims };
    const { loss } = await ctx.engine.inputGradient(model, images, batch.labels, { loss: 'cross-entropy' });
    return { images, loss };
  },
});
