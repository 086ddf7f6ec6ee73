import type { FineTuneDepth, FineTuneEpoch, FineTuneHyperParams, FineTuneOptions, NamedTensor } from '@transferlab/sdk';
import { Tensor } from 'onnxruntime-node';
import { withMutableParameters } from '../api/mutable-parameters';
import type { FeatureCache } from '../cache/feature-cache';
import type { Features } from '../cache/feature-file';
import { mainOutput } from '../derive/model-parts';
import { encodeModel } from '../onnx/codec';
import type { ModelDef, TensorData } from '../onnx/ir';
import { createSession, sessionCache, type SessionCache, type SessionOptions } from '../runtime/session-cache';
import { Trainer } from '../train/trainer';
import { deriveTrainingStep, withParameters } from '../train/training-step';
import { augmentBatch } from '../train-utils/augment';
import { minibatchIndices } from '../train-utils/batches';
import { seededRandom } from '@transferlab/sdk';
import { deriveSeed } from '../train-utils/prng';
import { cosineSchedule, stepSchedule } from '../train-utils/schedules';
import { cutForDepth } from './cut';
import { frozenPrefix } from './frozen-prefix';
import { withNewHead } from './new-head';
import { crossEntropyAndAccuracy, gatherRows, runInBatches, scoreLogits } from './run-batches';
import type { FineTuneRun, SplitImages } from './types';

export interface FineTuneJob {
  /** The source model; its first input takes the images as given (fold preprocessing in first). */
  readonly model: ModelDef;
  /** sha256 of the source model's bytes (cache key). */
  readonly modelChecksum: string;
  /** Canonical description of the folded-in preprocessing and image shape (cache key). */
  readonly preprocessing: string;
  /** Block boundaries, input side first (default: metadata or detected). */
  readonly blocks?: readonly string[];
  /** Penultimate features (default: the final linear layer's input). */
  readonly featureTensor?: string;
  readonly depth: FineTuneDepth;
  readonly numClasses: number;
  /** Content checksum of the target dataset (cache key). */
  readonly datasetChecksum: string;
  readonly imageShape: readonly [number, number, number];
  readonly train: SplitImages;
  readonly test: SplitImages;
  readonly hyper: FineTuneHyperParams;
  readonly seed: number;
}

export interface FineTuneEnv {
  /** Frozen-prefix features cache (memory and disk); none: computed per trial. */
  readonly cache?: FeatureCache;
  readonly session?: SessionOptions;
  readonly sessions?: SessionCache;
  /** Batch size of the frozen prefix and of evaluation (default 256). */
  readonly inferenceBatchSize?: number;
  /**
   * Evaluate a tail with convolutions through a session with the epoch's values baked in as
   * constants (default true), rather than one session fed the values as inputs: only constant
   * filters get ONNX Runtime's BatchNorm folding and pre-packed NCHWc convolutions. (A switch for
   * the bench, which times both.)
   */
  readonly bakedEval?: boolean;
}

/** Augmentation stream of an epoch, apart from its shuffling stream. */
const AUGMENT_STREAM = 0x61756721;

/** The reference study's schedule: x0.1 after a third and after two thirds of the epochs. */
export function lrForStep(h: FineTuneHyperParams, epoch: number, step: number, totalSteps: number): number {
  if (h.schedule === 'step') return stepSchedule(h.lr, [Math.round(h.epochs / 3), Math.round((2 * h.epochs) / 3)].filter((m) => m > 0))(epoch);
  if (h.schedule === 'cosine') return cosineSchedule(h.lr, totalSteps)(step);
  return h.lr;
}

function checkSplit(name: string, s: SplitImages, per: number): void {
  if (s.labels.length !== s.indices.length || s.images.length !== s.labels.length * per) {
    throw new Error(`fine-tune: ${name} split has ${s.images.length / per} images, ${s.labels.length} labels and ${s.indices.length} indices`);
  }
}

/**
 * Fine-tunes a copy of the model: a fresh final layer for the target classes, the last
 * `depth` blocks unfrozen, SGD (PyTorch semantics) on the tail only. The frozen prefix runs
 * once per (model, dataset, preprocessing, cut, indices) and its features are cached; test
 * accuracy and loss are measured after every epoch. Deterministic for a seed on CPU. With
 * `keepModel` it also returns the trained values and the whole fine-tuned model.
 */
