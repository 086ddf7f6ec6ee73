import { jStat } from 'jstat';

/** One seed's accuracy: the share of `n` images it got right. */
export interface SeedShare {
  readonly share: number;
  readonly n: number;
}

export interface AccuracyInterval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** Seeds the mean is over. */
  readonly seeds: number;
  /** The effective number of images the bounds correspond to (the images themselves for one seed). */
  readonly effectiveN: number;
}

/**
 * Wilson's score interval for a share p observed over n images at quantile z. It stays inside
 * [0, 1] by construction and keeps its coverage near 0 and 1, where the Wald interval collapses.
 */
export function wilson(p: number, n: number, z: number): { low: number; high: number } {
  const z2n = (z * z) / n;
  const center = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  // Rounding can leave the bound a hair outside [0, 1] at p = 0 or 1.
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/**
 * A 95% interval for an accuracy measured on a finite set of images, over one or more seeds.
 *
 * One seed: Wilson's interval over its images (the uncertainty of estimating the accuracy on
 * the population from the images drawn).
 * Several seeds: the variance of the mean is the seeds' spread (s²/k: training and attack
 * randomness) plus the images' binomial variance (mean of p(1-p)/n; the same test images serve
 * every seed, so it does not shrink with k). Wilson's interval is then taken at the effective
 * number of images p(1-p)/variance, with the Student-t quantile at Welch-Satterthwaite's
 * degrees of freedom, after the design-effect construction of Korn and Graubard (1998): bounds
 * stay in [0, 1], and when the seed spread dominates the width is close to the Student-t
 * interval's, pulled toward 50% as Wilson's always is.
 */
export function accuracyInterval(seeds: readonly SeedShare[], level = 0.95): AccuracyInterval | null {
  const ok = seeds.filter((s) => Number.isFinite(s.share) && s.share >= 0 && s.share <= 1 && s.n > 0);
  const k = ok.length;
  if (k === 0) return null;
  const mean = ok.reduce((a, s) => a + s.share, 0) / k;
  const meanN = ok.reduce((a, s) => a + s.n, 0) / k;
  const zNormal = jStat.normal.inv(1 - (1 - level) / 2, 0, 1);
  const binomial = ok.reduce((a, s) => a + (s.share * (1 - s.share)) / s.n, 0) / k;
  const seedVar = k < 2 ? 0 : ok.reduce((a, s) => a + (s.share - mean) ** 2, 0) / (k - 1) / k;
  const variance = binomial + seedVar;
  if (mean <= 0 || mean >= 1 || variance <= 0) {
    // Every image right (or wrong) under every seed: the interval of that count over the images
    // (the same images serve every seed, so the seeds add no images).
    const { low, high } = wilson(mean, meanN, zNormal);
    return { mean, low, high, seeds: k, effectiveN: meanN };
  }
  const effectiveN = (mean * (1 - mean)) / variance;
  const df = seedVar > 1e-300 ? (variance * variance * (k - 1)) / (seedVar * seedVar) : Infinity;
  // Past a million degrees of freedom t is the normal quantile (and jStat's inverse t degrades).
  const z = df < 1e6 ? jStat.studentt.inv(1 - (1 - level) / 2, df) : zNormal;
  const { low, high } = wilson(mean, effectiveN, z);
  return { mean, low, high, seeds: k, effectiveN };
}
