/**
 * An approximation of H+ (or (H + damping I)^-1) as r orthonormal directions with weights, plus a
 * weight for everything orthogonal to them: H+ = V^T diag(w) V + rest (I - V^T V). The exact
 * solver's pseudo-inverse has rest 0; a damped low-rank approximation has rest 1 / damping.
 */
export interface InverseHessian {
  /** [r, P] row-major: one unit eigenvector per row. */
  readonly vectors: Float64Array;
  readonly weights: Float64Array;
  readonly rest: number;
  readonly rank: number;
  readonly size: number;
  /** 'exact' or 'scalable'. */
  readonly solver: 'exact' | 'scalable';
  readonly method: 'pinv' | 'damping';
  /** The relative cutoff used (rcond), null with damping. */
  readonly rcond: number | null;
  /** The largest eigenvalue found. */
  readonly largest: number;
}

/**
 * Progress of a long solve (steps done of all; Householder steps of the exact solver, Lanczos
 * steps of the scalable one). It may throw (a cancel) to stop the solve.
 */
export type SolveStep = (done: number, of: number) => void;

/** H+ v (or (H + damping I)^-1 v): V^T diag(w) V v + rest (v - V^T V v). */
export function applyInverse(inv: InverseHessian, v: Float64Array): Float64Array {
  const P = inv.size;
  const out = Float64Array.from(v, (x) => inv.rest * x);
  for (let k = 0; k < inv.rank; k++) {
    const row = inv.vectors.subarray(k * P, (k + 1) * P);
    let c = 0;
    for (let i = 0; i < P; i++) c += row[i]! * v[i]!;
    c *= inv.weights[k]! - inv.rest;
    for (let i = 0; i < P; i++) out[i]! += c * row[i]!;
  }
  return out;
}

export interface InverseOptions {
  /** Relative cutoff of the pseudo-inverse (used when damping is 0). */
  readonly rcond: number;
  /** > 0: (H + damping I)^-1. */
  readonly damping: number;
}

/**
 * Eigenpairs -> weights: the pseudo-inverse keeps eigenvalues above rcond x the largest (the
 * study's pinv: H is positive semi-definite, so |lambda| = lambda above the noise); damping keeps
 * every pair given (clamping float noise below 0).
 */
export function keepPairs(values: ArrayLike<number>, o: InverseOptions): { keep: number[]; weights: number[]; largest: number } {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]!));
  const keep: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (o.damping > 0) {
      keep.push(i);
      weights.push(1 / (Math.max(v, 0) + o.damping));
    } else if (v > o.rcond * largest && v > 0) {
      keep.push(i);
      weights.push(1 / v);
    }
  }
  return { keep, weights, largest };
}
