// Moved from plugins/datasets (which re-exports it): plugins sample training subsets without depending on a dataset package.
import { seededRandom } from './random';

/** A stream seed derived from (seed, stream), so each class draws independently of the others. */
function streamSeed(seed: number, stream: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}


/**
 * How many images each class contributes to a subset of n: as equal as the class sizes
 * allow. Classes smaller than their share give all they have and the rest is shared among
 * the others; the r images left over after equal shares go to r classes chosen by a seeded
 * shuffle, so no class is favoured across seeds. Returns a map class -> quota.
 */
export function stratifiedQuotas(
  counts: ReadonlyMap<number, number>,
  n: number,
  seed: number,
): Map<number, number> {
  const quotas = new Map<number, number>();
  let open = [...counts.keys()].filter((k) => (counts.get(k) ?? 0) > 0).sort((a, b) => a - b);
  let remaining = n;
  for (;;) {
    const share = Math.floor(remaining / Math.max(open.length, 1));
    const small = open.filter((k) => (counts.get(k) ?? 0) <= share);
    if (small.length === 0 || open.length === 0) break;
    for (const k of small) {
      quotas.set(k, counts.get(k) ?? 0);
      remaining -= counts.get(k) ?? 0;
    }
    open = open.filter((k) => !small.includes(k));
  }
  const share = open.length ? Math.floor(remaining / open.length) : 0;
  const order = [...open];
  const rnd = seededRandom(streamSeed(seed, -1));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  const extra = remaining - share * open.length;
  order.forEach((k, i) => quotas.set(k, share + (i < extra ? 1 : 0)));
  return quotas;
}

/**
 * A seeded, class-stratified subset of n training images in total (n counts all images,
 * not per class, as in the reference study). It depends only on the labels, n and the
 * seed, so every source model trained with the same seed sees the same images. Within a
 * class the images are the first quota of a seeded permutation of that class, so a larger
 * n with the same seed extends each class's pick. Returns indices in ascending order.
 */
export function stratifiedSample(labels: ArrayLike<number>, n: number, seed: number): Int32Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sample size ${n} must be a non-negative integer`);
  if (n > labels.length)
    throw new RangeError(`sample size ${n} exceeds the ${labels.length} images available`);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? 0;
    let list = byClass.get(l);
    if (!list) byClass.set(l, (list = []));
    list.push(i);
  }
  const counts = new Map([...byClass].map(([k, v]) => [k, v.length] as const));
  const quotas = stratifiedQuotas(counts, n, seed);
  const out: number[] = [];
  for (const [k, list] of byClass) {
    const q = quotas.get(k) ?? 0;
    const rnd = seededRandom(streamSeed(seed, k));
    // Partial Fisher-Yates: the first q positions become a uniform random q-subset.
    for (let i = 0; i < q; i++) {
      const j = i + Math.floor(rnd() * (list.length - i));
      [list[i], list[j]] = [list[j] ?? 0, list[i] ?? 0];
      out.push(list[i] ?? 0);
    }
  }
  return Int32Array.from(out).sort();
}
