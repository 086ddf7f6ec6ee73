import type { NormName } from './params';

/**
 * The first example whose adversarial image leaves the eps ball around its original or the
 * [0,1] box (with float32 slack), or -1: an attack's output is checked, never trusted.
 */
export function firstOutside(orig: Float32Array, adv: Float32Array, size: number, norm: NormName, eps: number): number {
  const n = size > 0 ? orig.length / size : 0;
  for (let i = 0; i < n; i++) {
    let l2 = 0;
    let linf = 0;
    for (let j = i * size; j < (i + 1) * size; j++) {
      const a = adv[j] ?? 0;
      if (!(a >= -1e-6 && a <= 1 + 1e-6)) return i;
      const d = Math.abs(a - (orig[j] ?? 0));
      l2 += d * d;
      linf = Math.max(linf, d);
    }
    const dist = norm === 'Linf' ? linf : Math.sqrt(l2);
    if (dist > eps * (1 + 1e-4) + 1e-6) return i;
  }
  return -1;
}

/** Argmax per row of [N, C] logits. */
export function argmaxRows(logits: Float32Array, n: number): Int32Array {
  const c = n > 0 ? logits.length / n : 0;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < c; k++) if ((logits[i * c + k] ?? -Infinity) > (logits[i * c + best] ?? -Infinity)) best = k;
    out[i] = best;
  }
  return out;
}
