import type { Head } from './head';
import type { InverseHessian } from './inverse';

/** [rows, r]: c[i, k] = g_i . v_k, with g_i = r_i (x) x~_i never formed (O(P) per pair). */
export function project(h: Head, inv: InverseHessian): Float64Array {
  const { n, dim, classes: C, x, r } = h;
  const rank = inv.rank;
  const P = inv.size;
  const out = new Float64Array(n * rank);
  const V = inv.vectors;
  for (let i = 0; i < n; i++) {
    const xo = i * dim;
    for (let k = 0; k < rank; k++) {
      let acc = 0;
      const vo = k * P;
      for (let c = 0; c < C; c++) {
        const rc = r[i * C + c]!;
        if (rc === 0) continue;
        let d = 0;
        const co = vo + c * dim;
        for (let l = 0; l < dim; l++) d += V[co + l]! * x[xo + l]!;
        acc += rc * d;
      }
      out[i * rank + k] = acc;
    }
  }
  return out;
}

/** The projections of a head's examples with the head, for scoring against another head. */
export interface Projected {
  readonly head: Head;
  readonly coef: Float64Array;
}

export const projected = (head: Head, inv: InverseHessian): Projected => ({ head, coef: project(head, inv) });

/**
 * Scores of every training example for target example t: g_t . H+ . g_j (the reference study's
 * sign: positive = helpful, the opposite of Koh and Liang's I_up,loss). Written into `out` [train.n].
 */
export function scoreRow(target: Projected, t: number, train: Projected, inv: InverseHessian, out: Float64Array): Float64Array {
  const rank = inv.rank;
  const w = inv.weights;
  const ct = target.coef.subarray(t * rank, (t + 1) * rank);
  const weighted = Float64Array.from(ct, (v, k) => v * w[k]!);
  const cb = train.coef;
  for (let j = 0; j < train.head.n; j++) {
    let s = 0;
    const o = j * rank;
    for (let k = 0; k < rank; k++) s += weighted[k]! * cb[o + k]!;
    out[j] = s;
  }
  if (inv.rest !== 0) {
    // The part of the gradients outside the kept directions: rest (g_t . g_j - sum_k c_tk c_jk), with g_t . g_j = (r_t . r_j)(x~_t . x~_j).
    const { dim, classes: C } = train.head;
    const a = target.head;
    for (let j = 0; j < train.head.n; j++) {
      let rr = 0;
      let xx = 0;
      for (let c = 0; c < C; c++) rr += a.r[t * C + c]! * train.head.r[j * C + c]!;
      for (let l = 0; l < dim; l++) xx += a.x[t * dim + l]! * train.head.x[j * dim + l]!;
      let proj = 0;
      const o = j * rank;
      for (let k = 0; k < rank; k++) proj += ct[k]! * cb[o + k]!;
      out[j]! += inv.rest * (rr * xx - proj);
    }
  }
  return out;
}

/** g_j . H+ . g_j for every training example. */
export function selfInfluence(train: Projected, inv: InverseHessian): Float64Array {
  const { n, dim, classes: C, x, r } = train.head;
  const rank = inv.rank;
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    let proj = 0;
    for (let k = 0; k < rank; k++) {
      const c = train.coef[j * rank + k]!;
      s += inv.weights[k]! * c * c;
      proj += c * c;
    }
    if (inv.rest !== 0) {
      let rr = 0;
      let xx = 0;
      for (let c = 0; c < C; c++) rr += r[j * C + c]! ** 2;
      for (let l = 0; l < dim; l++) xx += x[j * dim + l]! ** 2;
      s += inv.rest * (rr * xx - proj);
    }
    out[j] = s;
  }
  return out;
}

/** Positions of the `k` largest scores, best first (ties by position), skipping `exclude`. */
export function topPositions(scores: Float64Array, k: number, exclude = -1, sign: 1 | -1 = 1): number[] {
  const idx: number[] = [];
  for (let j = 0; j < scores.length; j++) if (j !== exclude) idx.push(j);
  idx.sort((a, b) => sign * (scores[b]! - scores[a]!) || a - b);
  return idx.slice(0, k);
}
