/** Class-match figures of ranked lists: per rank, and the study's two summaries. */
export interface ClassMatch {
  /** Share of targets whose k-th ranked image has the target's class, k = 1..K (that image alone, not cumulative). */
  readonly byRank: readonly number[];
  /** Share whose top-1 image matches. */
  readonly top1: number;
  /** Share with at least 3 matches among the top 5. */
  readonly top5AtLeast3: number;
}

/** `lists[t]` ranks training positions for target t (most helpful first); labels by position. */
export function classMatch(lists: readonly (readonly number[])[], targetLabels: ArrayLike<number>, trainLabels: ArrayLike<number>, topK: number): ClassMatch {
  const hits = new Float64Array(topK);
  const counts = new Float64Array(topK);
  let top1 = 0;
  let top5 = 0;
  lists.forEach((list, t) => {
    const y = targetLabels[t];
    let inFive = 0;
    list.slice(0, topK).forEach((pos, k) => {
      const match = trainLabels[pos] === y ? 1 : 0;
      hits[k]! += match;
      counts[k]! += 1;
      if (k < 5) inFive += match;
    });
    if (list.length > 0 && trainLabels[list[0]!] === y) top1 += 1;
    if (inFive >= 3) top5 += 1;
  });
  const targets = Math.max(1, lists.length);
  return { byRank: Array.from(hits, (h, k) => (counts[k]! > 0 ? h / counts[k]! : Number.NaN)).filter((v) => !Number.isNaN(v)), top1: top1 / targets, top5AtLeast3: top5 / targets };
}
