/**
 * Selected eigenpairs of a symmetric tridiagonal matrix (diagonal d, off-diagonal e): eigenvalues
 * by bisection on Sturm counts (LAPACK's dstebz), eigenvectors by inverse iteration with
 * re-orthogonalization inside clusters of close eigenvalues (LAPACK's dstein). Only the pairs the
 * pseudo-inverse keeps are computed: O(n) per bisection step and per solve.
 */
const EPS = 2 ** -52;

/** max |T| entry bound (the 1-norm), the scale of every tolerance. */
function norm1(d: Float64Array, e: Float64Array): number {
  const n = d.length;
  let best = 0;
  for (let i = 0; i < n; i++) best = Math.max(best, Math.abs(d[i]!) + (i > 0 ? Math.abs(e[i - 1]!) : 0) + (i < n - 1 ? Math.abs(e[i]!) : 0));
  return best;
}

/** The smallest pivot magnitude of the Sturm count (LAPACK's pivmin: safe minimum x max(1, e^2)). */
function pivotFloor(e2: Float64Array): number {
  let big = 1;
  for (const x of e2) big = Math.max(big, x);
  return 2.2250738585072014e-308 * big;
}

/** Number of eigenvalues below x (the inertia of T - x I from its LDL^T pivots). */
function countBelow(d: Float64Array, e2: Float64Array, x: number, pivmin: number): number {
  let count = 0;
  let q = d[0]! - x;
  if (Math.abs(q) < pivmin) q = -pivmin;
  if (q < 0) count++;
  for (let i = 1; i < d.length; i++) {
    q = d[i]! - x - e2[i - 1]! / q;
    if (Math.abs(q) < pivmin) q = -pivmin;
    if (q < 0) count++;
  }
  return count;
}

/** Eigenvalues of T in ascending order, those with index >= from (0-based), each to about eps x |T|. */
export function eigenvaluesFrom(d: Float64Array, e: Float64Array, from: number): Float64Array {
  const n = d.length;
  const e2 = Float64Array.from(e, (x) => x * x);
  const scale = norm1(d, e);
  const pivmin = pivotFloor(e2);
  const lo0 = -scale - 1e-300;
  const hi0 = scale + 1e-300;
  const tol = 2 * EPS * scale;
  const out = new Float64Array(n - from);
  let hiBound = hi0;
  // From the top down: each eigenvalue's upper bound is the one above it.
  for (let i = n - 1; i >= from; i--) {
    let lo = lo0;
    let hi = hiBound;
    while (hi - lo > tol + 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) {
      const mid = 0.5 * (lo + hi);
      if (countBelow(d, e2, mid, pivmin) > i) hi = mid;
      else lo = mid;
    }
    out[i - from] = 0.5 * (lo + hi);
    hiBound = hi;
  }
  return out;
}

/** Eigenvalues of T above `threshold(largest)`, ascending, with the largest. */
export function eigenvaluesAbove(d: Float64Array, e: Float64Array, threshold: (largest: number) => number): { values: Float64Array; largest: number } {
  const n = d.length;
  if (n === 0) return { values: new Float64Array(0), largest: 0 };
  const largest = eigenvaluesFrom(d, e, n - 1)[0]!;
  const cut = threshold(largest);
  const e2 = Float64Array.from(e, (x) => x * x);
  const below = countBelow(d, e2, cut, pivotFloor(e2));
  const values = eigenvaluesFrom(d, e, below).filter((v) => v > cut);
  return { values, largest };
}

/** LU with partial pivoting of the tridiagonal T - lambda I (LAPACK's dlagtf), for repeated solves. */
interface TridiagonalLu {
  readonly u0: Float64Array;
  readonly u1: Float64Array;
  readonly u2: Float64Array;
  readonly l: Float64Array;
  readonly swap: Uint8Array;
}

