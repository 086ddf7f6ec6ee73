import { headSize, type Head } from './head';
import { expandVectors, reducedHessianLower } from './hessian-lower';
import type { InverseHessian, InverseOptions, SolveStep } from './inverse';
import { symmetricEigen } from './symmetric-eigen';

/**
 * The eigenpairs the inverse needs, with their weights. The pseudo-inverse keeps eigenvalues above
 * rcond x the largest. With damping, (H + damping I)^-1 = (1 / damping) I + sum_k (1 / (lambda_k +
 * damping) - 1 / damping) v_k v_k^T: pairs under 1e-9 x damping change a weight by less than that
 * relative amount and are left to the 1 / damping of the rest (as are H's null directions).
 */
function keptPairs(
  a: Float64Array,
  size: number,
  o: InverseOptions,
  onStep?: SolveStep,
): {
  values: Float64Array;
  vectors: Float64Array;
  weights: Float64Array;
  largest: number;
  rcond: number | null;
} {
  const damped = o.damping > 0;
  // rcond 0 is no cutoff: only the float64 noise floor (numpy's default) is dropped, and stored as the cutoff used.
  const rcond = damped ? null : Math.max(o.rcond, numericalFloor(size));
  const { values, vectors, largest } = symmetricEigen(
    a,
    size,
    (top) => (rcond === null ? Math.max(1e-9 * o.damping, 1e-12 * top) : rcond * top),
    onStep,
  );
  const weights = Float64Array.from(values, (v) => (damped ? 1 / (v + o.damping) : 1 / v));
  return { values, vectors, weights, largest, rcond };
}

/** Relative eigenvalue under which a float64 decomposition of a size x size matrix sees only rounding (numpy's pinv default). */
export const numericalFloor = (size: number): number => size * Number.EPSILON;

/**
 * Per example, an orthonormal basis [C, C-1] of the vectors orthogonal to s_j = sqrt(p_j): the
 * last C-1 columns of the Householder reflector that maps s_j to a multiple of e_1. L_j s_j = 0
 * (the softmax's rows sum to one), so the Gram matrix's n directions (0, .., s_j, .., 0) are exact
 * null directions; decomposing it on the rest keeps their rounding out of the pseudo-inverse.
 */
function complementBases(h: Head): Float64Array {
  const { n, classes: C, p } = h;
  const R = C - 1;
  const W = new Float64Array(n * C * R);
  const w = new Float64Array(C);
  for (let j = 0; j < n; j++) {
    const s0 = Math.sqrt(p[j * C]!);
    // w = s + sign(s_0) e_1 (|s| = 1), reflector I - w w^T / (1 + |s_0|).
    for (let c = 0; c < C; c++) w[c] = Math.sqrt(p[j * C + c]!);
    w[0] = s0 + 1;
    const beta = 1 / (1 + s0);
    for (let c = 0; c < C; c++)
      for (let a = 1; a < C; a++) W[(j * C + c) * R + a - 1] = (c === a ? 1 : 0) - beta * w[c]! * w[a]!;
  }
  return W;
}

/** B^T G B with B = blockdiag(W_j): the Gram matrix on the complement of its known null space, [n(C-1)]^2. */
function reduceGram(G: Float64Array, W: Float64Array, n: number, C: number): Float64Array {
  const R = C - 1;
  const m = n * C;
  const r = n * R;
  // G B: [m, r], then B^T (G B).
  const GB = new Float64Array(m * r);
  for (let row = 0; row < m; row++)
    for (let i = 0; i < n; i++)
      for (let b = 0; b < R; b++) {
        let s = 0;
        for (let d = 0; d < C; d++) s += G[row * m + i * C + d]! * W[(i * C + d) * R + b]!;
        GB[row * r + i * R + b] = s;
      }
  const out = new Float64Array(r * r);
  for (let j = 0; j < n; j++)
    for (let a = 0; a < R; a++)
      for (let col = 0; col < r; col++) {
        let s = 0;
        for (let c = 0; c < C; c++) s += W[(j * C + c) * R + a]! * GB[(j * C + c) * r + col]!;
        out[(j * R + a) * r + col] = s;
      }
  return out;
}

