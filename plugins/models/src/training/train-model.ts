import {
  augmentBatch, cosineSchedule, deriveSeed, deriveTrainingStep, encodeModel, gatherBatch, LocalEngine, minibatchIndices,
  modelHash, mulberry32, PlainTrainer, prependPreprocessing, withParameters, type ModelDef,
} from '@transferlab/engine';
import type { InputSpec, TrainingInfo } from '@transferlab/sdk';
import { withTraining } from '../architecture/metadata';
import { buildResNet, type ResNetConfig } from '../architecture/resnet';
import { createTrainingContext } from './context';
import { channelStats, loadSplit } from './data';
import { evaluateRobustness, type RobustEvaluation } from './evaluate';
import type { Norm, Recipe } from './recipes';

export interface EpochLog {
  readonly epoch: number;
  readonly loss: number;
  /** Accuracy on the examples trained on (adversarial ones for adversarial recipes), before each update. */
  readonly trainAccuracy: number;
  readonly lr: number;
  readonly seconds: number;
  readonly imagesPerSecond: number;
}

/** Test-size overrides; the code path is the same as the full run. */
export interface TrainOptions {
  readonly trainSize?: number;
  readonly testSize?: number;
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly architecture?: Pick<ResNetConfig, 'width' | 'blocks'>;
  readonly grid?: Readonly<Record<Norm, readonly number[]>>;
  readonly evalSize?: number;
  readonly lr?: number;
  /** ONNX Runtime threads per op (default 1: the machine is shared). */
  readonly threads?: number;
  readonly log?: (message: string) => void;
  readonly onStep?: (done: number, total: number, status: { loss: number; accuracy: number }) => void;
  readonly onEpoch?: (log: EpochLog) => void;
  readonly onEvaluation?: (done: number, total: number) => void;
}

export interface TrainResult {
  readonly recipe: string;
  readonly seed: number;
  readonly dataset: string;
  readonly trainSize: number;
  readonly numClasses: number;
  readonly featureTensor: string;
  readonly blocks: readonly string[];
  readonly architecture: string;
  readonly parameterCount: number;
  readonly input: InputSpec;
  readonly training: TrainingInfo;
  readonly model: ModelDef;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly epochs: readonly EpochLog[];
  readonly trainingSeconds: number;
  readonly evaluation: RobustEvaluation;
}

/**
 * Trains a recipe: SGD (Nesterov momentum 0.9, weight decay) on a cosine schedule with
 * warm-up, augmentation, and for adversarial recipes each batch replaced by its attack
 * (the registry's `pgd` or `fgsm` plugin on the current weights; BatchNorm uses its running
 * statistics while attacking). Preprocessing is a graph prefix, so eps is in pixel units.
 */
