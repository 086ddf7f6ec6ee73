// FAB's projections as they were before the merge sort (sorted-indices.ts): Array.prototype.sort
// with a comparator. Kept as the reference the new ones must equal, value for value.

const BIG = 1e12;

/**
 * FAB's L2 projection (the reference's projection_l2, one example): the smallest-L2 step d with
 * t + d in [0,1] onto the hyperplane <w, x> = b (the box-clipped direction -alpha w, with the
 * coordinates that hit the box held there), or the box corner closest to it when the box does
 * not reach it. The breakpoints alpha at which coordinates hit the box are sorted and searched.
 */
export function referenceProjectL2(t: Float32Array, wIn: Float32Array, bIn: number): Float64Array {
  const n = t.length;
  let c = -bIn;
  for (let i = 0; i < n; i++) c += (wIn[i] ?? 0) * (t[i] ?? 0);
  const sign = c >= 0 ? 1 : -1;
  const w = Float64Array.from(wIn, (v) => v * sign);
  c *= sign;
  const live = (i: number) => Math.abs(w[i] ?? 0) >= 1e-8;
  const r = Float64Array.from(w, (wi, i) => {
    if (!live(i)) return BIG;
    const v = Math.min(BIG, Math.max(-BIG, Math.max((t[i] ?? 0) / wi, ((t[i] ?? 0) - 1) / wi)));
    return v === -BIG ? BIG : v;
  });
  const indr = Array.from({ length: n }, (_, i) => i).sort((x, y) => (r[x] ?? 0) - (r[y] ?? 0));
  const rs = Float64Array.from(indr, (i) => r[i] ?? 0);
  const rs2 = Float64Array.from(rs, (_, k) => (k + 1 < n ? (rs[k + 1] ?? 0) : 0));
  for (const arr of [rs, rs2]) for (let k = 0; k < n; k++) if (arr[k] === BIG) arr[k] = 0;
  const w3s = Float64Array.from(indr, (i) => (w[i] ?? 0) ** 2);
  const w5 = w3s.reduce((x, v) => x + v, 0);
  const ws = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) {
    acc += w3s[k] ?? 0;
    ws[k] = w5 - acc;
  }
  const d = Float64Array.from(w, (wi, i) => (live(i) ? -(r[i] ?? 0) * wi : 0));
  // s[0] = -w5 rs[0]; s[k+1] = s[0] + cumsum((rs - rs2) ws) up to k.
  const s = new Float64Array(n + 1);
  s[0] = -w5 * (rs[0] ?? 0);
  acc = 0;
  for (let k = 0; k < n; k++) {
    acc += ((rs[k] ?? 0) - (rs2[k] ?? 0)) * (ws[k] ?? 0);
    s[k + 1] = acc - w5 * (rs[0] ?? 0);
  }
  let dw = 0;
  for (let i = 0; i < n; i++) dw += (d[i] ?? 0) * (w[i] ?? 0);
  const c4 = (s[0] ?? 0) + c < 0;
  const c3 = dw + c > 0;
  if (c4) {
    const alpha = c / w5;
    for (let i = 0; i < n; i++) d[i] = -alpha * (w[i] ?? 0);
  } else if (!c3) {
    let lb = 0;
    let ub = n - 1;
    for (let it = 0; it < Math.ceil(Math.log2(n)); it++) {
      const mid = Math.floor((lb + ub) / 2);
      if ((s[mid] ?? 0) + c > 0) lb = mid;
      else ub = mid;
    }
    const alpha = (ws[lb] ?? 0) === 0 ? 0 : ((s[lb] ?? 0) + c) / (ws[lb] ?? 1) + (rs[lb] ?? 0);
    for (let i = 0; i < n; i++) if (!(alpha > (r[i] ?? 0))) d[i] = -alpha * (w[i] ?? 0);
  }
  for (let i = 0; i < n; i++) if (!live(i)) d[i] = 0;
  return d;
}

/** The previous projectLinf (see projection-linf.ts). */
export function referenceProjectLinf(t: Float32Array, wIn: Float32Array, bIn: number): Float64Array {
  const n = t.length;
  let wt = 0;
  for (let i = 0; i < n; i++) wt += (wIn[i] ?? 0) * (t[i] ?? 0);
  const sign = wt - bIn >= 0 ? 1 : -1;
  const w = Float64Array.from(wIn, (v) => v * sign);
  const a = Float64Array.from(w, (v) => (v < 0 ? 1 : 0));
  const d = Float64Array.from(w, (v, i) => (v !== 0 ? (a[i] ?? 0) - (t[i] ?? 0) : 0));
  const p = Float64Array.from(a, (ai, i) => ai - (t[i] ?? 0) * (2 * ai - 1));
  const indp = Array.from({ length: n }, (_, i) => i).sort((x, y) => (p[x] ?? 0) - (p[y] ?? 0));
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
