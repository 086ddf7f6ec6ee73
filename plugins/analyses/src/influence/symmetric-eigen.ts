import { backTransform, tridiagonalize } from './householder-tridiagonal';
import { eigenvaluesAbove, eigenvectors } from './tridiagonal-eigen';

/** Eigenpairs of a symmetric matrix: ascending values and unit eigenvectors as rows ([m, n]). */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: Float64Array;
  /** The largest eigenvalue of the whole matrix. */
  readonly largest: number;
}

/**
 * The eigenpairs of `a` ([n, n] row-major, symmetric; overwritten) whose eigenvalues exceed
 * `threshold(largest)`: Householder tridiagonalization (4/3 n^3), bisection and inverse iteration
 * for the selected pairs (O(n) each), back-transformation (2 n^2 per pair). A pseudo-inverse with a
 * relative cutoff needs only the pairs above it, which is what makes a 5,000-parameter head fast.
 */
export function symmetricEigen(a: Float64Array, n: number, threshold: (largest: number) => number, onStep?: (done: number, of: number) => void): SymmetricEigen {
  const t = tridiagonalize(a, n, onStep);
  const { values, largest } = eigenvaluesAbove(t.d, t.e, threshold);
  const vectors = eigenvectors(t.d, t.e, values);
  backTransform(t, vectors, values.length);
  return { values, vectors, largest };
}
