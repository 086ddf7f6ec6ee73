import { seededRandom } from '@transferlab/sdk';
import {
  EigenvalueDecomposition,
  inverse,
  Matrix,
  pseudoInverse,
  SingularValueDecomposition,
} from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { classMatch } from './class-match';
import { computeInfluence } from './compute';
import { exactInverse } from './exact';
import { headFrom, hessianVector, explicitHessian, type Head } from './head';
import { applyInverse, type InverseHessian } from './inverse';
import { lanczosInverse } from './lanczos';
import { spearman } from './rank-correlation';
import { projected, scoreRow, selfInfluence } from './scores';

const gaussian = (rnd: () => number): number =>
  Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

/** Random features, labels and head weights theta [C, K + 1] (not at an optimum: the formulas hold anywhere). */
function problem(
  n: number,
  k: number,
  classes: number,
  seed: number,
): { feats: Float64Array; labels: Int32Array; theta: Float64Array } {
  const rnd = seededRandom(seed);
  const feats = Float64Array.from({ length: n * k }, () => gaussian(rnd));
  const labels = Int32Array.from({ length: n }, () => Math.floor(rnd() * classes));
  const theta = Float64Array.from({ length: classes * (k + 1) }, () => 0.5 * gaussian(rnd));
  return { feats, labels, theta };
}

function logitsOf(
  feats: Float64Array,
  theta: Float64Array,
  n: number,
  k: number,
  classes: number,
): Float64Array {
  const z = new Float64Array(n * classes);
  for (let j = 0; j < n; j++)
    for (let c = 0; c < classes; c++) {
      let s = theta[c * (k + 1) + k]!;
      for (let i = 0; i < k; i++) s += theta[c * (k + 1) + i]! * feats[j * k + i]!;
      z[j * classes + c] = s;
    }
  return z;
}

/** The per-example cross-entropy gradient, written out independently of head.ts: (softmax - onehot) (x) [x, 1]. */
function gradient(
  theta: Float64Array,
  feats: Float64Array,
  y: number,
  j: number,
  k: number,
  classes: number,
): Float64Array {
  const z = Array.from(
    { length: classes },
    (_, c) =>
      theta[c * (k + 1) + k]! +
      Array.from({ length: k }, (_, i) => theta[c * (k + 1) + i]! * feats[j * k + i]!).reduce(
        (a, b) => a + b,
        0,
      ),
  );
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  const g = new Float64Array(classes * (k + 1));
  for (let c = 0; c < classes; c++)
    for (let i = 0; i <= k; i++)
      g[c * (k + 1) + i] = (e[c]! / s - (c === y ? 1 : 0)) * (i === k ? 1 : feats[j * k + i]!);
  return g;
}

/** The Hessian of the summed loss by central differences of the summed per-example gradients. */
function numericHessian(
  theta: Float64Array,
  feats: Float64Array,
  labels: Int32Array,
  k: number,
  classes: number,
): Matrix {
  const P = theta.length;
  const H = Matrix.zeros(P, P);
  const h = 1e-5;
  for (let a = 0; a < P; a++) {
    const plus = Float64Array.from(theta);
    const minus = Float64Array.from(theta);
    plus[a]! += h;
    minus[a]! -= h;
    for (let j = 0; j < labels.length; j++) {
      const gp = gradient(plus, feats, labels[j]!, j, k, classes);
      const gm = gradient(minus, feats, labels[j]!, j, k, classes);
      for (let b = 0; b < P; b++) H.set(b, a, H.get(b, a) + (gp[b]! - gm[b]!) / (2 * h));
    }
  }
  // ml-matrix's add and mul work in place.
  return H.clone().add(H.transpose()).mul(0.5);
}

function gradients(
  theta: Float64Array,
  feats: Float64Array,
  labels: Int32Array,
  k: number,
  classes: number,
): Matrix {
  return new Matrix(Array.from(labels, (y, j) => Array.from(gradient(theta, feats, y, j, k, classes))));
}

