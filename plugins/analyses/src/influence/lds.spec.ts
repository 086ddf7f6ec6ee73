import { seededRandom } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { exactInverse } from './exact';
import { exampleLosses, fitHead, headLogits } from './fit-head';
import { headFrom } from './head';
import { ldsKept, ldsPerTest, ldsSubset, ldsSummary, linearDatamodelingScore } from './lds';
import { projected, scoreRow } from './scores';

const [N, M, K, C] = [30, 6, 3, 3];
const DAMPING = 0.5;
const MODELS = 12;

/** A small, seeded softmax-regression problem: class means apart, noise on top. */
function problem(seed: number) {
  const rnd = seededRandom(seed);
  const make = (n: number) => {
    const labels = Int32Array.from({ length: n }, (_, j) => j % C);
    const features = Float64Array.from({ length: n * K }, (_, i) => {
      const [j, k] = [Math.floor(i / K), i % K];
      return (k === labels[j]! ? 1.2 : 0) + (rnd() - 0.5) * 2;
    });
    return { labels, features };
  };
  return { train: make(N), test: make(M) };
}

// ---- The independent path: plain gradient descent, an explicit Hessian, Gauss-Jordan, ranks. ----

/** Softmax regression with L2 penalty mu/2 |W|^2 on the summed cross-entropy, by full-batch gradient descent. */
function plainFit(features: Float64Array, labels: Int32Array, mu: number): number[][] {
  const n = labels.length;
  const W = Array.from({ length: C }, () => new Array<number>(K + 1).fill(0));
  const probs = (j: number): number[] => {
    const z = W.map((w) => w.reduce((s, v, k) => s + v * (k < K ? features[j * K + k]! : 1), 0));
    const mx = Math.max(...z);
    const e = z.map((v) => Math.exp(v - mx));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };
  const step = 1 / (mu + n * (K + 1) * 4);
  for (let it = 0; it < 60_000; it++) {
    const g = W.map((w) => w.map((v) => mu * v));
    for (let j = 0; j < n; j++) {
      const p = probs(j);
      for (let c = 0; c < C; c++)
        for (let k = 0; k <= K; k++)
          g[c]![k]! += (p[c]! - (c === labels[j] ? 1 : 0)) * (k < K ? features[j * K + k]! : 1);
    }
    let norm = 0;
    for (let c = 0; c < C; c++)
      for (let k = 0; k <= K; k++) [W[c]![k], norm] = [W[c]![k]! - step * g[c]![k]!, norm + g[c]![k]! ** 2];
    if (Math.sqrt(norm) < 1e-11) break;
  }
  return W;
}

function plainProbs(W: number[][], x: number[]): number[] {
  const z = W.map((w) => w.reduce((s, v, k) => s + v * x[k]!, 0));
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

const xOf = (f: Float64Array, j: number): number[] => [...Array.from(f.subarray(j * K, (j + 1) * K)), 1];

/** g = (p - onehot) (x) x~, class-major. */
function plainGradient(W: number[][], x: number[], y: number): number[] {
  const p = plainProbs(W, x);
  return p.flatMap((pc, c) => x.map((xk) => (pc - (c === y ? 1 : 0)) * xk));
}

/** The explicit (H + mu I), H = sum_j (diag p - p p^T) (x) x~ x~^T. */
function plainHessian(W: number[][], f: Float64Array, labels: Int32Array, mu: number): number[][] {
  const P = C * (K + 1);
  const H = Array.from({ length: P }, (_, a) => Array.from({ length: P }, (_, b) => (a === b ? mu : 0)));
  for (let j = 0; j < labels.length; j++) {
    const x = xOf(f, j);
    const p = plainProbs(W, x);
    for (let c = 0; c < C; c++)
      for (let d = 0; d < C; d++)
        for (let k = 0; k <= K; k++)
          for (let l = 0; l <= K; l++)
            H[c * (K + 1) + k]![d * (K + 1) + l]! += ((c === d ? p[c]! : 0) - p[c]! * p[d]!) * x[k]! * x[l]!;
  }
  return H;
}

/** Solves A x = b by Gauss-Jordan with partial pivoting. */
function gaussSolve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M2 = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M2[r]![c]!) > Math.abs(M2[piv]![c]!)) piv = r;
    [M2[c], M2[piv]] = [M2[piv]!, M2[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M2[r]![c]! / M2[c]![c]!;
      for (let k = c; k <= n; k++) M2[r]![k]! -= f * M2[c]![k]!;
    }
  }
  return M2.map((row, i) => row[n]! / row[i]!);
}

function plainLoss(W: number[][], x: number[], y: number): number {
  return -Math.log(plainProbs(W, x)[y]!);
}

/** Spearman without ties: Pearson of the positions in sorted order. */
function plainSpearman(a: number[], b: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(v.length);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const [ra, rb] = [rank(a), rank(b)];
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < ra.length; i++)
    [ab, aa, bb] = [ab + (ra[i]! - ma) * (rb[i]! - mb), aa + (ra[i]! - ma) ** 2, bb + (rb[i]! - mb) ** 2];
  return ab / Math.sqrt(aa * bb);
}

