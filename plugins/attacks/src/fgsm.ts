import { defineAttack, ATTACK_LOSS_KINDS, z } from '@transferlab/sdk';
import { gradientAttack } from './gradient-attack';
import { NORMS } from './steps';

/**
 * Fast gradient sign method (Goodfellow et al.): one step of size eps. With a random start it is
 * "FGSM-RS" (Wong et al., fast adversarial training): start uniformly in the ball, one step of
 * stepSize (default 1.25 * eps), project.
 */
export const fgsm = defineAttack({
  name: 'fgsm',
  version: '1.0.0',
  description: 'One-step gradient attack (L2 or Linf); with randomStart it is FGSM-RS for fast adversarial training.',
  params: z
    .object({
      norm: z.enum(NORMS).default('Linf'),
      eps: z.number().min(0).max(100).default(8 / 255),
      stepSize: z.number().positive().optional().describe('default eps, or 1.25 * eps with randomStart'),
      randomStart: z.boolean().default(false),
      loss: z.enum(ATTACK_LOSS_KINDS).default('cross-entropy'),
      seed: z.number().int().min(0).default(0),
    })
    .strict(),
  perturb(input, p, ctx) {
    const stepSize = p.stepSize ?? (p.randomStart ? 1.25 * p.eps : p.eps);
    return gradientAttack(input, { ...p, stepSize, steps: 1, restarts: 1 }, ctx);
  },
});
