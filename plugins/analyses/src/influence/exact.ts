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
function keptPairs(a: Float64Array, size: number, o: InverseOptions, onStep?: SolveStep): { values: Float64Array; vectors: Float64Array; weights: Float64Array; largest: number } {
  const damped = o.damping > 0;
  const { values, vectors, largest } = symmetricEigen(a, size, (top) => (damped ? Math.max(1e-9 * o.damping, 1e-12 * top) : o.rcond * top), onStep);
  const weights = Float64Array.from(values, (v) => (damped ? 1 / (v + o.damping) : 1 / v));
  return { values, vectors, weights, largest };
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
          const v = Math.sqrt(p[j * C + c]! * p[i * C + d]!) * ((c === d ? 1 : 0) - p[i * C + c]! - p[j * C + d]! + pp) * xx;
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
  const rcond = o.damping > 0 ? null : o.rcond;
  const rest = o.damping > 0 ? 1 / o.damping : 0;
  if (n * C < P) {
    const m = n * C;
    const { values, vectors, weights, largest } = keptPairs(gram(h), m, o, onStep);
    const V = new Float64Array(values.length * P);
    const wd = new Float64Array(C);
    values.forEach((lambda, r) => {
      const u = vectors.subarray(r * m, (r + 1) * m);
      const scale = 1 / Math.sqrt(lambda);
      const out = V.subarray(r * P, (r + 1) * P);
      for (let j = 0; j < n; j++) {
        let su = 0;
        for (let c = 0; c < C; c++) su += u[j * C + c]! * Math.sqrt(p[j * C + c]!);
        for (let d = 0; d < C; d++) wd[d] = (u[j * C + d]! * Math.sqrt(p[j * C + d]!) - p[j * C + d]! * su) * scale;
        for (let d = 0; d < C; d++) for (let k = 0; k < dim; k++) out[d * dim + k]! += wd[d]! * x[j * dim + k]!;
      }
    });
    return { vectors: V, weights, rest, rank: values.length, size: P, solver: 'exact', method, rcond, largest };
  }
  // The decomposition of H without its null space ((C - 1) dim square), whose pairs map back exactly.
  const reduced = reducedHessianLower(h);
  const { values, vectors, weights, largest } = keptPairs(reduced.lower, reduced.size, o, onStep);
  return { vectors: expandVectors(vectors, values.length, reduced.basis, C, dim), weights, rest, rank: values.length, size: P, solver: 'exact', method, rcond, largest };
}
