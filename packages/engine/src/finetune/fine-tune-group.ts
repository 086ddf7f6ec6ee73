import type { FineTuneEpoch, FineTuneGroupOptions, FineTuneHyperParams, FineTuneOptions } from '@transferlab/sdk';
import { Tensor } from 'onnxruntime-node';
import { findLastLayer } from '../derive/last-layer';
import { mainOutput } from '../derive/model-parts';
import { encodeModel } from '../onnx/codec';
import { sessionCache } from '../runtime/session-cache';
import { minibatchIndices } from '../train-utils/batches';
import { cutForDepth } from './cut';
import { fineTune, lrForStep, type FineTuneEnv, type FineTuneJob } from './fine-tune';
import { frozenPrefix } from './frozen-prefix';
import { linearInit } from './new-head';
import { crossEntropyAndAccuracy, scoreLogits } from './run-batches';
import { STACKED, stackedHeadsLogits, stackedHeadsStep } from './stacked-heads';
import type { FineTuneRun, SplitImages } from './types';

/** One trial of a group: its rows of the group's training images (in its sample's order), hyper-parameters and seed. */
export interface GroupTrial {
  /** Positions in the group's `train` split, in the order the trial alone would see its images. */
  readonly rows: Int32Array;
  readonly hyper: FineTuneHyperParams;
  readonly seed: number;
}

/**
 * Trials that share a model, a target, a depth and a test set: `train` holds the union of
 * their training images once, and each trial names its rows of it.
 */
export interface FineTuneGroupJob extends Omit<FineTuneJob, 'train' | 'hyper' | 'seed'> {
  readonly train: SplitImages;
  readonly trials: readonly GroupTrial[];
}

/** Rows of a split, as the split a trial alone would get. */
function pick(s: SplitImages, rows: Int32Array, per: number): SplitImages {
  const images = new Float32Array(rows.length * per);
  rows.forEach((r, i) => images.set(s.images.subarray(r * per, (r + 1) * per), i * per));
  return { images, labels: Int32Array.from(rows, (r) => s.labels[r]!), indices: Int32Array.from(rows, (r) => s.indices[r]!) };
}

/** Whether depth 0 of this model leaves exactly one plain linear layer (what the stacked heads compute). */
function plainLinearTail(job: FineTuneGroupJob): boolean {
  if (job.depth !== 0) return false;
  const layer = findLastLayer(job.model, mainOutput(job.model));
  return layer.kind === 'linear' && layer.alpha === 1 && layer.beta === 1 && layer.features === cutForDepth(job.model, 0, job);
}

/**
 * Fine-tunes a group of compatible trials. At depth 0 (a plain final linear layer) their
 * heads train stacked: the frozen features of the union of their samples are computed once,
 * and each step is one graph over T heads, each with its own batch order, batch size,
 * learning rate and schedule; the results equal each trial's own `fineTune` up to float32
 * rounding (the same initialisation, batches and SGD). Other depths, augmentation and non-plain
 * heads run the trials one after the other through `fineTune` (the feature cache still shared).
 */
export async function fineTuneGroup(job: FineTuneGroupJob, env: FineTuneEnv = {}, callbacks: FineTuneGroupOptions = {}): Promise<FineTuneRun[]> {
  const [c, h, w] = job.imageShape;
  const per = c * h * w;
  if (job.trials.some((t) => t.hyper.augment) || !plainLinearTail(job)) {
    const out: FineTuneRun[] = [];
    for (const [i, t] of job.trials.entries()) {
      const options: FineTuneOptions = { ...(callbacks.signal ? { signal: callbacks.signal } : {}), onEpoch: (e) => callbacks.onEpoch?.(i, e) };
      out.push(await fineTune({ ...job, train: pick(job.train, t.rows, per), hyper: t.hyper, seed: t.seed }, env, options));
    }
    return out;
  }
  return stackedHeads(job, env, callbacks);
}

