import { sortedIndices } from './sorted-indices';

/**
 * FAB's Linf projection (the reference's projection_linf, one example): the smallest-Linf step
 * d with t + d in [0,1] onto the hyperplane <w, x> = b, or, when the box does not reach it,
 * the box corner closest to it. Sorting the coordinates by how far each can move and a binary
 * search find the active set, as in the reference.
 */
export function projectLinf(t: Float32Array, wIn: Float32Array, bIn: number): Float64Array {
  const n = t.length;
  let wt = 0;
  for (let i = 0; i < n; i++) wt += (wIn[i] ?? 0) * (t[i] ?? 0);
  const sign = wt - bIn >= 0 ? 1 : -1;
  const [w, a, d, p] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let i = 0; i < n; i++) {
    const wi = (wIn[i] ?? 0) * sign;
    const ai = wi < 0 ? 1 : 0;
    const ti = t[i] ?? 0;
    w[i] = wi;
    a[i] = ai;
    d[i] = wi !== 0 ? ai - ti : 0;
    p[i] = ai - ti * (2 * ai - 1);
  }
  const indp = sortedIndices(p);
  const b = bIn * sign - wt * sign;
  let b0 = 0;
  for (let i = 0; i < n; i++) b0 += (w[i] ?? 0) * (d[i] ?? 0);
  // Cumulative sums over coordinates by decreasing p.
  const s = new Float64Array(n);
  const sb = new Float64Array(n);
  let accS = 0;
  let accB = b0;
  for (let k = 0; k < n; k++) {
    const i = indp[n - 1 - k]!;
    accS += Math.abs(w[i] ?? 0);
    accB += -(w[i] ?? 0) * (d[i] ?? 0);
    s[k] = accS;
    sb[k] = accB;
  }
  const last = n - 1;
  const cl = b - ((sb[last] ?? 0) - (s[last] ?? 0) * (p[indp[0]!] ?? 0)) > 0;
  const c2 = b - b0 > 0 && !cl;
  if (cl) {
    const lambda = Math.max((b - (sb[last] ?? 0)) / -(s[last] ?? 1), 0);
    for (let i = 0; i < n; i++) d[i] = (2 * (a[i] ?? 0) - 1) * lambda;
  } else if (c2) {
    let lb = 0;
    let ub = n - 1;
    for (let it = 0; it < Math.ceil(Math.log2(n)); it++) {
      const mid = Math.floor((lb + ub) / 2);
      const cur = indp[n - 1 - mid]!;
      if (b - ((sb[mid] ?? 0) - (s[mid] ?? 0) * (p[cur] ?? 0)) > 0) lb = mid;
      else ub = mid;
    }
    const lambda = Math.max((b - (sb[lb] ?? 0)) / -(s[lb] ?? 1), 0);
    for (let i = 0; i < n; i++) d[i] = (a[i] ?? 0) ? Math.min(lambda, d[i] ?? 0) : Math.max(-lambda, d[i] ?? 0);
  }
  for (let i = 0; i < n; i++) if ((w[i] ?? 0) === 0) d[i] = 0;
  return d;
}
