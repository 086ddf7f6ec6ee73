/**
 * The Wilson score interval of a share (95%): stays inside [0, 1], unlike mean ± t·sd on a
 * handful of 0/1 outcomes.
 */
export function wilson(
  successes: number,
  trials: number,
  z = 1.959963984540054,
): { low: number; high: number } {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
