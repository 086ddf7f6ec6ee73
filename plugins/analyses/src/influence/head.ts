/**
 * A softmax-regression head at its fitted parameters, in float64: all that last-layer influence
 * needs. Parameters are ordered class-major, theta[c * dim + k], with the bias as the last
 * feature (x~ = [x, 1]); the per-example gradient of the cross-entropy is g_j = r_j (x) x~_j with
 * r_j = p_j - onehot(y_j), and the summed loss's Hessian is sum_j (diag(p_j) - p_j p_j^T) (x) x~_j x~_j^T.
 */
export interface Head {
  /** Examples. */
  readonly n: number;
  /** Features + 1 (the bias). */
  readonly dim: number;
  readonly classes: number;
  /** [n, dim] features with a trailing 1. */
  readonly x: Float64Array;
  /** [n, classes] softmax probabilities. */
  readonly p: Float64Array;
  /** [n, classes] p - onehot(label). */
  readonly r: Float64Array;
  readonly labels: Int32Array;
}

export const headSize = (h: Pick<Head, 'dim' | 'classes'>): number => h.dim * h.classes;

/** A head from [n, K] features and [n, C] logits (float32 from the engine, or float64), softmax in float64. */
export function headFrom(features: ArrayLike<number>, logits: ArrayLike<number>, labels: Int32Array, classes: number): Head {
  const n = labels.length;
  if (n === 0 || features.length % n !== 0 || logits.length !== n * classes) throw new RangeError(`head: ${features.length} features and ${logits.length} logits do not fit ${n} examples of ${classes} classes`);
  const k = features.length / n;
  const dim = k + 1;
  const x = new Float64Array(n * dim);
  const p = new Float64Array(n * classes);
  const r = new Float64Array(n * classes);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) x[j * dim + i] = features[j * k + i]!;
    x[j * dim + k] = 1;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[j * classes + c]!);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += (p[j * classes + c] = Math.exp(logits[j * classes + c]! - max));
    const y = labels[j]!;
    if (!(y >= 0 && y < classes)) throw new RangeError(`head: label ${y} of example ${j} is outside 0..${classes - 1}`);
    for (let c = 0; c < classes; c++) {
      p[j * classes + c]! /= sum;
      r[j * classes + c] = p[j * classes + c]! - (c === y ? 1 : 0);
    }
  }
  return { n, dim, classes, x, p, r, labels };
}

/** The explicit [P, P] Hessian of the summed cross-entropy (closed form), row-major. */
export function explicitHessian(h: Head): Float64Array {
  const { n, dim, classes: C, x, p } = h;
  const P = dim * C;
  const H = new Float64Array(P * P);
  const block = new Float64Array(dim * dim);
  for (let c = 0; c < C; c++) {
    for (let d = c; d < C; d++) {
      block.fill(0);
      for (let j = 0; j < n; j++) {
        const a = (c === d ? p[j * C + c]! : 0) - p[j * C + c]! * p[j * C + d]!;
        if (a === 0) continue;
        const o = j * dim;
        for (let k = 0; k < dim; k++) {
          const ak = a * x[o + k]!;
          const row = k * dim;
          for (let l = k; l < dim; l++) block[row + l]! += ak * x[o + l]!;
        }
      }
      for (let k = 0; k < dim; k++) {
        for (let l = k; l < dim; l++) {
          const v = block[k * dim + l]!;
          const [rk, rl, ck, cl] = [c * dim + k, c * dim + l, d * dim + k, d * dim + l];
          H[rk * P + cl] = v;
          H[rl * P + ck] = v;
          H[cl * P + rk] = v;
          H[ck * P + rl] = v;
        }
      }
    }
  }
  return H;
}

/** out = H v without forming H: sum_j ((diag(p_j) - p_j p_j^T) V x~_j) (x) x~_j, V the [C, dim] view of v. */
export function hessianVector(h: Head, v: Float64Array, out: Float64Array): Float64Array {
  const { n, dim, classes: C, x, p } = h;
  out.fill(0);
  const z = new Float64Array(C);
  for (let j = 0; j < n; j++) {
    const o = j * dim;
    let s = 0;
    for (let c = 0; c < C; c++) {
      let acc = 0;
      const vo = c * dim;
      for (let k = 0; k < dim; k++) acc += v[vo + k]! * x[o + k]!;
      z[c] = acc;
      s += p[j * C + c]! * acc;
    }
    for (let c = 0; c < C; c++) {
      const u = p[j * C + c]! * (z[c]! - s);
      if (u === 0) continue;
      const vo = c * dim;
      for (let k = 0; k < dim; k++) out[vo + k]! += u * x[o + k]!;
    }
  }
  return out;
}

/** The per-example gradient g_j as a [P] vector (tests and small cases; the solvers never form them all). */
export function exampleGradient(h: Head, j: number): Float64Array {
  const g = new Float64Array(headSize(h));
  for (let c = 0; c < h.classes; c++) for (let k = 0; k < h.dim; k++) g[c * h.dim + k] = h.r[j * h.classes + c]! * h.x[j * h.dim + k]!;
  return g;
}
