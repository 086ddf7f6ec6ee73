import type { AnyPlugin } from '@transferlab/sdk';
import { apgdCe } from './apgd/apgd-ce';
import { apgdT } from './apgd/apgd-t';
import { autoattackFast, autoattackStandard } from './autoattack/autoattack';
import { fabT } from './fab/fab-t';
import { fgsm } from './fgsm';
import { pgd } from './pgd';
import { square } from './square/square';

export { apgdCe } from './apgd/apgd-ce';
export { apgdT } from './apgd/apgd-t';
export { apgdRun, type ApgdRunInput, type ApgdRunOptions, type ApgdRunResult } from './apgd/apgd-run';
export { autoattackFast, autoattackStandard } from './autoattack/autoattack';
export { BatchOutcome } from './batch-outcome';
export { fabT } from './fab/fab-t';
export { fgsm } from './fgsm';
export { gradientAttack, type GradientAttackOptions } from './gradient-attack';
export { pgd } from './pgd';
export { square } from './square/square';
export { AttackStep, L2Step, LinfStep, NORMS, STEPS, type Norm } from './steps';

/** The built-in attack plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [fgsm, pgd, apgdCe, apgdT, fabT, square, autoattackFast, autoattackStandard];
