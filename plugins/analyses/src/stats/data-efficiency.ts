export interface BudgetPoint {
  /** Total number of training images. */
  readonly n: number;
  /** Accuracy in [0,1] at that budget. */
  readonly accuracy: number;
}

/**
 * Area under accuracy vs log2(n), by the trapezoid rule, divided by the log2 range of n so the
 * score is in [0,1] (1 = perfect accuracy at every budget). With a single budget it is that
 * budget's accuracy. Duplicate n are averaged first.
 */
export function dataEfficiency(points: readonly BudgetPoint[]): number {
  if (points.length === 0) throw new RangeError('dataEfficiency needs at least one point');
  const byN = new Map<number, number[]>();
  for (const p of points) {
    if (!(p.n >= 1)) throw new RangeError(`n must be >= 1 (got ${p.n})`);
    byN.set(p.n, [...(byN.get(p.n) ?? []), p.accuracy]);
  }
  const xs = [...byN.keys()].sort((x, y) => x - y);
  const ys = xs.map((n) => {
    const v = byN.get(n) ?? [];
    return v.reduce((a, b) => a + b, 0) / v.length;
  });
  if (xs.length === 1) return ys[0] ?? 0;
  let area = 0;
  for (let i = 1; i < xs.length; i++) {
    area += ((Math.log2(xs[i] ?? 1) - Math.log2(xs[i - 1] ?? 1)) * ((ys[i] ?? 0) + (ys[i - 1] ?? 0))) / 2;
  }
  return area / (Math.log2(xs[xs.length - 1] ?? 1) - Math.log2(xs[0] ?? 1));
}
