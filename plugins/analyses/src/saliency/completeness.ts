/** |sum of attributions - (f(x) - f(x'))| / |f(x) - f(x')| over the images where f changes. */
export interface SaliencyCompleteness {
  readonly images: number;
  /** Share of those images within 1%. */
  readonly withinOnePercent: number;
  /** The tolerance the trial refined to (1% for rows stored before it was a param). */
  readonly tolerance: number;
  /** Share of those images within the tolerance. */
  readonly withinTolerance: number;
  /** Images whose error is over the tolerance (their budget ran out first). */
  readonly notReached: number;
  readonly median: number;
  readonly max: number;
}

/** The completeness errors of a trial's integrated gradients, summarised (null when it has none). */
export function completenessOf(
  errors: readonly (number | null)[] | null,
  tolerance = 0.01,
): SaliencyCompleteness | null {
  const e = (errors ?? []).filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (e.length === 0) return null;
  const within = e.filter((x) => x <= tolerance).length;
  return {
    images: e.length,
    withinOnePercent: e.filter((x) => x <= 0.01).length / e.length,
    tolerance,
    withinTolerance: within / e.length,
    notReached: e.length - within,
    median: e[Math.floor((e.length - 1) / 2)]!,
    max: e.at(-1)!,
  };
}
