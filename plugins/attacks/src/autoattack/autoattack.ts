import { defineAttack, z } from '@transferlab/sdk';
import { apgdCeComponent, apgdTComponent, DLR_MIN_CLASSES } from '../apgd/apgd-component';
import { eps, norm, seed } from '../common-params';
import { fabTComponent } from '../fab/fab-t';
import { squareComponent } from '../square/square';
import type { Norm } from '../steps';
import { runEnsemble, type EnsembleComponent } from './ensemble';

const override = (what: string) => z.number().int().min(1).optional().describe(`overrides the reference's ${what} (to cut the budget)`);

export interface Overrides {
  readonly norm: Norm;
  readonly eps: number;
  readonly steps?: number | undefined;
  readonly targetClasses?: number | undefined;
  readonly queries?: number | undefined;
}

/** The reference's settings for the 'standard' version (the fast one without FAB-T and Square), with the overrides applied. */
export function components(p: Overrides, withFabAndSquare: boolean): EnsembleComponent[] {
  const base = { norm: p.norm, eps: p.eps, steps: p.steps ?? 100, restarts: 1, rho: 0.75 };
  const targetClasses = p.targetClasses ?? 9;
  const apgd: EnsembleComponent[] = [
    { name: 'apgd-ce', attack: (run) => apgdCeComponent(run, base) },
    {
      name: 'apgd-t',
      unsupported: (run) => (run.classes < DLR_MIN_CLASSES ? `the targeted DLR loss needs at least ${DLR_MIN_CLASSES} classes; the model has ${run.classes}` : undefined),
      attack: (run) => apgdTComponent(run, { ...base, targetClasses }),
    },
  ];
  if (!withFabAndSquare) return apgd;
  return [
    ...apgd,
    { name: 'fab-t', attack: (run) => fabTComponent(run, { ...base, targetClasses, alphaMax: 0.1, eta: 1.05, beta: 0.9 }) },
    { name: 'square', attack: (run) => squareComponent(run, { norm: p.norm, eps: p.eps, queries: p.queries ?? 5000, pInit: 0.8 }) },
  ];
}

/** AutoAttack, 'standard' version (Croce & Hein 2020): APGD-CE, APGD-T, FAB-T, Square. */
export const autoattackStandard = defineAttack({
  name: 'autoattack-standard',
  version: '1.0.0',
  description:
    "AutoAttack 'standard': APGD-CE (100 steps, 1 restart), APGD-T (100 steps, 9 target classes), FAB-T (100 steps, 9 target classes) and Square (5000 queries), each on the examples still classified correctly. APGD-T is skipped on models with fewer than 4 classes.",
  params: z.object({ norm, eps, seed, steps: override('100 gradient steps'), targetClasses: override('9 target classes'), queries: override('5000 Square queries') }).strict(),
  perturb(input, p, ctx) {
    return runEnsemble('autoattack-standard', input, p.seed, components(p, true), ctx);
  },
});

/** AutoAttack's fast version: APGD-CE then APGD-T. */
export const autoattackFast = defineAttack({
  name: 'autoattack-fast',
  version: '1.0.0',
  description:
    "AutoAttack's fast subset: APGD-CE (100 steps, 1 restart) then APGD-T (100 steps, 9 target classes) on the examples still classified correctly. APGD-T is skipped on models with fewer than 4 classes.",
  params: z.object({ norm, eps, seed, steps: override('100 gradient steps'), targetClasses: override('9 target classes') }).strict(),
  perturb(input, p, ctx) {
    return runEnsemble('autoattack-fast', input, p.seed, components(p, false), ctx);
  },
});
