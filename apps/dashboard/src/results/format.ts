/** Accuracies are fractions in [0,1]; the pages show percentages with one decimal. */
export const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`;

// Intervals are printed in their value's own unit as mean [low, high] (formatInterval in
// analyses/cell-values.ts); a half-width scaled to percentage points whatever the unit printed the
// saliency page's "Δ alignment 0.501 ± 3.8", so none is offered here.

/** A difference of accuracies in percentage points, always signed. */
export function points(delta: number): string {
  const v = delta * 100;
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)} pp`;
}

export function pValue(p: number | null): string {
  if (p === null) return 'n/a';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
