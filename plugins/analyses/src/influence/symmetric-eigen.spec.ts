import { seededRandom } from '@transferlab/sdk';
import { EigenvalueDecomposition, Matrix, QrDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { exactInverse } from './exact';
import { explicitHessian, headFrom } from './head';
import { classBasis, expandVectors, reducedHessianLower } from './hessian-lower';
import { lanczosInverse } from './lanczos';
import { symmetricEigen } from './symmetric-eigen';

const random = seededRandom(3);
const symmetric = (n: number): Float64Array => {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = random() - 0.5;
  return a;
};

/** Q diag(values) Q^T with a random orthogonal Q (ml-matrix's QR): a matrix with a chosen spectrum. */
function withSpectrum(values: readonly number[]): Float64Array {
  const n = values.length;
  const Q = new QrDecomposition(new Matrix(Array.from({ length: n }, () => Array.from({ length: n }, () => random() - 0.5)))).orthogonalMatrix;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += Q.get(i, k) * values[k]! * Q.get(j, k);
    a[i * n + j] = a[j * n + i] = s;
  }
  return a;
}

/** Our pairs above the threshold against ml-matrix's full decomposition (JAMA's tred2 + tql2). */
function expectMatchesReference(a: Float64Array, n: number, threshold: (largest: number) => number): number {
  const ref = new EigenvalueDecomposition(Matrix.from1DArray(n, n, Array.from(a)), { assumeSymmetric: true });
  const want = ref.realEigenvalues;
  const ours = symmetricEigen(Float64Array.from(a), n, threshold);
  const scale = Math.max(...want.map(Math.abs));
  expect(ours.largest).toBeCloseTo(Math.max(...want), 12);
  const kept = want.filter((v) => v > threshold(Math.max(...want)));
  expect(ours.values.length).toBe(kept.length);
  ours.values.forEach((v, i) => expect(Math.abs(v - kept[i]!) / scale).toBeLessThan(1e-12));
  // Each vector: residual |A v - lambda v| and orthogonality to the others, to float64 rounding.
  for (let k = 0; k < ours.values.length; k++) {
    const v = ours.vectors.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j]! * v[j]!;
      expect(Math.abs(s - ours.values[k]! * v[i]!) / scale).toBeLessThan(1e-12);
    }
    for (let l = 0; l <= k; l++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += v[i]! * ours.vectors[l * n + i]!;
      expect(Math.abs(s - (l === k ? 1 : 0))).toBeLessThan(1e-12);
    }
  }
  return ours.values.length;
}

describe('symmetricEigen (Householder tridiagonalization, bisection, inverse iteration)', () => {
  it.each([1, 2, 3, 4, 7, 64, 151])('equals ml-matrix on a random matrix of size %i, every pair', (n) => {
    expectMatchesReference(symmetric(n), n, () => -Infinity);
  });

  it('keeps exactly the pairs above a relative cutoff', () => {
    expect(expectMatchesReference(symmetric(120), 120, (top) => 0.3 * top)).toBeGreaterThan(5);
  });

  it('separates repeated and nearly repeated eigenvalues (clusters) and skips the null space', () => {
    const spectrum = Array.from({ length: 90 }, (_, i) => (i < 30 ? 0 : i < 60 ? 1 : i < 80 ? 2 + 1e-13 * i : 5));
    expect(expectMatchesReference(withSpectrum(spectrum), 90, (top) => 0.05 * top)).toBe(60);
  });

  it('handles matrices that are already diagonal or tridiagonal (reflectors with nothing to reflect)', () => {
    const n = 9;
    const diagonal = new Float64Array(n * n);
    for (let i = 0; i < n; i++) diagonal[i * n + i] = (i * 7) % 5;
    expectMatchesReference(diagonal, n, () => -Infinity);
    const tri = Float64Array.from(diagonal);
    for (let i = 1; i < n; i++) tri[i * n + i - 1] = tri[(i - 1) * n + i] = 0.5;
    expectMatchesReference(tri, n, () => -Infinity);
  });
});

