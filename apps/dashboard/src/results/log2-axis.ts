/** The charts plot data budgets on a log2 axis: x = log2(n). */
export const log2 = (n: number): number => Math.log2(n);

/** The budget at an x position (exact for the budgets themselves, up to float error). */
export const budgetAt = (x: number): number => Math.round(2 ** x);

/** More budgets than this get power-of-two ticks instead of one tick per budget. */
export const MAX_BUDGET_TICKS = 10;

/**
 * Tick positions for budgets `ns`: one per budget swept (what a reader looks up) when they
 * are few, else every power of two across their range.
 */
export function log2Ticks(ns: readonly number[]): number[] {
  const distinct = [...new Set(ns.filter((n) => n > 0))].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  if (distinct.length <= MAX_BUDGET_TICKS) return distinct.map(log2);
  const from = Math.ceil(log2(distinct[0]!));
  const to = Math.floor(log2(distinct[distinct.length - 1]!));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The x domain: the budgets' range, a quarter octave wider each side so end points are not clipped. */
export function log2Domain(ns: readonly number[]): [number, number] {
  const xs = ns.filter((n) => n > 0).map(log2);
  if (xs.length === 0) return [0, 1];
  return [Math.min(...xs) - 0.25, Math.max(...xs) + 0.25];
}
