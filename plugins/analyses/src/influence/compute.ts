import { stratifiedSample } from '@transferlab/sdk';
import type { Head } from './head';
import { influenceTable, storedSelfInfluence, type InfluenceTable } from './influence-table';
import type { InverseHessian } from './inverse';
import { projected, type Projected } from './scores';
import { solve, type SolveOptions } from './solve';

export interface ComputeOptions extends SolveOptions {
  readonly topK: number;
  readonly galleryK: number;
  /** Training examples used as targets (stratified, seed 0; each left out of its own list). */
  readonly trainTargets: number;
  readonly signal?: AbortSignal;
}

export interface InfluenceComputation {
  readonly inv: InverseHessian;
  readonly test: InfluenceTable;
  readonly train: InfluenceTable;
  /** The same training targets with each in its own list (the reference study's variant). */
  readonly trainWithSelf: InfluenceTable;
  /** Positions in the training head of the training targets. */
  readonly trainTargets: readonly number[];
  readonly selfInfluence: number[];
  readonly solveSeconds: number;
  /** The projected training and test heads (for scoring rows again: the trust figures). */
  readonly trainP: Projected;
  readonly testP: Projected;
}

/** Rows of a head, as a head. */
export function pickRows(h: Head, rows: readonly number[]): Head {
  const take = (a: Float64Array, w: number): Float64Array => {
    const out = new Float64Array(rows.length * w);
    rows.forEach((j, i) => out.set(a.subarray(j * w, (j + 1) * w), i * w));
    return out;
  };
  return {
    ...h,
    n: rows.length,
    x: take(h.x, h.dim),
    p: take(h.p, h.classes),
    r: take(h.r, h.classes),
    labels: Int32Array.from(rows, (j) => h.labels[j]!),
  };
}

/** Everything a trial computes after fine-tuning: the solver, test and training targets' rankings, self-influence. */
export function computeInfluence(train: Head, test: Head, o: ComputeOptions): InfluenceComputation {
  const started = performance.now();
  const inv = solve(train, o);
  const solveSeconds = (performance.now() - started) / 1000;
  const trainP = projected(train, inv);
  const testP = projected(test, inv);
  const testTable = influenceTable(testP, trainP, inv, {
    topK: o.topK,
    galleryK: o.galleryK,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const trainTargets =
    o.trainTargets > 0
      ? Array.from(stratifiedSample(train.labels, Math.min(o.trainTargets, train.n), 0))
      : [];
  const targets = projected(pickRows(train, trainTargets), inv);
  const signal = o.signal ? { signal: o.signal } : {};
  const trainTable = influenceTable(targets, trainP, inv, {
    topK: o.topK,
    galleryK: 1,
    exclude: (i) => trainTargets[i]!,
    ...signal,
  });
  const trainWithSelf = influenceTable(targets, trainP, inv, { topK: o.topK, galleryK: 1, ...signal });
  return {
    inv,
    test: testTable,
    train: trainTable,
    trainWithSelf,
    trainTargets,
    selfInfluence: storedSelfInfluence(trainP, inv),
    solveSeconds,
    trainP,
    testP,
  };
}