export async function trainRecipe(recipe: Recipe, o: TrainOptions = {}): Promise<TrainResult> {
  const log = o.log ?? (() => undefined);
  const engine = new LocalEngine({ intraOpNumThreads: o.threads ?? 1, interOpNumThreads: 1 });
  const ctx = createTrainingContext({ engine, log });
  const train = await loadSplit(ctx, recipe.dataset, 'train', o.trainSize, recipe.seed);
  const test = await loadSplit(ctx, recipe.dataset, 'test', o.testSize, recipe.seed);
  const [channels, height, width] = train.shape;
  if (channels !== 1 && channels !== 3) throw new Error(`dataset ${recipe.dataset} has ${channels} channels; the zoo's ResNets take 1 or 3`);
  const input: InputSpec = { channels, height, width, ...channelStats(train) };
  const arch = o.architecture ?? recipe.architecture;
  const built = buildResNet({ input, classes: train.classes, ...arch, seed: recipe.seed });
  const trainingModel = prependPreprocessing(built.model, input, train.shape);
  const stats = new Set(built.model.graph.nodes.filter((n) => n.opType === 'BatchNormalization').flatMap((n) => [n.inputs[3], n.inputs[4]]));
  const trainable = built.model.graph.initializers.filter((t) => !stats.has(t.name)).map((t) => t.name);
  const step = deriveTrainingStep(trainingModel, { optimizer: { kind: 'sgd', momentum: 0.9, nesterov: true, weightDecay: recipe.weightDecay }, trainable });
  const trainer = await PlainTrainer.create(step, { intraOpNumThreads: o.threads ?? 1, interOpNumThreads: 1 });

  const adv = recipe.adversarial;
  const attack = adv ? ctx.data.attack(adv.attack) : undefined;
  if (adv) engine.register('training', { model: trainingModel, mutable: [...trainer.trainedValues().keys()] });

  const epochs = o.epochs ?? recipe.epochs;
  const bs = Math.min(o.batchSize ?? recipe.batchSize, train.count);
  const perEpoch = minibatchIndices(train.count, { batchSize: bs, seed: recipe.seed, epoch: 0, dropLast: true }).length;
  const total = perEpoch * epochs;
  const schedule = cosineSchedule(o.lr ?? recipe.lr, total, { warmupSteps: Math.round(recipe.warmupEpochs * perEpoch) });
  const logs: EpochLog[] = [];
  const started = performance.now();
  for (let epoch = 0; epoch < epochs; epoch++) {
    const t0 = performance.now();
    const rng = mulberry32(deriveSeed(recipe.seed, 1_000_000 + epoch));
    let lossSum = 0;
    let correct = 0;
    let seen = 0;
    let lr = 0;
    for (const idx of minibatchIndices(train.count, { batchSize: bs, seed: recipe.seed, epoch, dropLast: true })) {
      if (ctx.signal.aborted) throw new Error('training cancelled');
      const b = gatherBatch(train.images, train.labels, train.shape, idx);
      let x = augmentBatch(b.x, b.dims, recipe.augment, rng);
      const s = trainer.stepCount;
      if (adv && attack) {
        engine.setParameters('training', trainer.trainedValues().values());
        const params = attack.params.parse({ norm: adv.norm, eps: adv.eps, stepSize: adv.stepSize, randomStart: adv.randomStart, seed: deriveSeed(recipe.seed, s), ...(adv.attack === 'pgd' ? { steps: adv.steps } : {}) });
        x = (await attack.perturb({ model: { id: 'training' }, batch: { images: { data: x, dims: b.dims }, labels: b.y } }, params, ctx)).images.data;
      }
      lr = schedule(s);
      const res = await trainer.step({ data: x, dims: b.dims }, b.y, lr);
      lossSum += res.loss * idx.length;
      correct += res.correct;
      seen += idx.length;
      o.onStep?.(s + 1 - epoch * perEpoch, perEpoch, { loss: lossSum / seen, accuracy: correct / seen });
    }
    const seconds = (performance.now() - t0) / 1000;
    const entry: EpochLog = { epoch: epoch + 1, loss: lossSum / seen, trainAccuracy: correct / seen, lr, seconds, imagesPerSecond: seen / seconds };
    logs.push(entry);
    o.onEpoch?.(entry);
    log(`epoch ${entry.epoch}/${epochs}: loss ${entry.loss.toFixed(4)}, train acc ${(100 * entry.trainAccuracy).toFixed(1)}%, lr ${lr.toFixed(4)}, ${seconds.toFixed(1)} s (${entry.imagesPerSecond.toFixed(0)} images/s)`);
  }
  const trainingSeconds = (performance.now() - started) / 1000;

  const training: TrainingInfo = adv
    ? { kind: 'adversarial', norm: adv.norm, eps: adv.eps, recipe: recipe.name, seed: recipe.seed }
    : { kind: 'natural', recipe: recipe.name, seed: recipe.seed };
  const model = withTraining(withParameters(built.model, trainer.trainedValues()), training);
  engine.register('final', { model, preprocess: { spec: input, image: train.shape } });
  const evaluation = await evaluateRobustness(ctx, { id: 'final' }, test, {
    grid: o.grid ?? recipe.evaluation.grid, pgdSteps: recipe.evaluation.pgdSteps, robustCount: o.evalSize ?? recipe.evaluation.evalSize, seed: recipe.seed,
  }, o.onEvaluation);
  const bytes = encodeModel(model);
  return {
    recipe: recipe.name, seed: recipe.seed, dataset: recipe.dataset, trainSize: train.count, numClasses: train.classes,
    featureTensor: built.featureTensor, blocks: built.blocks, architecture: built.architecture, parameterCount: built.parameterCount, input, training,
    model, bytes, sha256: modelHash(bytes), epochs: logs, trainingSeconds, evaluation,
  };
}
