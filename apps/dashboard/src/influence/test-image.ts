/** Where the chosen test image sits among the setting's test images, for the prev/next buttons. */
export interface TestImageChoice {
  /** The test split's index of the image shown. */
  readonly index: number;
  /** Its place in the setting's list (0-based). */
  readonly position: number;
  readonly count: number;
  readonly previous: number | undefined;
  readonly next: number | undefined;
}

/**
 * The test image the URL asks for; one the setting did not score snaps to the nearest scored
 * index (ties to the lower), so a typed number always lands on an image with results.
 * Without a request, the first image.
 */
export function pickTestImage(
  testIndices: readonly number[],
  requested: string | null,
): TestImageChoice | undefined {
  const sorted = [...new Set(testIndices)].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const asked = requested === null || requested.trim() === '' ? NaN : Number(requested);
  let position = 0;
  if (Number.isFinite(asked)) {
    for (let i = 1; i < sorted.length; i++) {
      if (Math.abs(sorted[i]! - asked) < Math.abs(sorted[position]! - asked)) position = i;
    }
  }
  return {
    index: sorted[position]!,
    position,
    count: sorted.length,
    previous: sorted[position - 1],
    next: sorted[position + 1],
  };
}
