import { defineAttack, z } from '@transferlab/sdk';
import { finishRun, startRun } from '../attack-run';
import { eps, norm, restarts, rho, seed, steps, targetClasses } from '../common-params';
import { apgdTComponent } from './apgd-component';

/** APGD with the targeted DLR loss (Croce & Hein 2020), AutoAttack's second attack. */
export const apgdT = defineAttack({
  name: 'apgd-t',
  version: '1.0.0',
  description:
    'Targeted Auto-PGD on the targeted DLR loss: one run per target class (the k-th most likely other class at the clean point), each on the examples not yet fooled. Needs at least 4 classes; input.targets is ignored.',
  params: z.object({ norm, eps, steps: steps(100), restarts: restarts(1), targetClasses: targetClasses(9), rho, seed }).strict(),
  async perturb(input, p, ctx) {
    const run = await startRun(input, p.seed, ctx);
    await apgdTComponent(run, p);
    return finishRun(run);
  },
});
