import type { Head } from './head';

/**
 * The head's Hessian without its null space, fast. Softmax logits are unchanged by adding one vector
 * to every class's weights, so H (1 (x) v) = 0 for every v (the rows of diag(p) - p p^T sum to zero)
 * and H = (Q (x) I) H' (Q (x) I)^T with Q [C, C-1] an orthonormal basis of the vectors orthogonal to
 * 1 and H' = sum_j (Q^T A_j Q) (x) x~_j x~_j^T, A_j = diag(p_j) - p_j p_j^T. H' is (C-1) dim square:
 * its eigenpairs are all of H's non-zero ones, for (1 - 1/C)^3 of the decomposition's work (0.73 at
 * 10 classes). `explicitHessian` is the plain construction this is tested against.
 */
export interface ReducedHessian {
  /** [Pr, Pr] row-major, lower triangle (the upper left zero), Pr = (C - 1) dim. */
  readonly lower: Float64Array;
  readonly size: number;
  /** [C, C - 1] row-major. */
  readonly basis: Float64Array;
}

/** Helmert's basis: column a (1..C-1) is (1, ..., 1, -a, 0, ...) / sqrt(a (a + 1)) with a ones. */
export function classBasis(C: number): Float64Array {
  const q = new Float64Array(C * (C - 1));
  for (let a = 1; a < C; a++) {
    const s = 1 / Math.sqrt(a * (a + 1));
    for (let c = 0; c < a; c++) q[c * (C - 1) + a - 1] = s;
    q[a * (C - 1) + a - 1] = -a * s;
  }
  return q;
}

/**
 * H' block (a, b) is the weighted Gram sum_j B_jab x~_j x~_j^T, B_j = Q^T A_j Q = Q^T diag(p_j) Q -
 * (Q^T p_j)(Q^T p_j)^T, computed with 4 x 4 register tiles over the transposed features (a
 * JavaScript loop is bound by its loads): (C - 1) C / 2 Gram sums.
 */
export function reducedHessianLower(h: Head): ReducedHessian {
  const { n, dim, classes: C, x, p } = h;
  const R = C - 1;
  const size = R * dim;
  const Q = classBasis(C);
  const D = Math.ceil(dim / 4) * 4;
  // Features transposed and padded to whole tiles: [D, n].
  const xt = new Float64Array(D * n);
  for (let j = 0; j < n; j++) for (let k = 0; k < dim; k++) xt[k * n + j] = x[j * dim + k]!;
  // B_j for every example: [n, R, R].
  const B = new Float64Array(n * R * R);
  const qp = new Float64Array(R);
  for (let j = 0; j < n; j++) {
    for (let a = 0; a < R; a++) {
      let s = 0;
      for (let c = 0; c < C; c++) s += Q[c * R + a]! * p[j * C + c]!;
      qp[a] = s;
    }
    for (let a = 0; a < R; a++) for (let b = 0; b <= a; b++) {
      let s = 0;
      for (let c = 0; c < C; c++) s += Q[c * R + a]! * p[j * C + c]! * Q[c * R + b]!;
      B[(j * R + a) * R + b] = s - qp[a]! * qp[b]!;
    }
  }
  const yt = new Float64Array(D * n);
  const block = new Float64Array(D * D);
  const H = new Float64Array(size * size);
  for (let a = 0; a < R; a++) {
    for (let b = 0; b <= a; b++) {
      for (let k = 0; k < dim; k++) for (let j = 0; j < n; j++) yt[k * n + j] = B[(j * R + a) * R + b]! * xt[k * n + j]!;
      weightedGram(yt, xt, n, D, block);
      for (let k = 0; k < dim; k++) {
        const row = (a * dim + k) * size + b * dim;
        // Block (a, b) is symmetric: its upper half is read from the lower; on the diagonal only l <= k is stored.
        const last = a === b ? k : dim - 1;
        for (let l = 0; l <= last; l++) H[row + l] = k >= l ? block[k * D + l]! : block[l * D + k]!;
      }
    }
  }
  return { lower: H, size, basis: Q };
}

/** Vectors of H' ([m, (C-1) dim] rows) as vectors of H ([m, C dim] rows): v = (Q (x) I) v'. */
export function expandVectors(reduced: Float64Array, m: number, basis: Float64Array, C: number, dim: number): Float64Array {
  const R = C - 1;
  const out = new Float64Array(m * C * dim);
  for (let r = 0; r < m; r++) {
    const src = r * R * dim;
    const dst = r * C * dim;
    for (let c = 0; c < C; c++) {
      for (let a = 0; a < R; a++) {
        const q = basis[c * R + a]!;
        if (q === 0) continue;
        for (let k = 0; k < dim; k++) out[dst + c * dim + k]! += q * reduced[src + a * dim + k]!;
      }
    }
  }
  return out;
}

/** out[k, l] = sum_j yt[k, j] xt[l, j] for l <= k (tiles on and below the diagonal), [D, D]. */
function weightedGram(yt: Float64Array, xt: Float64Array, n: number, D: number, out: Float64Array): void {
  for (let k0 = 0; k0 < D; k0 += 4) {
    const [a0, a1, a2, a3] = [k0 * n, (k0 + 1) * n, (k0 + 2) * n, (k0 + 3) * n];
    for (let l0 = 0; l0 <= k0; l0 += 4) {
      const [b0, b1, b2, b3] = [l0 * n, (l0 + 1) * n, (l0 + 2) * n, (l0 + 3) * n];
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let j = 0; j < n; j++) {
        const y0 = yt[a0 + j]!, y1 = yt[a1 + j]!, y2 = yt[a2 + j]!, y3 = yt[a3 + j]!;
        const x0 = xt[b0 + j]!, x1 = xt[b1 + j]!, x2 = xt[b2 + j]!, x3 = xt[b3 + j]!;
        s00 += y0 * x0; s01 += y0 * x1; s02 += y0 * x2; s03 += y0 * x3;
        s10 += y1 * x0; s11 += y1 * x1; s12 += y1 * x2; s13 += y1 * x3;
        s20 += y2 * x0; s21 += y2 * x1; s22 += y2 * x2; s23 += y2 * x3;
        s30 += y3 * x0; s31 += y3 * x1; s32 += y3 * x2; s33 += y3 * x3;
      }
      const r0 = k0 * D + l0, r1 = r0 + D, r2 = r1 + D, r3 = r2 + D;
      out[r0] = s00; out[r0 + 1] = s01; out[r0 + 2] = s02; out[r0 + 3] = s03;
      out[r1] = s10; out[r1 + 1] = s11; out[r1 + 2] = s12; out[r1 + 3] = s13;
      out[r2] = s20; out[r2 + 1] = s21; out[r2 + 2] = s22; out[r2 + 3] = s23;
      out[r3] = s30; out[r3 + 1] = s31; out[r3 + 2] = s32; out[r3 + 3] = s33;
    }
  }
}
