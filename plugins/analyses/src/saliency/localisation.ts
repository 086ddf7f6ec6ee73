/**
 * Localisation of one [H, W] map against one [H, W] object mask (1 = object), as CLEVR-XAI
 * scores ground-truth masks (Arras et al. 2022): the pointing game and relevance rank accuracy on
 * the absolute map; relevance mass accuracy is `alignment`'s massShare. Ties are shared out: where
 * several pixels tie, each counts for its chance of being picked by a random tie-break, so a score
 * is the expected value over tie-breaks and a flat map scores the object's area share.
 */
export interface Localisation {
  /** Share of the maximum-|saliency| pixels on the object (1 or 0 for a unique maximum); null for an all-zero map or an empty or full mask. */
  readonly pointing: number | null;
  /** Share of the K most salient pixels on the object, K = the object's pixels; null as pointing. */
  readonly rankAccuracy: number | null;
}

export function localisation(map: ArrayLike<number>, mask: ArrayLike<number>): Localisation {
  const n = map.length;
  let area = 0;
  let top = 0;
  for (let p = 0; p < n; p++) {
    if (mask[p] === 1) area++;
    top = Math.max(top, Math.abs(map[p]!));
  }
  if (area === 0 || area === n || !(top > 0)) return { pointing: null, rankAccuracy: null };
  let atTop = 0;
  let atTopOn = 0;
  for (let p = 0; p < n; p++)
    if (Math.abs(map[p]!) === top) {
      atTop++;
      if (mask[p] === 1) atTopOn++;
    }
  // The K-th largest |value|: pixels above it are all in the top K; those equal to it share the places left.
  const sorted = Float64Array.from({ length: n }, (_, p) => Math.abs(map[p]!)).sort().reverse();
  const kth = sorted[area - 1]!;
  let above = 0;
  let aboveOn = 0;
  let tied = 0;
  let tiedOn = 0;
  for (let p = 0; p < n; p++) {
    const a = Math.abs(map[p]!);
    if (a > kth) {
      above++;
      if (mask[p] === 1) aboveOn++;
    } else if (a === kth) {
      tied++;
      if (mask[p] === 1) tiedOn++;
    }
  }
  const places = area - above;
  return { pointing: atTopOn / atTop, rankAccuracy: (aboveOn + (places * tiedOn) / tied) / area };
}