/** The LDS of every test image computed from scratch. */
function bruteForceLds(seed: number, kept: readonly (readonly number[])[]): number[] {
  const { train, test } = problem(seed);
  const W = plainFit(train.features, train.labels, DAMPING);
  const H = plainHessian(W, train.features, train.labels, DAMPING);
  // One gradient-descent retrain per subset, read on every test image.
  const retrained = kept.map((k) =>
    plainFit(
      Float64Array.from(k.flatMap((j) => Array.from(train.features.subarray(j * K, (j + 1) * K)))),
      Int32Array.from(k, (j) => train.labels[j]!),
      DAMPING,
    ),
  );
  return Array.from({ length: M }, (_, t) => {
    const gt = plainGradient(W, xOf(test.features, t), test.labels[t]!);
    const v = gaussSolve(H, gt);
    const score = Array.from({ length: N }, (_, j) =>
      plainGradient(W, xOf(train.features, j), train.labels[j]!).reduce((s, g, i) => s + g * v[i]!, 0),
    );
    const base = plainLoss(W, xOf(test.features, t), test.labels[t]!);
    const predicted: number[] = [];
    const actual: number[] = [];
    kept.forEach((k, m) => {
      const keep = new Set(k);
      predicted.push(score.reduce((s, x, j) => s + (keep.has(j) ? 0 : x), 0));
      actual.push(plainLoss(retrained[m]!, xOf(test.features, t), test.labels[t]!) - base);
    });
    return plainSpearman(predicted, actual);
  });
}

/** The platform's path on the same problem: its exact damped influence and its convex refits. */
async function platformLds(seed: number, negate = false) {
  const { train, test } = problem(seed);
  const theta = fitHead(train.features, train.labels, C, { damping: DAMPING });
  const trainHead = headFrom(train.features, headLogits(train.features, N, C, theta), train.labels, C);
  const testHead = headFrom(test.features, headLogits(test.features, M, C, theta), test.labels, C);
  const inv = exactInverse(trainHead, { rcond: 0, damping: DAMPING });
  const [trainP, testP] = [projected(trainHead, inv), projected(testHead, inv)];
  return linearDatamodelingScore({
    trainLabels: train.labels,
    tests: M,
    scores: (t) => scoreRow(testP, t, trainP, inv, new Float64Array(N)).map((s) => (negate ? -s : s)),
    baseLosses: exampleLosses(test.features, test.labels, C, theta),
    models: MODELS,
    fraction: 0.5,
    seed,
    retrain: (kept) => {
      const f = Float64Array.from(
        kept.flatMap((j) => Array.from(train.features.subarray(j * K, (j + 1) * K))),
      );
      const l = Int32Array.from(kept, (j) => train.labels[j]!);
      return Promise.resolve(
        exampleLosses(test.features, test.labels, C, fitHead(f, l, C, { damping: DAMPING })),
      );
    },
  });
}

describe('linear datamodeling score', () => {
  it('equals a brute-force computation (gradient descent retrains, explicit Hessian, own Spearman) on a convex case', async () => {
    const report = await platformLds(3);
    const brute = bruteForceLds(3, report.kept);
    for (let t = 0; t < M; t++) expect(report.perTest[t]).toBeCloseTo(brute[t]!, 9);
    expect(report.mean).toBeCloseTo(brute.reduce((a, b) => a + b, 0) / M, 9);
    // Exact influence predicts exact convex refits well, though half the images go at once.
    expect(report.mean!).toBeGreaterThan(0.5);
    expect(report.low!).toBeLessThan(report.mean!);
    expect(report.high!).toBeGreaterThan(report.mean!);
  }, 120_000);

  it('follows the score sign: negated scores give the negated LDS', async () => {
    const [a, b] = [await platformLds(5), await platformLds(5, true)];
    a.perTest.forEach((v, t) => expect(b.perTest[t]).toBeCloseTo(-v!, 12));
  });

  it('draws stratified subsets of round(fraction x n), distinct per model, and refuses a fraction that keeps none or all', () => {
    const labels = Int32Array.from({ length: 40 }, (_, j) => j % 4);
    const a = ldsSubset(labels, 0.5, 0, 0);
    expect(a).toHaveLength(20);
    for (let c = 0; c < 4; c++) expect(a.filter((j) => labels[j] === c)).toHaveLength(5);
    expect(ldsSubset(labels, 0.5, 0, 1)).not.toEqual(a);
    expect(ldsSubset(labels, 0.5, 1, 0)).not.toEqual(a);
    expect(ldsSubset(labels, 0.5, 0, 0)).toEqual(a);
    expect(() => ldsKept(10, 0.01)).toThrow(/ldsFraction/);
    expect(() => ldsKept(10, 0.97)).toThrow(/ldsFraction/);
  });

  it('gives no rho for a constant side and summarises the rest with a Student-t interval', () => {
    const per = ldsPerTest(
      [
        [1, 2, 3],
        [1, 1, 1],
        [3, 2, 1],
        [1, 2, 3],
      ],
      [
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
        [2, 1, 3],
      ],
    );
    expect(per).toEqual([1, null, -1, 0.5]);
    const s = ldsSummary(per);
    expect(s.n).toBe(3);
    expect(s.mean).toBeCloseTo(1 / 6, 12);
    // So wide (t with 2 degrees of freedom) that both bounds clip at the range of a correlation.
    expect([s.low, s.high]).toEqual([-1, 1]);
    // Student t with 2 degrees of freedom: 4.302653 x sd / sqrt(3), sd = 0.1.
    const narrow = ldsSummary([0.5, 0.6, 0.7]);
    expect(narrow.low).toBeCloseTo(0.6 - (4.302653 * 0.1) / Math.sqrt(3), 5);
    expect(narrow.high).toBeCloseTo(0.6 + (4.302653 * 0.1) / Math.sqrt(3), 5);
    expect(ldsSummary([null])).toEqual({ mean: null, low: null, high: null, n: 0 });
  });
});
