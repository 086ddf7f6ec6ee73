import type { LossKind } from '@transferlab/sdk';
import { checkCancelled, toAttack, type AttackRun } from '../attack-run';
import { gatherRows, pick } from '../rows';
import type { Norm } from '../steps';
import { rankedTargets } from '../targets';
import { apgdRun } from './apgd-run';

export interface ApgdSettings {
  readonly norm: Norm;
  readonly eps: number;
  readonly steps: number;
  readonly restarts: number;
  readonly rho: number;
}

/**
 * One APGD run on the examples still to attack, its results entered into the outcome: fooled
 * examples keep their first adversarial point, the others their best point by `loss`.
 */
async function runOnPending(run: AttackRun, s: ApgdSettings, loss: LossKind, name: string, targetOf?: (i: number) => number): Promise<void> {
  checkCancelled(run.ctx);
  const rows = toAttack(run);
  if (rows.length === 0) return;
  const size = run.outcome.size;
  const r = await apgdRun(
    {
      model: run.model,
      orig: gatherRows(run.batch.images.data, rows, size),
      dims: [rows.length, ...run.batch.images.dims.slice(1)],
      labels: pick(run.batch.labels, rows),
      ...(targetOf ? { targets: Int32Array.from(rows, targetOf) } : {}),
    },
    { norm: s.norm, eps: s.eps, steps: s.steps, rho: s.rho, loss },
    run.random,
    run.ctx,
  );
  rows.forEach((i, j) => {
    const point = (a: Float32Array) => a.subarray(j * size, (j + 1) * size);
    if (r.fooled[j]) run.outcome.fool(i, point(r.adv), r.advLoss[j] ?? 0, name);
    else run.outcome.offer(i, point(r.best), r.bestLoss[j] ?? 0, r.bestLoss[j] ?? -Infinity, loss);
  });
}

/** APGD-CE: `restarts` runs on cross-entropy, each on the examples not fooled by the previous. */
export async function apgdCeComponent(run: AttackRun, s: ApgdSettings, name = 'apgd-ce'): Promise<void> {
  for (let r = 0; r < s.restarts; r++) await runOnPending(run, s, 'cross-entropy', name);
}

export const DLR_MIN_CLASSES = 4;

/**
 * APGD-T: for k = 1..targetClasses (capped at classes - 1), `restarts` runs on the targeted DLR
 * loss toward the class with the k-th largest other logit at the clean point, each on the
 * examples still not fooled. Success is any misclassification, as in the reference.
 */
export async function apgdTComponent(run: AttackRun, s: ApgdSettings & { readonly targetClasses: number }, name = 'apgd-t'): Promise<void> {
  if (run.classes < DLR_MIN_CLASSES) {
    throw new Error(`${name}: the targeted DLR loss needs at least ${DLR_MIN_CLASSES} classes; model '${run.model.id}' has ${run.classes}`);
  }
  const ranked = rankedTargets(run);
  for (let k = 0; k < Math.min(s.targetClasses, run.classes - 1); k++) {
    for (let r = 0; r < s.restarts; r++) await runOnPending(run, s, 'targeted-dlr', name, (i) => ranked[i]?.[k] ?? 0);
  }
}
