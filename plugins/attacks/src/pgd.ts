import { defineAttack, ATTACK_LOSS_KINDS, z } from '@transferlab/sdk';
import { gradientAttack } from './gradient-attack';
import { NORMS } from './steps';

/** Projected gradient descent (Madry et al.) in an L2 or Linf ball, in [0,1] pixel space. */
export const pgd = defineAttack({
  name: 'pgd',
  version: '1.0.0',
  description: 'Projected gradient attack (L2 or Linf) with random start and restarts; eps in [0,1] pixel units.',
  params: z
    .object({
      norm: z.enum(NORMS).default('Linf'),
      eps: z.number().min(0).max(100).default(8 / 255),
      stepSize: z.number().positive().optional().describe('default 2.5 * eps / steps'),
      steps: z.number().int().min(1).max(10_000).default(20),
      randomStart: z.boolean().default(true),
      restarts: z.number().int().min(1).max(100).default(1),
      loss: z.enum(ATTACK_LOSS_KINDS).default('cross-entropy'),
      seed: z.number().int().min(0).default(0),
    })
    .strict(),
  perturb(input, p, ctx) {
    return gradientAttack(input, { ...p, stepSize: p.stepSize ?? (2.5 * p.eps) / p.steps }, ctx);
  },
});
