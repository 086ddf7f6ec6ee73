/** The reference's eta_rectangles: nested rectangles around the centre weighted 1/(k+1)^2, unit L2 norm, [x, y] row-major. */
function etaRectangles(x: number, y: number): Float64Array {
  const delta = new Float64Array(x * y);
  const [xc, yc] = [Math.floor(x / 2) + 1, Math.floor(y / 2) + 1];
  let [r0, c0] = [xc - 1, yc - 1];
  for (let k = 0; k < Math.max(xc, yc); k++) {
    for (let r = Math.max(r0, 0); r < Math.min(r0 + 2 * k + 1, x); r++) {
      for (let c = Math.max(c0, 0); c < Math.min(c0 + 2 * k + 1, y); c++) delta[r * y + c] = (delta[r * y + c] ?? 0) + 1 / (k + 1) ** 2;
    }
    r0--;
    c0--;
  }
  return normalised(delta);
}

function normalised(v: Float64Array): Float64Array {
  const norm = Math.sqrt(v.reduce((s, a) => s + a * a, 0));
  return norm > 0 ? v.map((a) => a / norm) : v;
}

/**
 * The Square Attack's L2 window, s x s: a positive pseudo-Gaussian bump on the top half and a
 * negative one on the bottom half, unit norm, transposed with probability 1/2 (meta_pseudo_gaussian_pert).
 */
export function pseudoGaussian(s: number, random: () => number): Float64Array {
  const half = Math.floor(s / 2);
  const delta = new Float64Array(s * s);
  delta.set(etaRectangles(half, s), 0);
  delta.set(etaRectangles(s - half, s).map((v) => -v), half * s);
  const out = normalised(delta);
  if (random() <= 0.5) return out;
  return out.map((_, k) => out[(k % s) * s + Math.floor(k / s)] ?? 0);
}
