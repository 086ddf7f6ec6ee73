import { headSize, type Head } from './head';

/**
 * The lower triangle of the head's Hessian ([P, P] row-major, the upper triangle left zero), fast:
 * block (c, d) is the weighted Gram sum_j a_jcd x~_j x~_j^T with a_jcd = -p_jc p_jd for c != d,
 * computed with 4 x 4 register tiles over the transposed features (a JavaScript loop is bound by
 * its loads). The diagonal blocks follow from the others: the rows of diag(p) - p p^T sum to zero,
 * so H_cc = -sum_{d != c} H_cd (C(C-1)/2 Gram sums instead of C(C+1)/2). `explicitHessian` is the
 * plain construction this is tested against.
 */
export function hessianLower(h: Head): Float64Array {
  const { n, dim, classes: C, x, p } = h;
  const P = headSize(h);
  const D = Math.ceil(dim / 4) * 4;
  // Features transposed and padded to whole tiles: [D, n].
  const xt = new Float64Array(D * n);
  for (let j = 0; j < n; j++) for (let k = 0; k < dim; k++) xt[k * n + j] = x[j * dim + k]!;
  const yt = new Float64Array(D * n);
  const block = new Float64Array(D * D);
  const diag = Array.from({ length: C }, () => new Float64Array(D * D));
  const H = new Float64Array(P * P);
  for (let c = 0; c < C; c++) {
    for (let d = 0; d < c; d++) {
      for (let k = 0; k < dim; k++) for (let j = 0; j < n; j++) yt[k * n + j] = -p[j * C + c]! * p[j * C + d]! * xt[k * n + j]!;
      weightedGram(yt, xt, n, D, block);
      for (let k = 0; k < dim; k++) {
        const row = (c * dim + k) * P + d * dim;
        for (let l = 0; l < dim; l++) {
          const v = k >= l ? block[k * D + l]! : block[l * D + k]!;
          H[row + l] = v;
          if (k >= l) {
            diag[c]![k * D + l]! -= v;
            diag[d]![k * D + l]! -= v;
          }
        }
      }
    }
  }
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < dim; k++) for (let l = 0; l <= k; l++) H[(c * dim + k) * P + c * dim + l] = diag[c]![k * D + l]!;
  }
  return H;
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
