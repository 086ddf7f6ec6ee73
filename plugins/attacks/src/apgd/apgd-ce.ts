import { defineAttack, z } from '@transferlab/sdk';
import { finishRun, startRun } from '../attack-run';
import { eps, norm, restarts, rho, seed, steps } from '../common-params';
import { apgdCeComponent } from './apgd-component';

/** APGD with cross-entropy (Croce & Hein 2020), the first attack of AutoAttack. */
export const apgdCe = defineAttack({
  name: 'apgd-ce',
  version: '1.0.0',
  description:
    'Auto-PGD on cross-entropy (Croce & Hein 2020): adaptive step size with checkpoints, momentum, random start; L2 or Linf. Stops at the first adversarial point; only clean-correct examples are attacked.',
  params: z.object({ norm, eps, steps: steps(100), restarts: restarts(1), rho, seed }).strict(),
  async perturb(input, p, ctx) {
    const run = await startRun(input, p.seed, ctx);
    await apgdCeComponent(run, p);
    return finishRun(run);
  },
});
