import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { explicitHessian, headSize, type Head } from './head';
import { keepPairs, type InverseHessian, type InverseOptions } from './inverse';

/** Symmetric eigendecomposition by ml-matrix (JAMA's tred2 + tql2, float64): values and column eigenvectors. */
function eigh(a: Float64Array, size: number): { values: number[]; vectors: Matrix } {
  const e = new EigenvalueDecomposition(Matrix.from1DArray(size, size, a), { assumeSymmetric: true });
  return { values: e.realEigenvalues, vectors: e.eigenvectorMatrix };
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
 * H+ (relative cutoff) or (H + damping I)^-1 from a full symmetric eigendecomposition in float64.
 * The decomposition is of H itself ([P, P]) or, when the training set is small (nC < P), of its
 * Gram matrix ([nC, nC]), whose non-zero eigenpairs are H's (v = M u / sqrt(lambda)); the rest of
 * the space is H's null space (weight 0 for the pseudo-inverse, 1 / damping with damping).
 */
export function exactInverse(h: Head, o: InverseOptions): InverseHessian {
  const P = headSize(h);
  const { n, dim, classes: C, x, p } = h;
  if (n * C < P) {
    const { values, vectors } = eigh(gram(h), n * C);
    const { keep, weights, largest } = keepPairs(values, { ...o, damping: 0 });
    // With damping every non-zero direction counts; pairs at float noise (<= 1e-12 of the largest) are null directions.
    const kept = o.damping > 0 ? values.map((_, i) => i).filter((i) => values[i]! > 1e-12 * largest) : keep;
    const V = new Float64Array(kept.length * P);
    const w = new Float64Array(kept.length);
    const wd = new Float64Array(C);
    kept.forEach((col, r) => {
      const lambda = values[col]!;
      w[r] = o.damping > 0 ? 1 / (lambda + o.damping) : weights[keep.indexOf(col)]!;
      const scale = 1 / Math.sqrt(lambda);
      const out = V.subarray(r * P, (r + 1) * P);
      for (let j = 0; j < n; j++) {
        let su = 0;
        for (let c = 0; c < C; c++) su += vectors.get(j * C + c, col) * Math.sqrt(p[j * C + c]!);
        for (let d = 0; d < C; d++) wd[d] = (vectors.get(j * C + d, col) * Math.sqrt(p[j * C + d]!) - p[j * C + d]! * su) * scale;
        for (let d = 0; d < C; d++) for (let k = 0; k < dim; k++) out[d * dim + k]! += wd[d]! * x[j * dim + k]!;
      }
    });
    return { vectors: V, weights: w, rest: o.damping > 0 ? 1 / o.damping : 0, rank: kept.length, size: P, solver: 'exact', method: o.damping > 0 ? 'damping' : 'pinv', rcond: o.damping > 0 ? null : o.rcond, largest };
  }
  const { values, vectors } = eigh(explicitHessian(h), P);
  const { keep, weights, largest } = keepPairs(values, o);
  const V = new Float64Array(keep.length * P);
  keep.forEach((col, r) => {
    for (let i = 0; i < P; i++) V[r * P + i] = vectors.get(i, col);
  });
  return { vectors: V, weights: Float64Array.from(weights), rest: 0, rank: keep.length, size: P, solver: 'exact', method: o.damping > 0 ? 'damping' : 'pinv', rcond: o.damping > 0 ? null : o.rcond, largest };
}
