import { squareCorner, randomSign, squareSide } from './p-schedule';
import type { SquareNorm } from './square-norm';

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Linf: start from vertical stripes of +-eps; each proposal moves one square of each channel by +-2 eps, back into the ball. */
export const squareLinf: SquareNorm = {
  init(orig, [c = 1, h = 1, w = 1], eps, random) {
    const x = new Float32Array(orig.length);
    for (let ch = 0; ch < c; ch++) {
      for (let col = 0; col < w; col++) {
        const d = eps * randomSign(random);
        for (let row = 0; row < h; row++) {
          const k = (ch * h + row) * w + col;
          x[k] = clamp01((orig[k] ?? 0) + d);
        }
      }
    }
    return x;
  },

  propose(orig, best, dims, eps, p, random) {
    const [c = 1, h = 1, w = 1] = dims;
    const s = squareSide(p, dims, 1);
    const vh = squareCorner(random, h, s);
    const vw = squareCorner(random, w, s);
    const x = best.slice();
    for (let ch = 0; ch < c; ch++) {
      const d = 2 * eps * randomSign(random);
      for (let row = vh; row < vh + s; row++) {
        for (let col = vw; col < vw + s; col++) {
          const k = (ch * h + row) * w + col;
          const o = orig[k] ?? 0;
          x[k] = clamp01(Math.min(o + eps, Math.max(o - eps, (best[k] ?? 0) + d)));
        }
      }
    }
    return x;
  },
};
