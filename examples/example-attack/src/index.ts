import { defineAttack, seededRandom, z } from '@transferlab/sdk';

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
    const rnd = seededRandom(params.seed);
    const data = batch.images.data.map((v) => Math.min(1, Math.max(0, v + (2 * rnd() - 1) * params.eps)));
    const images = { data, dims: batch.images.dims };
    const { loss } = await ctx.engine.inputGradient(model, images, batch.labels, { loss: 'cross-entropy' });
    return { images, loss };
  },
});
