/** |sum of attributions - (f(x) - f(0))| / |f(x) - f(0)| over the images where f changes. */
export interface SaliencyCompleteness {
  readonly images: number;
  /** Share of those images within 1%. */
  readonly withinOnePercent: number;
  readonly median: number;
  readonly max: number;
}

/** The completeness errors of a trial's integrated gradients, summarised (null when it has none). */
export function completenessOf(errors: readonly (number | null)[] | null): SaliencyCompleteness | null {
  const e = (errors ?? []).filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (e.length === 0) return null;
  return {
    images: e.length,
    withinOnePercent: e.filter((x) => x <= 0.01).length / e.length,
    median: e[Math.floor((e.length - 1) / 2)]!,
    max: e.at(-1)!,
  };
}
