import { exactInverse } from './exact';
import { headSize, type Head } from './head';
import type { InverseHessian, SolveStep } from './inverse';
import { lanczosInverse } from './lanczos';
import type { SolverChoice } from './params';

export interface SolveOptions {
  readonly solver: SolverChoice;
  /** Largest head 'auto' solves exactly. */
  readonly exactMaxParams: number;
  readonly rcond: number;
  readonly damping: number;
  readonly lanczosSteps: number;
  readonly seed?: number;
  /** Progress of the solve; a throw (a cancel) stops it. */
  readonly onSolveStep?: SolveStep;
}

/** The solver a head gets: 'auto' is exact up to exactMaxParams parameters (its eigendecomposition grows as P^3). */
export function solverFor(h: Pick<Head, 'dim' | 'classes'>, o: Pick<SolveOptions, 'solver' | 'exactMaxParams'>): 'exact' | 'scalable' {
  if (o.solver !== 'auto') return o.solver;
  return headSize(h) <= o.exactMaxParams ? 'exact' : 'scalable';
}

export function solve(h: Head, o: SolveOptions): InverseHessian {
  const inv = { rcond: o.rcond, damping: o.damping };
  return solverFor(h, o) === 'exact'
    ? exactInverse(h, inv, o.onSolveStep)
    : lanczosInverse(h, { ...inv, steps: o.lanczosSteps, seed: o.seed ?? 0 }, o.onSolveStep);
}
