import { sortedIndices } from './sorted-indices';

const BIG = 1e12;

/**
 * FAB's L2 projection (the reference's projection_l2, one example): the smallest-L2 step d with
 * t + d in [0,1] onto the hyperplane <w, x> = b (the box-clipped direction -alpha w, with the
 * coordinates that hit the box held there), or the box corner closest to it when the box does
 * not reach it. The breakpoints alpha at which coordinates hit the box are sorted and searched.
 */
export function projectL2(t: Float32Array, wIn: Float32Array, bIn: number): Float64Array {
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
  const indr = sortedIndices(r);
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