describe('the reduced Hessian and the exact solver on a head with padded tiles', () => {
  const [n, k, C] = [150, 61, 5];
  const feats = Float64Array.from({ length: n * k }, () => random() - 0.5);
  const logits = Float64Array.from({ length: n * C }, () => 3 * (random() - 0.5));
  const head = headFrom(feats, logits, Int32Array.from({ length: n }, (_, j) => j % C), C);
  const P = C * (k + 1);

  it("reports the solvers' steps in order, changes nothing by it, and stops when the report throws (a cancel)", () => {
    const options = { rcond: 0.05, damping: 0 };
    const seen: [number, number][] = [];
    const inv = exactInverse(head, options, (done, of) => seen.push([done, of]));
    // Householder steps of the (C - 1)(k + 1) = 248-square reduced Hessian, every 64th.
    expect(seen).toEqual([[0, 246], [64, 246], [128, 246], [192, 246]]);
    expect(Array.from(inv.weights)).toEqual(Array.from(exactInverse(head, options).weights));
    const cancel = (done: number): void => {
      if (done > 0) throw new Error('cancelled');
    };
    expect(() => exactInverse(head, options, cancel)).toThrow('cancelled');
    const lanczos: number[] = [];
    lanczosInverse(head, { ...options, steps: 40 }, (done, of) => {
      expect(of).toBe(40);
      lanczos.push(done);
    });
    expect(lanczos).toEqual(Array.from({ length: lanczos.length }, (_, i) => i));
    expect(() => lanczosInverse(head, { ...options, steps: 40 }, cancel)).toThrow('cancelled');
  });

  it('the class basis is orthonormal and orthogonal to the all-ones vector', () => {
    const Q = classBasis(C);
    for (let a = 0; a < C - 1; a++) {
      let ones = 0;
      for (let c = 0; c < C; c++) ones += Q[c * (C - 1) + a]!;
      expect(Math.abs(ones)).toBeLessThan(1e-15);
      for (let b = 0; b < C - 1; b++) {
        let dot = 0;
        for (let c = 0; c < C; c++) dot += Q[c * (C - 1) + a]! * Q[c * (C - 1) + b]!;
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 14);
      }
    }
  });

  it('(Q (x) I) H\' (Q (x) I)^T equals the plain closed-form Hessian', () => {
    const want = explicitHessian(head);
    const { lower, size, basis } = reducedHessianLower(head);
    const full = Float64Array.from(lower);
    for (let i = 0; i < size; i++) for (let j = 0; j < i; j++) full[j * size + i] = full[i * size + j]!;
    // Columns of (Q (x) I) H' are H' rows expanded; expanding again gives the [P, P] matrix.
    const left = expandVectors(full, size, basis, C, k + 1);
    const transposed = new Float64Array(P * size);
    for (let i = 0; i < size; i++) for (let j = 0; j < P; j++) transposed[j * size + i] = left[i * P + j]!;
    const got = expandVectors(transposed, P, basis, C, k + 1);
    let err = 0;
    let scale = 0;
    for (let i = 0; i < P * P; i++) {
      err = Math.max(err, Math.abs(got[i]! - want[i]!));
      scale = Math.max(scale, Math.abs(want[i]!));
    }
    expect(err / scale).toBeLessThan(1e-13);
  });

  it('gives the H+ of an ml-matrix decomposition of the same Hessian (1e-8 relative)', () => {
    const H = explicitHessian(head);
    const ref = new EigenvalueDecomposition(Matrix.from1DArray(P, P, Array.from(H)), { assumeSymmetric: true });
    const top = Math.max(...ref.realEigenvalues);
    // The reference pinv applied to a fixed vector, against ours.
    const g = Float64Array.from({ length: P }, (_, i) => Math.cos(i));
    const want = new Float64Array(P);
    ref.realEigenvalues.forEach((lambda, col) => {
      if (lambda <= 0.05 * top) return;
      let dot = 0;
      for (let i = 0; i < P; i++) dot += ref.eigenvectorMatrix.get(i, col) * g[i]!;
      for (let i = 0; i < P; i++) want[i]! += (dot / lambda) * ref.eigenvectorMatrix.get(i, col);
    });
    const inv = exactInverse(head, { rcond: 0.05, damping: 0 });
    const got = new Float64Array(P);
    for (let r = 0; r < inv.rank; r++) {
      const v = inv.vectors.subarray(r * P, (r + 1) * P);
      let dot = 0;
      for (let i = 0; i < P; i++) dot += v[i]! * g[i]!;
      for (let i = 0; i < P; i++) got[i]! += inv.weights[r]! * dot * v[i]!;
    }
    const scale = Math.max(...want.map(Math.abs));
    want.forEach((w, i) => expect(Math.abs(got[i]! - w) / scale).toBeLessThan(1e-8));
  });
});