/**
 * The Gram matrix of H = M M^T with M's columns m_jc = L_j[:, c] (x) x~_j, L_j = diag(s_j) - p_j s_j^T,
 * s_j = sqrt(p_j) (so L_j L_j^T = diag(p_j) - p_j p_j^T): [nC, nC], entries
 * s_jc s_j'c' (delta_cc' - p_j'c - p_jc' + p_j . p_j') (x~_j . x~_j').
 */
function gram(h: Head): Float64Array {
  const { n, dim, classes: C, x, p } = h;
  const m = n * C;
  const G = new Float64Array(m * m);
  for (let j = 0; j < n; j++) {
    for (let i = j; i < n; i++) {
      let xx = 0;
      let pp = 0;
      for (let k = 0; k < dim; k++) xx += x[j * dim + k]! * x[i * dim + k]!;
      for (let c = 0; c < C; c++) pp += p[j * C + c]! * p[i * C + c]!;
      for (let c = 0; c < C; c++) {
        for (let d = 0; d < C; d++) {
          const v =
            Math.sqrt(p[j * C + c]! * p[i * C + d]!) *
            ((c === d ? 1 : 0) - p[i * C + c]! - p[j * C + d]! + pp) *
            xx;
          G[(j * C + c) * m + i * C + d] = v;
          G[(i * C + d) * m + j * C + c] = v;
        }
      }
    }
  }
  return G;
}

/**
 * H+ (relative cutoff) or (H + damping I)^-1 from a symmetric eigendecomposition in float64 (all
 * the pairs that matter; see symmetric-eigen.ts). The decomposition is of H itself ([P, P]) or,
 * when the training set is small (nC < P), of its Gram matrix ([nC, nC]), whose non-zero eigenpairs
 * are H's (v = M u / sqrt(lambda)); the rest of the space is H's null space (weight 0 for the
 * pseudo-inverse, 1 / damping with damping).
 */
export function exactInverse(h: Head, o: InverseOptions, onStep?: SolveStep): InverseHessian {
  const P = headSize(h);
  const { n, dim, classes: C, x, p } = h;
  const method = o.damping > 0 ? 'damping' : 'pinv';
  const rest = o.damping > 0 ? 1 / o.damping : 0;
  const result = (
    vectors: Float64Array,
    kept: { values: Float64Array; weights: Float64Array; largest: number; rcond: number | null },
  ): InverseHessian => ({
    vectors,
    weights: kept.weights,
    rest,
    rank: kept.values.length,
    size: P,
    solver: 'exact',
    method,
    rcond: kept.rcond,
    largest: kept.largest,
  });
  if (n * C < P) {
    const m = n * C;
    const R = C - 1;
    const W = complementBases(h);
    const { values, vectors, weights, largest, rcond } = keptPairs(
      reduceGram(gram(h), W, n, C),
      n * R,
      o,
      onStep,
    );
    const V = new Float64Array(values.length * P);
    const wd = new Float64Array(C);
    const u = new Float64Array(m);
    values.forEach((lambda, r) => {
      // The eigenvector back in the Gram matrix's coordinates: u = B u~.
      const ur = vectors.subarray(r * n * R, (r + 1) * n * R);
      for (let j = 0; j < n; j++)
        for (let c = 0; c < C; c++) {
          let s = 0;
          for (let a = 0; a < R; a++) s += W[(j * C + c) * R + a]! * ur[j * R + a]!;
          u[j * C + c] = s;
        }
      const scale = 1 / Math.sqrt(lambda);
      const out = V.subarray(r * P, (r + 1) * P);
      for (let j = 0; j < n; j++) {
        let su = 0;
        for (let c = 0; c < C; c++) su += u[j * C + c]! * Math.sqrt(p[j * C + c]!);
        for (let d = 0; d < C; d++)
          wd[d] = (u[j * C + d]! * Math.sqrt(p[j * C + d]!) - p[j * C + d]! * su) * scale;
        for (let d = 0; d < C; d++)
          for (let k = 0; k < dim; k++) out[d * dim + k]! += wd[d]! * x[j * dim + k]!;
      }
    });
    return result(V, { values, weights, largest, rcond });
  }
  // The decomposition of H without its null space ((C - 1) dim square), whose pairs map back exactly.
  const reduced = reducedHessianLower(h);
  const { values, vectors, weights, largest, rcond } = keptPairs(reduced.lower, reduced.size, o, onStep);
  return result(expandVectors(vectors, values.length, reduced.basis, C, dim), {
    values,
    weights,
    largest,
    rcond,
  });
}