async function stackedHeads(job: FineTuneGroupJob, env: FineTuneEnv, callbacks: FineTuneGroupOptions): Promise<FineTuneRun[]> {
  const started = performance.now();
  const trials = job.trials;
  const first = trials[0];
  if (!first) return [];
  const bad = [...job.train.labels, ...job.test.labels].find((y) => y < 0 || y >= job.numClasses);
  if (bad !== undefined) throw new Error(`fine-tune: label ${bad} outside [0, ${job.numClasses})`);
  for (const t of trials) {
    if (t.rows.length === 0) throw new Error('fine-tune: no training images');
    for (const k of ['epochs', 'batchSize', 'momentum', 'weightDecay'] as const) {
      if (t.hyper[k] !== first.hyper[k]) throw new Error(`fine-tune group: trials differ in ${k} (${t.hyper[k]} vs ${first.hyper[k]})`);
    }
  }
  const sessions = env.sessions ?? sessionCache;
  const cut = cutForDepth(job.model, 0, job)!;
  const prefix = await frozenPrefix(job.model, cut, job, env);
  const misses = env.cache?.stats.misses ?? 0;
  const testX = await prefix.features(job.test, 'test');
  const trainX = await prefix.features(job.train, 'train');
  const featureCache = !env.cache ? 'none' : env.cache.stats.misses > misses ? 'miss' : 'hit';

  const T = trials.length;
  const F = trainX.data.length / Math.max(job.train.labels.length, 1);
  const C = job.numClasses;
  const { epochs, batchSize, momentum, weightDecay } = first.hyper;
  const shape = { heads: T, features: F, classes: C, momentum, weightDecay };
  const stepSession = await sessions.get(encodeModel(stackedHeadsStep(shape)), env.session);
  const evalSession = await sessions.get(encodeModel(stackedHeadsLogits(shape)), env.session);

  // Each head starts from the initialisation its trial alone would draw ([C, F] row-major), stored as [F, C].
  const wData = new Float32Array(T * F * C);
  const bData = new Float32Array(T * C);
  trials.forEach((t, i) => {
    const init = linearInit(F, C, t.seed);
    for (let k = 0; k < C; k++) for (let f = 0; f < F; f++) wData[i * F * C + f * C + k] = init.weight[k * F + f]!;
    bData.set(init.bias, i * C);
  });
  let state: Tensor[] = [
    new Tensor('float32', wData, [T, F, C]), new Tensor('float32', bData, [T, 1, C]),
    new Tensor('float32', new Float32Array(T * F * C), [T, F, C]), new Tensor('float32', new Float32Array(T * C), [T, 1, C]),
  ];

  const sizes = trials.map((t) => t.rows.length);
  const stepsPerEpoch = sizes.map((n) => Math.ceil(n / batchSize));
  const stepCount = new Int32Array(T);
  const results: FineTuneEpoch[][] = trials.map(() => []);
  // The last epoch's test logits per trial: the results' per-image predictions.
  let lastLogits: Float32Array[] | undefined;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const batches = trials.map((t, i) => minibatchIndices(sizes[i]!, { batchSize, seed: t.seed, epoch }));
    const lossSum = new Float64Array(T);
    const steps = Math.max(...batches.map((b) => b.length));
    for (let s = 0; s < steps; s++) {
      if (callbacks.signal?.aborted) throw new Error('fine-tuning aborted');
      const rowsOf = batches.map((b) => b[s]);
      const B = Math.max(...rowsOf.map((b) => b?.length ?? 0));
      const x = new Float32Array(T * B * F);
      const target = new Float32Array(T * B * C);
      const lr = new Float32Array(T);
      const active = new Uint8Array(T);
      rowsOf.forEach((b, i) => {
        if (!b) return;
        const rows = trials[i]!.rows;
        b.forEach((pos, j) => {
          const r = rows[pos]!;
          x.set(trainX.data.subarray(r * F, (r + 1) * F), (i * B + j) * F);
          target[(i * B + j) * C + job.train.labels[r]!] = 1 / b.length;
        });
        lr[i] = lrForStep(trials[i]!.hyper, epoch, stepCount[i]!, epochs * stepsPerEpoch[i]!);
        active[i] = 1;
        stepCount[i]!++;
      });
      const out = await stepSession.run({
        [STACKED.x]: new Tensor('float32', x, [T, B, F]),
        [STACKED.target]: new Tensor('float32', target, [T, B, C]),
        [STACKED.lr]: new Tensor('float32', lr, [T, 1, 1]),
        [STACKED.active]: new Tensor('bool', active, [T, 1, 1]),
        ...Object.fromEntries(STACKED.state.map((name, k) => [name, state[k]!])),
      });
      state = STACKED.next.map((name) => out[name]!);
      const loss = out[STACKED.loss]!.data as Float32Array;
      rowsOf.forEach((b, i) => {
        if (b) lossSum[i] = lossSum[i]! + loss[i]! * b.length;
      });
    }
    const logits = await headLogits(evalSession, testX.data, F, { [STACKED.state[0]]: state[0]!, [STACKED.state[1]]: state[1]! }, T, C);
    lastLogits = logits;
    for (let i = 0; i < T; i++) {
      const t = crossEntropyAndAccuracy(logits[i]!, job.test.labels);
      const e = { epoch: epoch + 1, trainLoss: lossSum[i]! / sizes[i]!, testLoss: t.loss, testAccuracy: t.accuracy };
      results[i]!.push(e);
      callbacks.onEpoch?.(i, e);
    }
  }
  // The group's wall time, shared equally: a trial's part of what the group cost.
  const seconds = (performance.now() - started) / 1000 / T;
  return results.map((epochsOf, i) => ({
    epochs: epochsOf,
    trainSize: sizes[i]!,
    testSize: job.test.labels.length,
    featureCache,
    seconds,
    ...(lastLogits ? { testPredictions: scoreLogits(lastLogits[i]!, job.test.labels).predictions } : {}),
  }));
}

/** Each head's logits [N, C] on the shared test features, in chunks of rows. */
async function headLogits(session: Awaited<ReturnType<typeof sessionCache.get>>, x: Float32Array, F: number, params: Record<string, Tensor>, T: number, C: number): Promise<Float32Array[]> {
  const n = x.length / F;
  const out = Array.from({ length: T }, () => new Float32Array(n * C));
  const chunk = 2048;
  for (let s = 0; s < n; s += chunk) {
    const m = Math.min(chunk, n - s);
    const r = await session.run({ ...params, [STACKED.x]: new Tensor('float32', x.subarray(s * F, (s + m) * F), [1, m, F]) });
    const data = r[STACKED.logits]!.data as Float32Array;
    for (let i = 0; i < T; i++) out[i]!.set(data.subarray(i * m * C, (i + 1) * m * C), s * C);
  }
  return out;
}
