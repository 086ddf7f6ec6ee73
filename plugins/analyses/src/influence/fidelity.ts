import { seededRandom } from '@transferlab/sdk';
import { exactInverse } from './exact';
import { applyInverse } from './inverse';
import { exampleLosses, fitHead, headLogits } from './fit-head';
import { headFrom } from './head';
import { projected, scoreRow, topPositions } from './scores';

export interface FidelityInput {
  /** [n, K] training features (depth 0: the frozen source's penultimate features). */
  readonly trainFeatures: Float64Array;
  readonly trainLabels: Int32Array;
  readonly testFeatures: Float64Array;
  readonly testLabels: Int32Array;
  readonly classes: number;
  /** L2 penalty of the head = damping of the influence (the convex case is then strongly convex). */
  readonly damping: number;
  /** Images removed per test image in the group check (10). */
  readonly k?: number;
  readonly seed?: number;
}

export interface FidelityReport {
  /** Pearson r of predicted vs actual test-loss change over every (test image, removed training image) pair. */
  readonly pearson: number;
  /** The same per test image: mean and smallest. */
  readonly pearsonMean: number;
  readonly pearsonMin: number;
  /** Share of test images whose loss rises more without their top-k helpful images than without k random ones. */
  readonly topBeatsRandom: number;
  readonly refits: number;
}

export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let [ma, mb] = [0, 0];
  for (let i = 0; i < n; i++) [ma, mb] = [ma + a[i]! / n, mb + b[i]! / n];
  let [sab, saa, sbb] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const [da, db] = [a[i]! - ma, b[i]! - mb];
    [sab, saa, sbb] = [sab + da * db, saa + da * da, sbb + db * db];
  }
  return sab / Math.sqrt(saa * sbb);
}

const without = (features: Float64Array, labels: Int32Array, drop: ReadonlySet<number>): { f: Float64Array; l: Int32Array } => {
  const k = features.length / labels.length;
  const keep = Array.from(labels, (_, j) => j).filter((j) => !drop.has(j));
  return { f: Float64Array.from(keep.flatMap((j) => Array.from(features.subarray(j * k, (j + 1) * k)))), l: Int32Array.from(keep, (j) => labels[j]!) };
};

/**
 * The fidelity check on the convex depth-0 case, with no outside reference: the head is fitted
 * exactly (Newton, float64), the influence g_test . (H + mu I)^-1 . g_j predicts the test-loss
 * change of removing training image j, and each removal is refitted for real. Also: removing a
 * test image's top-k helpful images must raise its loss more than removing k random ones.
 */
export function fidelityCheck(input: FidelityInput): FidelityReport {
  const { trainFeatures, trainLabels, testFeatures, testLabels, classes, damping } = input;
  const k = input.k ?? 10;
  const n = trainLabels.length;
  const m = testLabels.length;
  const theta = fitHead(trainFeatures, trainLabels, classes, { damping });
  const trainHead = headFrom(trainFeatures, headLogits(trainFeatures, n, classes, theta), trainLabels, classes);
  const testHead = headFrom(testFeatures, headLogits(testFeatures, m, classes, theta), testLabels, classes);
  const inv = exactInverse(trainHead, { rcond: 0, damping });
  const [trainP, testP] = [projected(trainHead, inv), projected(testHead, inv)];
  const predicted = Array.from({ length: m }, (_, t) => scoreRow(testP, t, trainP, inv, new Float64Array(n)));
  const base = exampleLosses(testFeatures, testLabels, classes, theta);
  // Refits start at the full fit and are preconditioned by its (H + mu I)^-1: a few CG steps each.
  const precondition = (v: Float64Array): Float64Array => applyInverse(inv, v);
  const lossChange = (drop: ReadonlySet<number>): Float64Array => {
    const { f, l } = without(trainFeatures, trainLabels, drop);
    const refit = fitHead(f, l, classes, { damping, init: theta, precondition });
    const after = exampleLosses(testFeatures, testLabels, classes, refit);
    return Float64Array.from(after, (v, t) => v - base[t]!);
  };
  let refits = 0;
  // Leave-one-out: one refit per training image, read on every test image.
  const actual = Array.from({ length: m }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const change = lossChange(new Set([j]));
    refits++;
    for (let t = 0; t < m; t++) actual[t]![j] = change[t]!;
  }
  const perTest = predicted.map((p, t) => pearson(p, actual[t]!));
  const pooled = pearson(predicted.flatMap((p) => Array.from(p)), actual.flatMap((a) => Array.from(a)));
  const rnd = seededRandom(input.seed ?? 0);
  let wins = 0;
  for (let t = 0; t < m; t++) {
    const top = new Set(topPositions(predicted[t]!, k));
    const random = new Set<number>();
    while (random.size < k) random.add(Math.floor(rnd() * n));
    const [dTop, dRandom] = [lossChange(top)[t]!, lossChange(random)[t]!];
    refits += 2;
    if (dTop > dRandom) wins++;
  }
  return { pearson: pooled, pearsonMean: perTest.reduce((a, b) => a + b, 0) / m, pearsonMin: Math.min(...perTest), topBeatsRandom: wins / m, refits };
}
