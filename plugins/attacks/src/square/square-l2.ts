import { squareCorner, randomSign, squareSide } from './p-schedule';
import { pseudoGaussian } from './pseudo-gaussian';
import type { SquareNorm } from './square-norm';

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** orig + eps * delta / ||delta||_2, clipped to [0,1] (the reference's final step of init and update). */
function onSphere(orig: Float32Array, delta: Float64Array, eps: number): Float32Array {
  const norm = Math.sqrt(delta.reduce((s, v) => s + v * v, 0)) + 1e-12;
  return Float32Array.from(orig, (o, k) => clamp01(o + (eps * (delta[k] ?? 0)) / norm));
}

/**
 * L2: start from a grid of pseudo-Gaussian windows of random sign per channel, on the eps
 * sphere; each proposal moves the mass of a second square into a first one, with a new
 * pseudo-Gaussian bump, keeping the total norm (the reference's L2 update).
 */
export const squareL2: SquareNorm = {
  init(orig, [c = 1, h = 1, w = 1], eps, random) {
    const delta = new Float64Array(orig.length);
    const s = Math.max(Math.floor(h / 5), 1);
    const [nh, nw] = [Math.floor(h / s), Math.floor(w / s)];
    const [sh, sw] = [Math.floor((h - s * nh) / 2), Math.floor((w - s * nw) / 2)];
    for (let i = 0; i < nh; i++) {
      for (let j = 0; j < nw; j++) {
        const bump = pseudoGaussian(s, random);
        for (let ch = 0; ch < c; ch++) {
          const sign = randomSign(random);
          for (let r = 0; r < s; r++) {
            for (let q = 0; q < s; q++) {
              const k = (ch * h + sh + i * s + r) * w + sw + j * s + q;
              delta[k] = (delta[k] ?? 0) + sign * (bump[r * s + q] ?? 0);
            }
          }
        }
      }
    }
    return onSphere(orig, delta, eps);
  },

  propose(orig, best, dims, eps, p, random) {
    const [c = 1, h = 1, w = 1] = dims;
    let s = squareSide(p, dims, 3);
    if (s % 2 === 0 && s + 1 <= Math.min(h, w)) s += 1;
    const delta = Float64Array.from(best, (v, k) => v - (orig[k] ?? 0));
    const [vh, vw] = [squareCorner(random, h, s), squareCorner(random, w, s)];
    const [vh2, vw2] = [squareCorner(random, h, s), squareCorner(random, w, s)];
    const at = (ch: number, r: number, q: number, top: number, left: number) => (ch * h + top + r) * w + left + q;
    const inWindow = (r: number, q: number, top: number, left: number) => r >= top && r < top + s && q >= left && q < left + s;
    let image = 0;
    let windows = 0;
    for (let ch = 0; ch < c; ch++) {
      for (let r = 0; r < h; r++) {
        for (let q = 0; q < w; q++) {
          const v = delta[(ch * h + r) * w + q] ?? 0;
          image += v * v;
          if (inWindow(r, q, vh, vw) || inWindow(r, q, vh2, vw2)) windows += v * v;
        }
      }
    }
    // The new window's norm: what the two windows held, plus what is left of the eps budget, per channel.
    const target = Math.sqrt(Math.max(eps * eps - image, 0) / c + windows);
    const fresh: Float64Array[] = [];
    const shape = pseudoGaussian(s, random); // one shape, a random sign per channel
    for (let ch = 0; ch < c; ch++) {
      let old = 0;
      for (let r = 0; r < s; r++) for (let q = 0; q < s; q++) old += (delta[at(ch, r, q, vh, vw)] ?? 0) ** 2;
      old = Math.sqrt(old) + 1e-12;
      const sign = randomSign(random);
      const bump = shape.map((v, k) => sign * v + (delta[at(ch, Math.floor(k / s), k % s, vh, vw)] ?? 0) / old);
      const norm = Math.sqrt(bump.reduce((a, v) => a + v * v, 0)) + 1e-12;
      fresh.push(bump.map((v) => (v / norm) * target));
    }
    for (let ch = 0; ch < c; ch++) {
      for (let r = 0; r < s; r++) for (let q = 0; q < s; q++) delta[at(ch, r, q, vh2, vw2)] = 0;
    }
    fresh.forEach((bump, ch) => bump.forEach((v, k) => (delta[at(ch, Math.floor(k / s), k % s, vh, vw)] = v)));
    return onSphere(orig, delta, eps);
  },
};
