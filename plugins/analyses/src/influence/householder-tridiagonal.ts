/**
 * Householder reduction of a dense symmetric matrix to tridiagonal form, A = Q T Q^T, in float64.
 * Why our own: ml-matrix (JAMA's tred2 + tql2) needs about 25 minutes for the 5,010-square
 * Hessian of a 5,000-parameter head, and npm has no maintained LAPACK. This is LAPACK's unblocked
 * dsytd2 with one change for speed: the symmetric rank-2 update of step k and the
 * matrix-vector product of step k + 1 share one pass over the trailing matrix (a JavaScript
 * loop is bound by memory traffic, and this halves it). Checked against ml-matrix in
 * symmetric-eigen.spec.ts.
 */
export interface Tridiagonal {
  readonly n: number;
  /** Diagonal [n]. */
  readonly d: Float64Array;
  /** Off-diagonal [n - 1]: e[i] couples i and i + 1. */
  readonly e: Float64Array;
  /** Q as n - 2 reflectors H_k = I - tau_k v_k v_k^T, v_k[k + 1] = 1 and v_k[i] (i >= k + 2) in row k of `store`. */
  readonly tau: Float64Array;
  readonly store: Float64Array;
}

/**
 * Reduces `a` ([n, n] row-major, symmetric; only the lower triangle is read) in place: `a`
 * becomes the reflectors' store. `onStep` sees the progress (steps done, n) now and then.
 */
export function tridiagonalize(a: Float64Array, n: number, onStep?: (done: number, of: number) => void): Tridiagonal {
  if (a.length !== n * n) throw new RangeError(`tridiagonalize: ${a.length} entries are not ${n} x ${n}`);
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n - 1, 0));
  const tau = new Float64Array(Math.max(n - 2, 0));
  let v = new Float64Array(n);
  let u = new Float64Array(n);
  const p = new Float64Array(n);
  const w = new Float64Array(n);
  if (n < 3) {
    for (let i = 0; i < n; i++) d[i] = a[i * n + i]!;
    if (n === 2) e[0] = a[n]!;
    return { n, d, e, tau, store: a };
  }
  // The first reflector and its product with the untouched trailing matrix.
  tau[0] = reflector(a, n, 0, v, e);
  symmetricProduct(a, n, 1, v, p);
  for (let k = 0; k < n - 2; k++) {
    const t = tau[k]!;
    // w = tau A22 v - (tau^2 / 2)(v . A22 v) v, so that H A22 H = A22 - v w^T - w v^T.
    let pv = 0;
    for (let i = k + 1; i < n; i++) pv += p[i]! * v[i]!;
    const half = 0.5 * t * t * pv;
    for (let i = k + 1; i < n; i++) w[i] = t * p[i]! - half * v[i]!;
    d[k] = a[k * n + k]!;
    // Column k + 1 first: the next reflector is made from it.
    const c = k + 1;
    for (let i = c; i < n; i++) a[i * n + c] = a[i * n + c]! - v[i]! * w[c]! - w[i]! * v[c]!;
    if (c <= n - 3) {
      tau[c] = reflector(a, n, c, u, e);
      p.fill(0, c + 1);
      fusedUpdate(a, n, c + 1, v, w, u, p);
      [v, u] = [u, v];
    } else {
      fusedUpdate(a, n, c + 1, v, w, null, p);
    }
    if (onStep && k % 64 === 0) onStep(k, n - 2);
  }
  d[n - 2] = a[(n - 2) * n + n - 2]!;
  d[n - 1] = a[(n - 1) * n + n - 1]!;
  e[n - 2] = a[(n - 1) * n + n - 2]!;
  return { n, d, e, tau, store: a };
}

/**
 * The reflector that zeroes a[k + 2.., k] (LAPACK's dlarfg): v[k + 1] = 1, v[i] kept in row k of
 * `a` and in `v` (zero below k + 1), e[k] = beta. Returns tau (0: nothing to reflect).
 */
function reflector(a: Float64Array, n: number, k: number, v: Float64Array, e: Float64Array): number {
  const alpha = a[(k + 1) * n + k]!;
  let sigma = 0;
  for (let i = k + 2; i < n; i++) sigma += a[i * n + k]! ** 2;
  v.fill(0);
  v[k + 1] = 1;
  if (sigma === 0) {
    e[k] = alpha;
    return 0;
  }
  const norm = Math.sqrt(alpha * alpha + sigma);
  const beta = alpha <= 0 ? norm : -norm;
  const scale = 1 / (alpha - beta);
  for (let i = k + 2; i < n; i++) {
    const vi = a[i * n + k]! * scale;
    v[i] = vi;
    a[k * n + i] = vi;
  }
  e[k] = beta;
  return (beta - alpha) / beta;
}

/** p = A[s.., s..] v (lower triangle), p zero below s. */
function symmetricProduct(a: Float64Array, n: number, s: number, v: Float64Array, p: Float64Array): void {
  p.fill(0);
  for (let i = s; i < n; i++) {
    const row = i * n;
    const vi = v[i]!;
    let pi = 0;
    for (let j = s; j < i; j++) {
      const x = a[row + j]!;
      pi += x * v[j]!;
      p[j]! += x * vi;
    }
    p[i]! += pi + a[row + i]! * vi;
  }
}

