/**
 * Cross-seed stability of the most helpful training images. A seed changes the trial's training
 * subset (a stratified sample seeded by it, unless the run sets `sameSubset`) and the new layer's
 * initialisation and batch order. So two seeds are compared only on the training images both
 * subsets hold (by train-split index): each seed's stored top-k helpful list is cut to those
 * images (what remains is a prefix of that seed's ranking of the shared images), both are cut to
 * the shorter length k', and the overlap is |A ∩ B| / k'. Two independent random rankings of the
 * c shared images overlap k'/c on average: the chance level reported beside it. With `sameSubset`
 * (or n the whole split) every image is shared and this is the plain top-k overlap.
 */
export interface StabilityTrial {
  readonly seed: number;
  /** Train-split indices of the trial's training subset. */
  readonly trainIndices: readonly number[];
  readonly testIndices: readonly number[];
  /** Per test image (aligned with testIndices): positions in trainIndices of the most helpful images, best first. */
  readonly helpful: readonly (readonly number[])[];
}

export interface StabilityImage {
  readonly testIndex: number;
  /** Mean over the seed pairs that share a top image candidate. */
  readonly overlap: number;
  readonly chance: number;
  /** Mean k' (images compared) over those pairs. */
  readonly compared: number;
  readonly pairs: number;
}

export interface StabilityReport {
  /** Per test image held by at least two seeds with shared candidates, by test index. */
  readonly images: readonly StabilityImage[];
  /** Mean over seed pairs of the share of a subset's images the other seed's subset holds too. */
  readonly shared: number | null;
  readonly k: number;
}

/** Overlap of two seeds' top-k lists for one test image over their shared training images (null: nothing to compare). */
export function pairOverlap(
  a: readonly number[],
  b: readonly number[],
  shared: ReadonlySet<number>,
): { overlap: number; chance: number; compared: number } | null {
  const [ca, cb] = [a.filter((i) => shared.has(i)), b.filter((i) => shared.has(i))];
  const k = Math.min(ca.length, cb.length);
  if (k === 0) return null;
  const top = new Set(ca.slice(0, k));
  const both = cb.slice(0, k).filter((i) => top.has(i)).length;
  return { overlap: both / k, chance: k / shared.size, compared: k };
}

/** Stability over every pair of distinct seeds among `trials` (one setting and source), top `k` helpful. */
export function seedStability(trials: readonly StabilityTrial[], k: number): StabilityReport {
  const bySeed = [...new Map(trials.map((t) => [t.seed, t])).values()].sort((x, y) => x.seed - y.seed);
  const sums = new Map<number, { overlap: number; chance: number; compared: number; pairs: number }>();
  const sharedShares: number[] = [];
  const top = (t: StabilityTrial, i: number): number[] =>
    (t.helpful[i] ?? []).slice(0, k).map((p) => t.trainIndices[p]!);
  for (let x = 0; x < bySeed.length; x++)
    for (let y = x + 1; y < bySeed.length; y++) {
      const [a, b] = [bySeed[x]!, bySeed[y]!];
      const inB = new Set(b.trainIndices);
      const shared = new Set(a.trainIndices.filter((i) => inB.has(i)));
      sharedShares.push(shared.size / Math.max(1, Math.min(a.trainIndices.length, b.trainIndices.length)));
      const posB = new Map(b.testIndices.map((t, i) => [t, i]));
      a.testIndices.forEach((testIndex, i) => {
        const j = posB.get(testIndex);
        if (j === undefined) return;
        const o = pairOverlap(top(a, i), top(b, j), shared);
        if (!o) return;
        const s = sums.get(testIndex) ?? { overlap: 0, chance: 0, compared: 0, pairs: 0 };
        sums.set(testIndex, {
          overlap: s.overlap + o.overlap,
          chance: s.chance + o.chance,
          compared: s.compared + o.compared,
          pairs: s.pairs + 1,
        });
      });
    }
  const images = [...sums].map(([testIndex, s]) => ({
    testIndex,
    overlap: s.overlap / s.pairs,
    chance: s.chance / s.pairs,
    compared: s.compared / s.pairs,
    pairs: s.pairs,
  }));
  const shared =
    sharedShares.length > 0 ? sharedShares.reduce((p, q) => p + q, 0) / sharedShares.length : null;
  return { images, shared, k };
}
