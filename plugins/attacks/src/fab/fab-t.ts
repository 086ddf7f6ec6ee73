import { defineAttack, z } from '@transferlab/sdk';
import { checkCancelled, finishRun, startRun, toAttack, type AttackRun } from '../attack-run';
import { eps, norm, restarts, seed, steps, targetClasses } from '../common-params';
import { gatherRows, pick } from '../rows';
import { rankedTargets } from '../targets';
import { fabRun, type FabRunOptions } from './fab-run';

export interface FabSettings extends Omit<FabRunOptions, 'randomStart'> {
  readonly restarts: number;
  readonly targetClasses: number;
}

/**
 * FAB-T on the examples still to attack: for k = 1..targetClasses (capped at classes - 1),
 * `restarts` runs toward the class with the k-th largest other logit at the clean point (random
 * start from the second restart on, as the reference). An example counts as fooled when an
 * adversarial point within eps is found; the others are left as they were.
 */
export async function fabTComponent(run: AttackRun, s: FabSettings, name = 'fab-t'): Promise<void> {
  const ranked = rankedTargets(run);
  const size = run.outcome.size;
  for (let k = 0; k < Math.min(s.targetClasses, run.classes - 1); k++) {
    for (let r = 0; r < s.restarts; r++) {
      checkCancelled(run.ctx);
      const rows = toAttack(run);
      if (rows.length === 0) return;
      const res = await fabRun(
        {
          model: run.model,
          orig: gatherRows(run.batch.images.data, rows, size),
          dims: [rows.length, ...run.batch.images.dims.slice(1)],
          labels: pick(run.batch.labels, rows),
          targets: Int32Array.from(rows, (i) => ranked[i]?.[k] ?? 0),
        },
        { ...s, randomStart: r > 0 },
        run.random,
        run.ctx,
      );
      rows.forEach((i, j) => {
        if ((res.norm[j] ?? Infinity) <= s.eps) run.outcome.fool(i, res.adv.subarray(j * size, (j + 1) * size), res.norm[j] ?? 0, name);
      });
    }
  }
}

/** FAB, targeted (Croce & Hein 2020), AutoAttack's third attack: minimal perturbations toward the boundary. */
export const fabT = defineAttack({
  name: 'fab-t',
  version: '1.0.0',
  description:
    'Targeted Fast Adaptive Boundary attack (L2 or Linf): projections onto the linearised boundary z_t - z_y = 0 within the box, one run per target class (the k-th most likely other class at the clean point); an example counts as fooled when a point within eps is found.',
  params: z
    .object({
      norm,
      eps,
      steps: steps(100),
      restarts: restarts(1),
      targetClasses: targetClasses(9),
      alphaMax: z.number().min(0).max(1).default(0.1),
      eta: z.number().min(1).max(2).default(1.05).describe('overshoot of the projection'),
      beta: z.number().gt(0).max(1).default(0.9).describe('backward step toward the original once adversarial'),
      seed,
    })
    .strict(),
  async perturb(input, p, ctx) {
    const run = await startRun(input, p.seed, ctx);
    await fabTComponent(run, p);
    return finishRun(run);
  },
});
