import { classMatch, type ClassMatch } from './class-match';
import type { InverseHessian } from './inverse';
import { scoreRow, selfInfluence, topPositions, type Projected } from './scores';

export interface InfluenceTable {
  /** Per target: training positions, most helpful first (topK) / most harmful first (galleryK), with their scores (galleryK). */
  readonly helpful: number[][];
  readonly helpfulScores: number[][];
  readonly harmful: number[][];
  readonly harmfulScores: number[][];
  readonly match: ClassMatch;
}

export interface TableOptions {
  readonly topK: number;
  readonly galleryK: number;
  /** Target t is training example exclude(t): leave it out of its own lists. */
  readonly exclude?: (t: number) => number;
  readonly signal?: AbortSignal;
}

/** Significant digits kept of stored scores (rows stay small; ranks come from the full values). */
const round = (v: number): number => Number(v.toPrecision(6));

/** Ranks every training example for each target (row by row: the score matrix is never kept). */
export function influenceTable(targets: Projected, train: Projected, inv: InverseHessian, o: TableOptions): InfluenceTable {
  const row = new Float64Array(train.head.n);
  const out: InfluenceTable = { helpful: [], helpfulScores: [], harmful: [], harmfulScores: [], match: { byRank: [], top1: 0, top5AtLeast3: 0 } };
  for (let t = 0; t < targets.head.n; t++) {
    if (t % 64 === 0 && o.signal?.aborted) throw new Error('influence: aborted');
    scoreRow(targets, t, train, inv, row);
    const skip = o.exclude?.(t) ?? -1;
    const best = topPositions(row, Math.max(o.topK, o.galleryK), skip, 1);
    const worst = topPositions(row, o.galleryK, skip, -1);
    out.helpful.push(best.slice(0, Math.max(o.topK, o.galleryK)));
    out.helpfulScores.push(best.slice(0, o.galleryK).map((j) => round(row[j]!)));
    out.harmful.push(worst);
    out.harmfulScores.push(worst.map((j) => round(row[j]!)));
  }
  const match = classMatch(out.helpful, targets.head.labels, train.head.labels, o.topK);
  return { ...out, match };
}

/** Self-influence of every training example, rounded for storage. */
export function storedSelfInfluence(train: Projected, inv: InverseHessian): number[] {
  return Array.from(selfInfluence(train, inv), round);
}