function factor(d: Float64Array, e: Float64Array, lambda: number, tiny: number): TridiagonalLu {
  const n = d.length;
  const u0 = new Float64Array(n);
  const u1 = new Float64Array(n);
  const u2 = new Float64Array(n);
  const l = new Float64Array(n);
  const swap = new Uint8Array(n);
  let diag = d[0]! - lambda;
  let sup = n > 1 ? e[0]! : 0;
  for (let i = 0; i < n - 1; i++) {
    const sub = e[i]!;
    const nextDiag = d[i + 1]! - lambda;
    const nextSup = i + 1 < n - 1 ? e[i + 1]! : 0;
    if (Math.abs(diag) >= Math.abs(sub)) {
      const piv = diag === 0 ? tiny : diag;
      const m = sub / piv;
      u0[i] = piv;
      u1[i] = sup;
      u2[i] = 0;
      l[i] = m;
      diag = nextDiag - m * sup;
      sup = nextSup;
    } else {
      const m = diag / sub;
      u0[i] = sub;
      u1[i] = nextDiag;
      u2[i] = nextSup;
      l[i] = m;
      swap[i] = 1;
      diag = sup - m * nextDiag;
      sup = -m * nextSup;
    }
    if (Math.abs(u0[i]!) < tiny) u0[i] = u0[i]! < 0 ? -tiny : tiny;
  }
  u0[n - 1] = Math.abs(diag) < tiny ? (diag < 0 ? -tiny : tiny) : diag;
  return { u0, u1, u2, l, swap };
}

/** x = (T - lambda I)^-1 b, in place. */
function solveLu(f: TridiagonalLu, x: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n - 1; i++) {
    if (f.swap[i]) {
      const t = x[i]!;
      x[i] = x[i + 1]!;
      x[i + 1] = t - f.l[i]! * x[i + 1]!;
    } else {
      x[i + 1]! -= f.l[i]! * x[i]!;
    }
  }
  x[n - 1]! /= f.u0[n - 1]!;
  if (n > 1) x[n - 2] = (x[n - 2]! - f.u1[n - 2]! * x[n - 1]!) / f.u0[n - 2]!;
  for (let i = n - 3; i >= 0; i--) x[i] = (x[i]! - f.u1[i]! * x[i + 1]! - f.u2[i]! * x[i + 2]!) / f.u0[i]!;
}

/**
 * Unit eigenvectors of T for the given ascending eigenvalues, [m, n] row-major. Vectors of
 * eigenvalues closer than 1e-6 |T| to their neighbour (a cluster) are orthogonalized against each
 * other at every iteration, as dstein does. dstein's own bound, 1e-3 |T|, chains hundreds of the
 * Hessian's pairs above the cutoff into one cluster (O(n c^2) work); outside 1e-6 |T| inverse
 * iteration alone leaves vectors orthogonal to about eps |T| / gap <= 2e-10.
 */
export function eigenvectors(d: Float64Array, e: Float64Array, values: Float64Array, seed = 1): Float64Array {
  const n = d.length;
  const m = values.length;
  const z = new Float64Array(m * n);
  const scale = norm1(d, e);
  const tiny = EPS * scale || Number.MIN_VALUE;
  const ortol = 1e-6 * scale;
  // A fixed pseudo-random start (dstein starts from random vectors too): reproducible results.
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296 - 0.5;
  };
  let clusterStart = 0;
  for (let k = 0; k < m; k++) {
    if (k > 0 && values[k]! - values[k - 1]! > ortol) clusterStart = k;
    // Separate equal eigenvalues slightly so that their solves differ (dstein's perturbation).
    const lambda = k > clusterStart && values[k]! - values[k - 1]! < 10 * EPS * Math.abs(values[k]!) ? values[k - 1]! + 10 * EPS * Math.abs(values[k]!) : values[k]!;
    const f = factor(d, e, lambda, tiny);
    const x = z.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) x[i] = random();
    // From an accurate eigenvalue one solve nearly converges; three settle the cluster orthogonalization too.
    for (let iter = 0; iter < 3; iter++) {
      solveLu(f, x);
      for (let j = clusterStart; j < k; j++) {
        const y = z.subarray(j * n, (j + 1) * n);
        let dot = 0;
        for (let i = 0; i < n; i++) dot += x[i]! * y[i]!;
        for (let i = 0; i < n; i++) x[i]! -= dot * y[i]!;
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += x[i]! * x[i]!;
      norm = Math.sqrt(norm);
      for (let i = 0; i < n; i++) x[i]! /= norm;
    }
  }
  return z;
}
