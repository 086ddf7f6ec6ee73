import { seededRandom } from '@transferlab/sdk';
import { headSize, hessianVector, type Head } from './head';
import { keepPairs, type InverseHessian, type InverseOptions, type SolveStep } from './inverse';
import { eigenvaluesFrom, eigenvectors } from './tridiagonal-eigen';

export interface LanczosOptions extends InverseOptions {
  /** Most Lanczos steps (Krylov dimension). */
  readonly steps: number;
  /** Ritz pairs count as converged when their residual is under tol x the largest eigenvalue. */
  readonly tol?: number;
  readonly seed?: number;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Ritz values (ascending) and vectors of the m x m tridiagonal (alpha, beta) (the exact solver's bisection and inverse iteration). */
function ritz(alpha: readonly number[], beta: readonly number[], m: number): Ritz {
  const d = Float64Array.from(alpha.slice(0, m));
  const e = Float64Array.from(beta.slice(0, m - 1));
  const values = eigenvaluesFrom(d, e, 0);
  const z = eigenvectors(d, e, values);
  return { values: Array.from(values), component: (row, col) => z[col * m + row]! };
}

/** Ritz pairs: `component(k, i)` is the k-th entry of the i-th vector. */
interface Ritz {
  readonly values: number[];
  readonly component: (row: number, col: number) => number;
}

/**
 * The scalable solver: Lanczos with full reorthogonalisation on matrix-free Hessian-vector
 * products (closed form, O(nP) each), stopped once every Ritz pair above the cutoff has converged
 * and one Ritz value lies below it (or at `steps`). H+ is approximated by the converged top
 * eigenpairs (the pseudo-inverse with the study's relative cutoff); with damping, by those
 * pairs with weight 1 / (lambda + damping) and 1 / damping on the rest of the space.
 */
export function lanczosInverse(h: Head, o: LanczosOptions, onStep?: SolveStep): InverseHessian {
  const P = headSize(h);
  const steps = Math.min(o.steps, P);
  const tol = o.tol ?? 1e-8;
  // With damping (rcond is not the user's then) the low-rank part keeps the pairs above 0.05 x the
  // largest: they carry the curvature. Without, rcond as given; 0 is no cutoff beyond the Ritz
  // pairs' own resolution (tol), which is stored as the cutoff used.
  const rcond = o.damping > 0 ? 0.05 : Math.max(o.rcond, tol);
  const rnd = seededRandom(o.seed ?? 0);
  const Q: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  let q = Float64Array.from({ length: P }, () => rnd() - 0.5);
  let norm = Math.sqrt(dot(q, q));
  for (let i = 0; i < P; i++) q[i]! /= norm;
  const w = new Float64Array(P);
  let next = 20;
  let done: (Ritz & { m: number }) | undefined;
  for (let m = 0; m < steps; m++) {
    onStep?.(m, steps);
    Q.push(q);
    hessianVector(h, q, w);
    const a = dot(w, q);
    alpha.push(a);
    // Full reorthogonalisation, twice (Kahan's "twice is enough"): keeps Q orthonormal in float64.
    for (let pass = 0; pass < 2; pass++) {
      for (const qi of Q) {
        const c = dot(w, qi);
        for (let i = 0; i < P; i++) w[i]! -= c * qi[i]!;
      }
    }
    norm = Math.sqrt(dot(w, w));
    const last = m + 1 === steps;
    const largestSoFar = Math.max(...alpha.map(Math.abs), 1e-300);
    const exhausted = norm <= 1e-12 * largestSoFar;
    if (m + 1 >= next || last || exhausted) {
      const r = ritz(alpha, beta, m + 1);
      const top = Math.max(...r.values);
      const above = r.values.map((v, i) => i).filter((i) => r.values[i]! > rcond * top);
      const converged = above.every((i) => Math.abs(norm * r.component(m, i)) <= tol * top);
      const bracketed = r.values.some((v) => v <= rcond * top);
      if ((converged && bracketed) || last || exhausted) {
        done = { ...r, m: m + 1 };
        break;
      }
      next = Math.ceil((m + 1) * 1.4);
    }
    beta.push(norm);
    q = new Float64Array(P);
    for (let i = 0; i < P; i++) q[i] = w[i]! / norm;
  }
  const { values, component, m } = done!;
  const picked = keepPairs(values, { rcond, damping: 0 });
  const V = new Float64Array(picked.keep.length * P);
  picked.keep.forEach((col, r) => {
    const out = V.subarray(r * P, (r + 1) * P);
    for (let k = 0; k < m; k++) {
      const s = component(k, col);
      const qk = Q[k]!;
      for (let i = 0; i < P; i++) out[i]! += s * qk[i]!;
    }
  });
  const weights =
    o.damping > 0
      ? Float64Array.from(picked.keep, (i) => 1 / (values[i]! + o.damping))
      : Float64Array.from(picked.weights);
  return {
    vectors: V,
    weights,
    rest: o.damping > 0 ? 1 / o.damping : 0,
    rank: picked.keep.length,
    size: P,
    solver: 'scalable',
    method: o.damping > 0 ? 'damping' : 'pinv',
    rcond: o.damping > 0 ? null : rcond,
    largest: picked.largest,
  };
}
