import type { AttackStep } from './attack-step';
import { L2Step } from './l2-step';
import { LinfStep } from './linf-step';

export const NORMS = ['Linf', 'L2'] as const;
export type Norm = (typeof NORMS)[number];

type StepClass = new (orig: Float32Array, size: number, eps: number, stepSize: number, random: () => number) => AttackStep;

/** Norm name -> step class, as in the robustness library. */
export const STEPS: Readonly<Record<Norm, StepClass>> = { Linf: LinfStep, L2: L2Step };

export { AttackStep } from './attack-step';
export { L2Step, LinfStep };
