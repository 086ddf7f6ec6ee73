/**
 * The reference's schedule of p, the fraction of pixels a square covers: p_init halved at
 * iterations 10, 50, 200, 500, 1000, 2000, 4000, 6000 and 8000 of 10,000, rescaled to the budget.
 */
export function squareFraction(pInit: number, iteration: number, queries: number): number {
  const it = Math.floor((iteration / queries) * 10_000);
  const bounds = [10, 50, 200, 500, 1000, 2000, 4000, 6000, 8000, 10_000];
  for (let k = 0; k < bounds.length - 1; k++) if (it > bounds[k]! && it <= bounds[k + 1]!) return pInit / 2 ** (k + 1);
  return pInit;
}

/** Side of the square for a fraction p of the pixels of a c x h x w image (at least `min`, at most the image). */
export function squareSide(p: number, dims: readonly number[], min: number): number {
  const [, h = 1, w = 1] = dims;
  return Math.min(Math.max(Math.round(Math.sqrt(p * h * w)), min), h, w);
}

/**
 * The top-left corner of a square of side s along an axis of n pixels, uniform in [0, n - s].
 * The reference draws from [0, n - s), so its squares never touch the last row and column:
 * harmless at 32 px, but on tiny images a share of the pixels would never move.
 */
export function squareCorner(random: () => number, n: number, s: number): number {
  return Math.min(Math.floor((n - s + 1) * random()), n - s);
}

/** +1 or -1 with equal odds. */
export function randomSign(random: () => number): number {
  return random() < 0.5 ? -1 : 1;
}
