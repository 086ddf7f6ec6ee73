/** Accuracies are fractions in [0,1]; the pages show percentages with one decimal. */
export const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`;

/** Half the width of a 95% interval, in percentage points; null bounds (one seed) give none. */
export function halfWidth(low: number | null, high: number | null): number | null {
  return low === null || high === null ? null : (high - low) / 2;
}

export function plusMinus(low: number | null, high: number | null): string {
  const h = halfWidth(low, high);
  return h === null ? '' : `± ${(h * 100).toFixed(1)}`;
}

/** A difference of accuracies in percentage points, always signed. */
export function points(delta: number): string {
  const v = delta * 100;
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)} pp`;
}

export function pValue(p: number | null): string {
  if (p === null) return 'n/a';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
