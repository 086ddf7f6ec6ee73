import type { AnyPlugin } from '@transferlab/sdk';
import { apgdCe } from './apgd/apgd-ce';
import { apgdT } from './apgd/apgd-t';
import { fgsm } from './fgsm';
import { pgd } from './pgd';

export { apgdCe } from './apgd/apgd-ce';
export { apgdT } from './apgd/apgd-t';
export { apgdRun, type ApgdRunInput, type ApgdRunOptions, type ApgdRunResult } from './apgd/apgd-run';
export { BatchOutcome } from './batch-outcome';
export { fgsm } from './fgsm';
export { gradientAttack, type GradientAttackOptions } from './gradient-attack';
export { pgd } from './pgd';
export { AttackStep, L2Step, LinfStep, NORMS, STEPS, type Norm } from './steps';

/** The built-in attack plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [fgsm, pgd, apgdCe, apgdT];
