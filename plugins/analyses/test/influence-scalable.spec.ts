import { seededRandom } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { exactInverse } from '../src/influence/exact';
import { fitHead, headLogits } from '../src/influence/fit-head';
import { headFrom, headSize, type Head } from '../src/influence/head';
import type { InverseHessian } from '../src/influence/inverse';
import { lanczosInverse } from '../src/influence/lanczos';
import { spearman } from '../src/influence/rank-correlation';
import { projected, scoreRow } from '../src/influence/scores';

const gaussian = (rnd: () => number): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

/** Features of 10 classes: a class mean on a few shared directions plus isotropic noise (a penultimate layer's look). */
function features(n: number, k: number, classes: number, seed: number, means: Float64Array): { f: Float64Array; y: Int32Array } {
  const rnd = seededRandom(seed);
  const y = Int32Array.from({ length: n }, (_, j) => j % classes);
  const f = Float64Array.from({ length: n * k }, (_, i) => means[y[Math.floor(i / k)]! * k + (i % k)]! + 0.6 * gaussian(rnd));
  return { f, y };
}

function scores(test: Head, train: Head, inv: InverseHessian): Float64Array[] {
  const [a, b] = [projected(test, inv), projected(train, inv)];
  return Array.from({ length: test.n }, (_, t) => scoreRow(a, t, b, inv, new Float64Array(train.n)));
}

describe('scalable (Lanczos) vs exact influence on a head of 2,010 parameters', () => {
  it('scores rank-correlate >= 0.95 per test image', () => {
    const [k, C, n, m] = [200, 10, 120, 20];
    const rnd = seededRandom(3);
    const means = Float64Array.from({ length: C * k }, () => (rnd() < 0.05 ? 1.5 * gaussian(rnd) : 0));
    const train = features(n, k, C, 4, means);
    const test = features(m, k, C, 5, means);
    const theta = fitHead(train.f, train.y, C, { damping: 1, tol: 1e-8 });
    const trainHead = headFrom(train.f, headLogits(train.f, n, C, theta), train.y, C);
    const testHead = headFrom(test.f, headLogits(test.f, m, C, theta), test.y, C);
    expect(headSize(trainHead)).toBe(2010);
    let t0 = performance.now();
    const exact = exactInverse(trainHead, { rcond: 0.05, damping: 0 });
    const exactSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const scalable = lanczosInverse(trainHead, { rcond: 0.05, damping: 0, steps: 800 });
    const scalableSeconds = (performance.now() - t0) / 1000;
    const [se, ss] = [scores(testHead, trainHead, exact), scores(testHead, trainHead, scalable)];
    const rho = se.map((row, t) => spearman(row, ss[t]!));
    console.log(`exact rank ${exact.rank} in ${exactSeconds.toFixed(1)} s; scalable rank ${scalable.rank} in ${scalableSeconds.toFixed(1)} s; Spearman min ${Math.min(...rho).toFixed(4)} mean ${(rho.reduce((a, b) => a + b, 0) / m).toFixed(4)}`);
    expect(Math.min(...rho)).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