export async function fineTune(job: FineTuneJob, env: FineTuneEnv = {}, callbacks: FineTuneOptions = {}): Promise<FineTuneRun> {
  const started = performance.now();
  const h = job.hyper;
  const [c, hgt, wid] = job.imageShape;
  const per = c * hgt * wid;
  checkSplit('train', job.train, per);
  checkSplit('test', job.test, per);
  if (job.train.labels.length === 0) throw new Error('fine-tune: no training images');
  const bad = [...job.train.labels, ...job.test.labels].find((y) => y < 0 || y >= job.numClasses);
  if (bad !== undefined) throw new Error(`fine-tune: label ${bad} outside [0, ${job.numClasses})`);
  const sessions = env.sessions ?? sessionCache;
  const ib = env.inferenceBatchSize ?? 256;
  const model = withNewHead(job.model, job.numClasses, job.seed);
  const cut = cutForDepth(job.model, job.depth, job);

  let tail: ModelDef = model;
  let prefixRun: ((images: Float32Array) => Promise<Features>) | undefined;
  let trainX: Features | undefined = { data: job.train.images, dims: [job.train.labels.length, c, hgt, wid] };
  let testX: Features = { data: job.test.images, dims: [job.test.labels.length, c, hgt, wid] };
  let featureCache: FineTuneRun['featureCache'] = 'none';
  if (cut !== undefined) {
    const prefix = await frozenPrefix(model, cut, job, env);
    tail = prefix.tail;
    prefixRun = prefix.run;
    const features = prefix.features;
    const misses = env.cache?.stats.misses ?? 0;
    testX = await features(job.test, 'test');
    // Augmented images change every epoch: their prefix runs per batch instead.
    trainX = h.augment ? undefined : await features(job.train, 'train');
    if (env.cache && !h.augment) featureCache = env.cache.stats.misses > misses ? 'miss' : 'hit';
  }

  const step = deriveTrainingStep(tail, { optimizer: { kind: 'sgd', momentum: h.momentum, weightDecay: h.weightDecay } });
  const trainer = await Trainer.create(step, { ...env.session, cache: sessions });
  const kept = step.carried.filter((k) => k.kind === 'parameter' || k.kind === 'bn-mean' || k.kind === 'bn-var').map((k) => k.of);
  const logitsName = mainOutput(tail);
  const testRows = { data: testX.data, rowDims: testX.dims.slice(1) };
  const baked = (env.bakedEval ?? true) && tail.graph.nodes.some((n) => n.opType === 'Conv');
  const evalSession = baked ? undefined : await sessions.get(encodeModel(withMutableParameters(tail, kept).model), env.session);
  // The test logits with an epoch's values: a throwaway session with them as constants, or the
  // shared session fed them.
  const evaluate = async (values: ReadonlyMap<string, TensorData>): Promise<{ data: Float32Array }> => {
    if (evalSession) {
      const params: Record<string, Tensor> = {};
      for (const [name, t] of values) params[name] = new Tensor('float32', t.values as Float32Array, [...t.dims]);
      return runInBatches(evalSession, testRows, logitsName, ib, params);
    }
    const session = await createSession(encodeModel(withParameters(tail, values)), env.session);
    try {
      return await runInBatches(session, testRows, logitsName, ib);
    } finally {
      await session.release();
    }
  };

  const n = job.train.labels.length;
  const stepsPerEpoch = Math.ceil(n / h.batchSize);
  const padding = Math.round(hgt / 8);
  const epochs: FineTuneEpoch[] = [];
  // The last epoch's test logits: the result's per-image predictions.
  let lastLogits: Float32Array | undefined;
  for (let epoch = 0; epoch < h.epochs; epoch++) {
    const rng = seededRandom(deriveSeed(deriveSeed(job.seed, epoch), AUGMENT_STREAM));
    let lossSum = 0;
    for (const b of minibatchIndices(n, { batchSize: h.batchSize, seed: job.seed, epoch })) {
      if (callbacks.signal?.aborted) throw new Error('fine-tuning aborted');
      let x: Tensor;
      if (trainX) {
        x = gatherRows(trainX.data, trainX.dims.slice(1), b);
      } else {
        const raw = gatherRows(job.train.images, job.imageShape, b);
        const aug = augmentBatch(raw.data as Float32Array, [b.length, c, hgt, wid], { padding, horizontalFlip: false }, rng);
        const f = prefixRun ? await prefixRun(aug) : { data: aug, dims: [...raw.dims] };
        x = new Tensor('float32', f.data, [...f.dims]);
      }
      const y = new Tensor('int64', BigInt64Array.from(b, (i) => BigInt(job.train.labels[i]!)), [b.length]);
      const r = await trainer.step(x, y, lrForStep(h, epoch, trainer.stepCount, h.epochs * stepsPerEpoch));
      lossSum += r.loss * b.length;
    }
    const logits = await evaluate(trainer.trainedValues());
    const t = crossEntropyAndAccuracy(logits.data, job.test.labels);
    lastLogits = logits.data;
    const e = { epoch: epoch + 1, trainLoss: lossSum / n, testLoss: t.loss, testAccuracy: t.accuracy };
    epochs.push(e);
    callbacks.onEpoch?.(e);
  }
  const result = { epochs, trainSize: n, testSize: job.test.labels.length, featureCache, seconds: (performance.now() - started) / 1000, ...(lastLogits ? { testPredictions: scoreLogits(lastLogits, job.test.labels).predictions } : {}) };
  if (!callbacks.keepModel) return result;
  const trained = trainer.trainedValues();
  const parameters = [...trained.values()].map((t): NamedTensor => ({ name: t.name, data: Float32Array.from(t.values as Float32Array), dims: [...t.dims] }));
  return { ...result, parameters, trainedModel: withParameters(model, trained) };
}
