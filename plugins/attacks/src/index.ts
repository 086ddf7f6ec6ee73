import type { AnyPlugin } from '@transferlab/sdk';
import { fgsm } from './fgsm';
import { pgd } from './pgd';

export { fgsm } from './fgsm';
export { gradientAttack, type GradientAttackOptions } from './gradient-attack';
export { pgd } from './pgd';
export { AttackStep, L2Step, LinfStep, NORMS, STEPS, type Norm } from './steps';

/** The built-in attack plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [fgsm, pgd];