/**
 * Rows and columns from s on: A -= v w^T + w v^T (lower triangle) and, in the same pass, p += A u
 * with the updated A (skipped when u is null). Four rows at a time: they share the loads of
 * v[j], w[j], u[j] and p[j].
 */
function fusedUpdate(a: Float64Array, n: number, s: number, v: Float64Array, w: Float64Array, u: Float64Array | null, p: Float64Array): void {
  if (u === null) {
    for (let i = s; i < n; i++) {
      const row = i * n;
      for (let j = s; j <= i; j++) a[row + j] = a[row + j]! - v[i]! * w[j]! - w[i]! * v[j]!;
    }
    return;
  }
  let i = s;
  for (; i + 3 < n; i += 4) {
    const r0 = i * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    const v0 = v[i]!, v1 = v[i + 1]!, v2 = v[i + 2]!, v3 = v[i + 3]!;
    const w0 = w[i]!, w1 = w[i + 1]!, w2 = w[i + 2]!, w3 = w[i + 3]!;
    const u0 = u[i]!, u1 = u[i + 1]!, u2 = u[i + 2]!, u3 = u[i + 3]!;
    let p0 = 0, p1 = 0, p2 = 0, p3 = 0;
    for (let j = s; j < i; j++) {
      const vj = v[j]!;
      const wj = w[j]!;
      const uj = u[j]!;
      const x0 = a[r0 + j]! - v0 * wj - w0 * vj;
      const x1 = a[r1 + j]! - v1 * wj - w1 * vj;
      const x2 = a[r2 + j]! - v2 * wj - w2 * vj;
      const x3 = a[r3 + j]! - v3 * wj - w3 * vj;
      a[r0 + j] = x0;
      a[r1 + j] = x1;
      a[r2 + j] = x2;
      a[r3 + j] = x3;
      p0 += x0 * uj;
      p1 += x1 * uj;
      p2 += x2 * uj;
      p3 += x3 * uj;
      p[j]! += x0 * u0 + x1 * u1 + x2 * u2 + x3 * u3;
    }
    p[i]! += p0;
    p[i + 1]! += p1;
    p[i + 2]! += p2;
    p[i + 3]! += p3;
    // The 4 x 4 diagonal block's lower triangle.
    for (let r = 0; r < 4; r++) {
      const row = (i + r) * n;
      const [vr, wr, ur] = [v[i + r]!, w[i + r]!, u[i + r]!];
      let pr = 0;
      for (let j = i; j < i + r; j++) {
        const x = a[row + j]! - vr * w[j]! - wr * v[j]!;
        a[row + j] = x;
        pr += x * u[j]!;
        p[j]! += x * ur;
      }
      const diag = a[row + i + r]! - 2 * vr * wr;
      a[row + i + r] = diag;
      p[i + r]! += pr + diag * ur;
    }
  }
  for (; i < n; i++) {
    const row = i * n;
    const [vi, wi, ui] = [v[i]!, w[i]!, u[i]!];
    let pi = 0;
    for (let j = s; j < i; j++) {
      const x = a[row + j]! - vi * w[j]! - wi * v[j]!;
      a[row + j] = x;
      pi += x * u[j]!;
      p[j]! += x * ui;
    }
    const diag = a[row + i]! - 2 * vi * wi;
    a[row + i] = diag;
    p[i]! += pi + diag * ui;
  }
}

/**
 * Eigenvectors of A from eigenvectors of T: y = Q z = H_0 H_1 ... H_{n-3} z, for each row of
 * `z` ([m, n] row-major), in place.
 */
export function backTransform(t: Tridiagonal, z: Float64Array, m: number): void {
  const { n, tau, store } = t;
  for (let k = n - 3; k >= 0; k--) {
    const tk = tau[k]!;
    if (tk === 0) continue;
    const vo = k * n;
    let r = 0;
    // Two vectors at a time share the loads of the reflector.
    for (; r + 1 < m; r += 2) {
      const z0 = r * n;
      const z1 = z0 + n;
      let s0 = z[z0 + k + 1]!;
      let s1 = z[z1 + k + 1]!;
      for (let i = k + 2; i < n; i++) {
        const v = store[vo + i]!;
        s0 += v * z[z0 + i]!;
        s1 += v * z[z1 + i]!;
      }
      s0 *= tk;
      s1 *= tk;
      z[z0 + k + 1]! -= s0;
      z[z1 + k + 1]! -= s1;
      for (let i = k + 2; i < n; i++) {
        const v = store[vo + i]!;
        z[z0 + i]! -= s0 * v;
        z[z1 + i]! -= s1 * v;
      }
    }
    if (r < m) {
      const zo = r * n;
      let s = z[zo + k + 1]!;
      for (let i = k + 2; i < n; i++) s += store[vo + i]! * z[zo + i]!;
      s *= tk;
      z[zo + k + 1]! -= s;
      for (let i = k + 2; i < n; i++) z[zo + i]! -= s * store[vo + i]!;
    }
  }
}
