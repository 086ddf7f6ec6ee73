import { headFrom, hessianVector, type Head } from './head';

/** Logits [n, C] of features [n, K] under theta [C, K + 1] (class-major, bias last). */
export function headLogits(features: Float64Array, n: number, classes: number, theta: Float64Array): Float64Array {
  const k = features.length / Math.max(n, 1);
  const dim = k + 1;
  const z = new Float64Array(n * classes);
  for (let j = 0; j < n; j++)
    for (let c = 0; c < classes; c++) {
      let s = theta[c * dim + k]!;
      for (let i = 0; i < k; i++) s += theta[c * dim + i]! * features[j * k + i]!;
      z[j * classes + c] = s;
    }
  return z;
}

/** Summed cross-entropy of a head. */
export function headLoss(h: Head): number {
  let s = 0;
  for (let j = 0; j < h.n; j++) s -= Math.log(Math.max(h.p[j * h.classes + h.labels[j]!]!, 1e-300));
  return s;
}

/** Per-example cross-entropy of features under theta. */
export function exampleLosses(features: Float64Array, labels: Int32Array, classes: number, theta: Float64Array): Float64Array {
  const h = headFrom(features, headLogits(features, labels.length, classes, theta), labels, classes);
  return Float64Array.from(labels, (y, j) => -Math.log(Math.max(h.p[j * classes + y]!, 1e-300)));
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

export interface FitOptions {
  /** L2 penalty mu / 2 |theta|^2 (the damping of the matching influence). */
  readonly damping: number;
  /** Start (warm start for leave-one-out refits); default zeros. */
  readonly init?: Float64Array;
  /** Stop when |gradient| is below this. */
  readonly tol?: number;
  readonly maxNewton?: number;
  /** Applies an approximation of (H + mu I)^-1 (refits: the full fit's), preconditioning the CG steps. */
  readonly precondition?: (v: Float64Array) => Float64Array;
}

/**
 * The depth-0 fine-tuning problem solved to float64 precision: argmin sum_j CE_j(theta) + mu/2 |theta|^2
 * over a softmax-regression head on fixed features, by Newton's method with conjugate-gradient
 * steps on closed-form Hessian-vector products (convex: the minimiser is unique, so a refit
 * without some images is the exact answer a leave-one-out check needs).
 */
export function fitHead(features: Float64Array, labels: Int32Array, classes: number, o: FitOptions): Float64Array {
  const n = labels.length;
  const dim = features.length / Math.max(n, 1) + 1;
  const P = dim * classes;
  const theta = o.init ? Float64Array.from(o.init) : new Float64Array(P);
  const tol = o.tol ?? 1e-10;
  const objective = (t: Float64Array): number => headLoss(headFrom(features, headLogits(features, n, classes, t), labels, classes)) + (o.damping / 2) * dot(t, t);
  const hv = new Float64Array(P);
  for (let it = 0; it < (o.maxNewton ?? 50); it++) {
    const h = headFrom(features, headLogits(features, n, classes, theta), labels, classes);
    const g = Float64Array.from(theta, (v) => o.damping * v);
    for (let j = 0; j < n; j++) for (let c = 0; c < classes; c++) for (let k = 0; k < dim; k++) g[c * dim + k]! += h.r[j * classes + c]! * h.x[j * dim + k]!;
    const gnorm = Math.sqrt(dot(g, g));
    if (gnorm < tol) break;
    // Preconditioned CG on (H + mu I) d = -g; inexact Newton (forcing term min(0.1, |g|)): quadratic convergence near the optimum.
    const forcing = Math.min(0.1, gnorm) * gnorm;
    const d = new Float64Array(P);
    const r = Float64Array.from(g, (v) => -v);
    let z = o.precondition ? o.precondition(r) : Float64Array.from(r);
    const q = Float64Array.from(z);
    let rz = dot(r, z);
    for (let cg = 0; cg < 4 * P && Math.sqrt(dot(r, r)) > forcing; cg++) {
      hessianVector(h, q, hv);
      for (let i = 0; i < P; i++) hv[i]! += o.damping * q[i]!;
      const a = rz / dot(q, hv);
      for (let i = 0; i < P; i++) {
        d[i]! += a * q[i]!;
        r[i]! -= a * hv[i]!;
      }
      z = o.precondition ? o.precondition(r) : Float64Array.from(r);
      const next = dot(r, z);
      const b = next / rz;
      rz = next;
      for (let i = 0; i < P; i++) q[i] = z[i]! + b * q[i]!;
    }
    // Backtracking: a full Newton step unless it does not decrease the objective.
    const f0 = objective(theta);
    let step = 1;
    for (; step > 1e-8; step /= 2) {
      const trial = Float64Array.from(theta, (v, i) => v + step * d[i]!);
      if (objective(trial) <= f0 + 1e-4 * step * dot(g, d)) break;
    }
    for (let i = 0; i < P; i++) theta[i]! += step * d[i]!;
  }
  return theta;
}