function scoreMatrix(test: Head, train: Head, inv: InverseHessian): number[][] {
  const [a, b] = [projected(test, inv), projected(train, inv)];
  return Array.from({ length: test.n }, (_, t) =>
    Array.from(scoreRow(a, t, b, inv, new Float64Array(train.n))),
  );
}

const relError = (got: number[][], want: Matrix): number => {
  const scale = Math.max(...want.to1DArray().map(Math.abs));
  return Math.max(...got.flatMap((row, i) => row.map((v, j) => Math.abs(v - want.get(i, j))))) / scale;
};

describe('influence scores', () => {
  const [k, C, n, m] = [4, 3, 40, 12];
  const { feats, labels, theta } = problem(n, k, C, 7);
  const test = problem(m, k, C, 8);
  const train = headFrom(feats, logitsOf(feats, theta, n, k, C), labels, C);
  const target = headFrom(test.feats, logitsOf(test.feats, theta, m, k, C), test.labels, C);
  const H = numericHessian(theta, feats, labels, k, C);
  const Gtrain = gradients(theta, feats, labels, k, C);
  const Gtest = gradients(theta, test.feats, test.labels, k, C);

  it('the closed-form Hessian and Hessian-vector products equal the numerical Hessian of the summed loss', () => {
    const P = C * (k + 1);
    const closed = explicitHessian(train);
    let diff = 0;
    for (let a = 0; a < P * P; a++)
      diff = Math.max(diff, Math.abs(closed[a]! - H.get(Math.floor(a / P), a % P)));
    expect(diff / Math.max(...H.to1DArray().map(Math.abs))).toBeLessThan(1e-8);
    const v = Float64Array.from({ length: P }, (_, i) => Math.sin(i + 1));
    const hv = hessianVector(train, v, new Float64Array(P));
    const want = H.mmul(Matrix.columnVector(Array.from(v)));
    hv.forEach((x, i) => expect(x).toBeCloseTo(want.get(i, 0), 8));
  });

  it('exact pinv scores (rcond 0.05) equal G_test pinv(H) G_train^T by SVD to 1e-6 relative', () => {
    const rcond = 0.05;
    const values = new EigenvalueDecomposition(H, { assumeSymmetric: true }).realEigenvalues;
    const cut = rcond * Math.max(...values);
    // No eigenvalue within 5% of the cutoff: both routes must keep the same ones.
    expect(values.every((v) => Math.abs(v - cut) > 0.05 * cut)).toBe(true);
    const want = Gtest.mmul(pseudoInverse(H, rcond / H.rows)).mmul(Gtrain.transpose());
    const inv = exactInverse(train, { rcond, damping: 0 });
    expect(inv.rank).toBe(values.filter((v) => v > cut).length);
    expect(inv.rank).toBeLessThan(C * (k + 1));
    expect(relError(scoreMatrix(target, train, inv), want)).toBeLessThan(1e-6);
  });

  it('damped scores equal G_test (H + mu I)^-1 G_train^T', () => {
    const mu = 0.3;
    const want = Gtest.mmul(inverse(H.clone().add(Matrix.eye(H.rows).mul(mu)))).mmul(Gtrain.transpose());
    expect(
      relError(scoreMatrix(target, train, exactInverse(train, { rcond: 0.05, damping: mu })), want),
    ).toBeLessThan(1e-6);
  });

  it('applyInverse gives (H + mu I)^-1 v, the null space included (1 / mu there)', () => {
    const mu = 0.3;
    const want = inverse(H.clone().add(Matrix.eye(H.rows).mul(mu)));
    const v = Float64Array.from({ length: H.rows }, (_, i) => Math.cos(3 * i));
    const got = applyInverse(exactInverse(train, { rcond: 0, damping: mu }), v);
    const ref = want.mmul(Matrix.columnVector(Array.from(v))).to1DArray();
    const scale = Math.max(...ref.map(Math.abs));
    got.forEach((x, i) => expect(Math.abs(x - ref[i]!) / scale).toBeLessThan(1e-9));
  });

  it('self-influence is the diagonal of G H+ G^T', () => {
    const inv = exactInverse(train, { rcond: 0.05, damping: 0 });
    const want = Gtrain.mmul(pseudoInverse(H, 0.05 / H.rows)).mmul(Gtrain.transpose());
    const got = selfInfluence(projected(train, inv), inv);
    const diagonal = want.diag();
    const scale = Math.max(...diagonal.map(Math.abs));
    got.forEach((v, j) => expect(Math.abs(v - diagonal[j]!) / scale).toBeLessThan(1e-6));
  });

  it('the Gram route (nC < P) gives the same pinv and damped scores as the direct one', () => {
    const [k2, n2] = [15, 4];
    const small = problem(n2, k2, C, 11);
    const head = headFrom(small.feats, logitsOf(small.feats, small.theta, n2, k2, C), small.labels, C);
    const Hs = new Matrix(
      Array.from({ length: C * (k2 + 1) }, (_, i) =>
        Array.from(explicitHessian(head).subarray(i * C * (k2 + 1), (i + 1) * C * (k2 + 1))),
      ),
    );
    const G = gradients(small.theta, small.feats, small.labels, k2, C);
    const wantPinv = G.mmul(pseudoInverse(Hs, 0.05 / Hs.rows)).mmul(G.transpose());
    expect(
      relError(scoreMatrix(head, head, exactInverse(head, { rcond: 0.05, damping: 0 })), wantPinv),
    ).toBeLessThan(1e-6);
    const wantDamped = G.mmul(inverse(Hs.clone().add(Matrix.eye(Hs.rows).mul(0.2)))).mmul(G.transpose());
    expect(
      relError(scoreMatrix(head, head, exactInverse(head, { rcond: 0.05, damping: 0.2 })), wantDamped),
    ).toBeLessThan(1e-6);
  });

  it(
    'the Gram route equals an explicit float64 pseudo-inverse at cutoffs 0.05, 1e-3 and 1e-8, and keeps no null direction at 0',
    { timeout: 60_000 },
    () => {
      // A confident head (40 examples, 10 classes, 64 features): H's rank is n (C - 1) = 360 at most.
      const [n3, k3, C3] = [40, 64, 10];
      const rnd = seededRandom(3);
      const feats = Float64Array.from({ length: n3 * k3 }, () => 3 * Math.max(0, gaussian(rnd)));
      const labels3 = Int32Array.from({ length: n3 }, () => Math.floor(rnd() * C3));
      const theta3 = Float64Array.from({ length: C3 * (k3 + 1) }, () => 0.5 * gaussian(rnd));
      const head = headFrom(feats, logitsOf(feats, theta3, n3, k3, C3), labels3, C3);
      const P = C3 * (k3 + 1);
      expect(n3 * C3).toBeLessThan(P);
      const Hd = explicitHessian(head);
      const svd = new SingularValueDecomposition(
        new Matrix(Array.from({ length: P }, (_, i) => Array.from(Hd.subarray(i * P, (i + 1) * P)))),
      );
      const s = svd.diagonal;
      const GU = gradients(theta3, feats, labels3, k3, C3).mmul(svd.leftSingularVectors);
      /** G pinv(H) G^T from the SVD of the explicit Hessian, keeping singular values above cut x the largest. */
      const reference = (cut: number): { scores: number[]; rank: number } => {
        const keep = s.map((_, i) => i).filter((i) => s[i]! > cut * s[0]!);
        const scores: number[] = [];
        for (let a = 0; a < n3; a++)
          for (let b = 0; b < n3; b++)
            scores.push(keep.reduce((t, i) => t + (GU.get(a, i) * GU.get(b, i)) / s[i]!, 0));
        return { scores, rank: keep.length };
      };
      for (const rcond of [0.05, 1e-3, 1e-8]) {
        const inv = exactInverse(head, { rcond, damping: 0 });
        expect(inv.rcond).toBe(rcond);
        const want = reference(rcond);
        expect(inv.rank).toBe(want.rank);
        expect(spearman(scoreMatrix(head, head, inv).flat(), want.scores)).toBeGreaterThan(0.999);
      }
      // No cutoff: the float64 floor only, stored as the cutoff used; the reference keeps as many directions.
      const none = exactInverse(head, { rcond: 0, damping: 0 });
      expect(none.rcond).toBeGreaterThan(0);
      expect(none.rcond).toBeLessThan(1e-12);
      expect(none.rank).toBeLessThanOrEqual(n3 * (C3 - 1));
      expect(none.rank).toBe(reference(none.rcond!).rank);
    },
  );

  it('the scalable solver keeps rcond as given: 0 is its own resolution, stored as the cutoff used', () => {
    const wide = problem(80, 20, 5, 12);
    const head = headFrom(wide.feats, logitsOf(wide.feats, wide.theta, 80, 20, 5), wide.labels, 5);
    const given = lanczosInverse(head, { rcond: 1e-3, damping: 0, steps: 1000 });
    expect(given.rcond).toBe(1e-3);
    const none = lanczosInverse(head, { rcond: 0, damping: 0, steps: 1000 });
    expect(none.rcond).toBe(1e-8);
    // Once replaced by 0.05, rcond 0 now keeps every direction the exact solver keeps at that resolution.
    expect(none.rank).toBeGreaterThan(lanczosInverse(head, { rcond: 0.05, damping: 0, steps: 1000 }).rank);
    expect(none.rank).toBe(exactInverse(head, { rcond: 1e-8, damping: 0 }).rank);
  });

  it("training targets: the study's variant keeps each image in its own list, ours leaves it out", () => {
    const r = computeInfluence(train, target, {
      solver: 'exact',
      exactMaxParams: 1000,
      rcond: 0.05,
      damping: 0,
      lanczosSteps: 100,
      seed: 0,
      topK: 5,
      galleryK: 3,
      trainTargets: 24,
    });
    const all = scoreMatrix(train, train, r.inv);
    // Independently: rank every training image for each target by its full score row, with and without itself.
    const top1 = (withSelf: boolean): number =>
      r.trainTargets.filter((j) => {
        const order = all[j]!.map((v, i) => [v, i] as const)
          .filter(([, i]) => withSelf || i !== j)
          .sort((x, y) => y[0] - x[0]);
        return train.labels[order[0]![1]] === train.labels[j];
      }).length / r.trainTargets.length;
    expect(r.trainWithSelf.match.top1).toBeCloseTo(top1(true), 12);
    expect(r.train.match.top1).toBeCloseTo(top1(false), 12);
    expect(r.trainWithSelf.helpful.some((list, t) => list[0] === r.trainTargets[t])).toBe(true);
    expect(r.train.helpful.every((list, t) => !list.includes(r.trainTargets[t]!))).toBe(true);
  });

  it('Lanczos run to the full space reproduces the exact pinv scores', () => {
    const exact = scoreMatrix(target, train, exactInverse(train, { rcond: 0.05, damping: 0 }));
    const scalable = lanczosInverse(train, { rcond: 0.05, damping: 0, steps: 1000 });
    const got = scoreMatrix(target, train, scalable);
    expect(relError(got, new Matrix(exact))).toBeLessThan(1e-6);
  });
});

describe('classMatch', () => {
  it('counts per rank (not cumulative), top-1 and at least 3 of the top 5', () => {
    const trainLabels = [0, 0, 1, 1, 0, 1];
    const lists = [
      [0, 2, 1, 4, 3],
      [2, 3, 0, 1, 5],
    ];
    const m = classMatch(lists, [0, 0], trainLabels, 5);
    expect(m.byRank).toEqual([0.5, 0, 1, 1, 0]);
    expect(m.top1).toBe(0.5);
    expect(m.top5AtLeast3).toBe(0.5);
  });
});
