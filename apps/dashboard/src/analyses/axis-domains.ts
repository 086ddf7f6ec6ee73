/** A value axis over `values`, 5% wider each side; a single value gets ±1 around it. */
export function paddedDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi === lo) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/**
 * A share axis (0..1) that holds every value, widened to the next step of 0.1 (0.05 for a narrow
 * range) so close curves stay apart, and kept inside [0, 1] when the values are; a difference of
 * shares may leave it.
 */
export function shareDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = hi - lo > 0.3 ? 0.1 : 0.05;
  // Rounded to 10 decimals: 0.30000000000000004 is 0.3.
  const tidy = (v: number): number => Number(v.toFixed(10));
  let low = tidy(Math.floor(lo / step) * step);
  let high = tidy(Math.ceil(hi / step) * step);
  if (lo >= 0) low = Math.max(0, low);
  if (hi <= 1) high = Math.min(1, high);
  if (low === high) [low, high] = [tidy(low - step), tidy(high + step)];
  return [low, high];
}
