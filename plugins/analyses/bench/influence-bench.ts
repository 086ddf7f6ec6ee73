// Influence bench (issue 16): wall time of the scores of 1,000 test x 3,200 training images
// (solver, projections, rankings of test and 200 training targets with top-100 lists, self-influence)
// on a zoo head (the natural zoo source's 64 features on MNIST, 10 classes: 650 parameters, exact),
// a 5,000-parameter head (exact) and a 20,000-parameter head (scalable). The two large heads are
// synthetic (class means on a few feature directions plus noise, a nearest-mean head): the time
// depends on the sizes, not on the data. Writes bench-results/influence.json after every case.
// The case eigensolver-1300 times our symmetric eigensolver against ml-matrix's (the library it
// replaced) on the same 1,300-parameter Hessian, all pairs and the pairs above the cutoff, interleaved.
// Usage: tsx bench/influence-bench.ts [--quick] [--only zoo,exact-5000,scalable-20000,eigensolver-1300] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { seededRandom, stratifiedSample } from '@transferlab/sdk';
import { computeInfluence, type ComputeOptions } from '../src/influence/compute';
import { fitHead, headLogits } from '../src/influence/fit-head';
import { explicitHessian, headFrom, headSize, type Head } from '../src/influence/head';
import { symmetricEigen } from '../src/influence/symmetric-eigen';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { testSubset } from '../src/shared';
import { mnistZooContext } from '../test/mnist-zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
// --quick (a smoke run on 100 x 320) leaves out the exact 5,000-parameter case, whose eigendecomposition dominates at any size.
const only = new Set((flag('--only') ?? (quick ? 'zoo,scalable-20000' : 'zoo,eigensolver-1300,scalable-20000,exact-5000,scalable-20000-rcond-0.001')).split(','));
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'influence.json'));
const [TEST, TRAIN] = quick ? [100, 320] : [1000, 3200];
const TARGETS_S = { zoo: 10, 'exact-5000': 120, 'scalable-20000': 600, 'scalable-20000-rcond-0.001': 600 } as const;

const gaussian = (rnd: () => number): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

/** Features of C classes: sparse class means plus noise; logits of a nearest-mean linear head. */
function synthetic(n: number, k: number, classes: number, seed: number): { train: Head; test: Head } {
  const rnd = seededRandom(seed);
  const means = Float64Array.from({ length: classes * k }, () => (rnd() < 0.05 ? 1.5 * gaussian(rnd) : 0));
  const make = (m: number): { f: Float64Array; y: Int32Array } => {
    const y = Int32Array.from({ length: m }, (_, j) => j % classes);
    return { y, f: Float64Array.from({ length: m * k }, (_, i) => means[y[Math.floor(i / k)]! * k + (i % k)]! + 0.6 * gaussian(rnd)) };
  };
  const theta = new Float64Array(classes * (k + 1));
  for (let c = 0; c < classes; c++) {
    let sq = 0;
    for (let i = 0; i < k; i++) sq += (theta[c * (k + 1) + i] = 0.2 * means[c * k + i]!) * means[c * k + i]!;
    theta[c * (k + 1) + k] = -sq / 2;
  }
  const [a, b] = [make(n), make(TEST)];
  return { train: headFrom(a.f, headLogits(a.f, n, classes, theta), a.y, classes), test: headFrom(b.f, headLogits(b.f, TEST, classes, theta), b.y, classes) };
}

async function zooHeads(): Promise<{ train: Head; test: Head }> {
  const { engine, dataset } = await mnistZooContext();
  const model = { id: 'fashion-mnist-a-resnet8-w16-natural' };
  const train = Array.from(stratifiedSample(await dataset.labels('train'), TRAIN, 0));
  const test = testSubset(await dataset.labels('test'), TEST);
  const [a, b] = [await dataset.read('train', train), await dataset.read('test', test)];
  const [fa, fb] = [Float64Array.from((await engine.features(model, a.images)).data), Float64Array.from((await engine.features(model, b.images)).data)];
  await engine.close();
  // The depth-0 head fitted to convergence (mild L2, as after fine-tuning with weight decay).
  const theta = fitHead(fa, a.labels, 10, { damping: 1, tol: 1e-6 });
  return { train: headFrom(fa, headLogits(fa, TRAIN, 10, theta), a.labels, 10), test: headFrom(fb, headLogits(fb, TEST, 10, theta), b.labels, 10) };
}

const result: { machine: string; test: number; train: number; cases: Record<string, unknown>[] } = { machine: `${process.platform} ${process.arch}, node ${process.version}, one thread (JavaScript)`, test: TEST, train: TRAIN, cases: [] };
const write = (): void => {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
};

/** Ours vs ml-matrix on one Hessian: two interleaved rounds, the ratio of the sums. */
function eigensolverCase(): void {
  const { train } = synthetic(TRAIN, 129, 10, 3);
  const P = headSize(train);
  const H = explicitHessian(train);
  const times = { mlMatrix: 0, oursAll: 0, oursCutoff: 0 };
  let maxValueError = 0;
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    const ref = new EigenvalueDecomposition(Matrix.from1DArray(P, P, Array.from(H)), { assumeSymmetric: true });
    times.mlMatrix += performance.now() - t;
    t = performance.now();
    const all = symmetricEigen(Float64Array.from(H), P, () => -Infinity);
    times.oursAll += performance.now() - t;
    t = performance.now();
    symmetricEigen(Float64Array.from(H), P, (top) => 0.05 * top);
    times.oursCutoff += performance.now() - t;
    const scale = Math.max(...ref.realEigenvalues.map(Math.abs));
    ref.realEigenvalues.forEach((v, i) => (maxValueError = Math.max(maxValueError, Math.abs(v - all.values[i]!) / scale)));
  }
  const row = { case: 'eigensolver-1300', params: P, mlMatrixSeconds: Number((times.mlMatrix / 2000).toFixed(2)), oursAllPairsSeconds: Number((times.oursAll / 2000).toFixed(2)), oursCutoffSeconds: Number((times.oursCutoff / 2000).toFixed(2)), speedupAllPairs: Number((times.mlMatrix / times.oursAll).toFixed(2)), speedupCutoff: Number((times.mlMatrix / times.oursCutoff).toFixed(2)), maxEigenvalueDifference: maxValueError };
  console.log(JSON.stringify(row));
  result.cases.push(row);
  write();
}

async function main(): Promise<void> {
  if (only.has('eigensolver-1300')) eigensolverCase();
  const cases: { name: keyof typeof TARGETS_S; heads: () => Promise<{ train: Head; test: Head }>; solver: 'exact' | 'scalable'; rcond?: number }[] = [
    { name: 'zoo', heads: zooHeads, solver: 'exact' },
    { name: 'scalable-20000', heads: () => Promise.resolve(synthetic(TRAIN, 1999, 10, 2)), solver: 'scalable' },
    { name: 'exact-5000', heads: () => Promise.resolve(synthetic(TRAIN, 499, 10, 1)), solver: 'exact' },
    // The same head with a 50x lower cutoff: many more eigenpairs to converge (the solver's hard case).
    { name: 'scalable-20000-rcond-0.001', heads: () => Promise.resolve(synthetic(TRAIN, 1999, 10, 2)), solver: 'scalable', rcond: 0.001 },
  ];
  for (const c of cases.filter((x) => only.has(x.name))) {
    const { train, test } = await c.heads();
    const o: ComputeOptions = { solver: c.solver, exactMaxParams: 20_000, rcond: c.rcond ?? 0.05, damping: 0, lanczosSteps: 800, topK: 100, galleryK: 20, trainTargets: 200 };
    const started = performance.now();
    const r = computeInfluence(train, test, o);
    const seconds = (performance.now() - started) / 1000;
    const row = { case: c.name, params: headSize(train), solver: r.inv.solver, rcond: o.rcond, rank: r.inv.rank, seconds: Number(seconds.toFixed(2)), solveSeconds: Number(r.solveSeconds.toFixed(2)), targetSeconds: TARGETS_S[c.name], withinTarget: seconds <= TARGETS_S[c.name], top1Match: r.test.match.top1 };
    console.log(JSON.stringify(row));
    result.cases.push(row);
    write();
  }
  console.log(`wrote ${out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
