import {
  augmentBatch, buildResNet, cosineSchedule, deriveSeed, deriveTrainingStep, encodeModel, gatherBatch, LocalEngine, minibatchIndices,
  modelHash, mulberry32, PlainTrainer, prependPreprocessing, withParameters, withTraining, type BuiltResNet, type LrSchedule, type ModelDef, type PlainStepResult, type ResNetConfig, type Rng, type TrainerState,
} from '@transferlab/engine';
import type { AttackPlugin, InputSpec, PluginContext, TrainingInfo } from '@transferlab/sdk';
import { readCheckpoint, runFingerprint, writeCheckpoint } from './checkpoint';
import { createTrainingContext } from './context';
import { channelStats, loadSplit, type LoadedSplit } from './data';
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
  /** Execution provider (default cpu; cuda needs `npm run gpu:install`). */
  readonly provider?: 'cpu' | 'cuda';
  readonly log?: (message: string) => void;
  readonly onStep?: (done: number, total: number, status: { loss: number; accuracy: number }) => void;
  readonly onEpoch?: (log: EpochLog) => void;
  readonly onEvaluation?: (done: number, total: number) => void;
  /**
   * Checkpoint file, written after every epoch; a run finding one of the same recipe and
   * options continues from it exactly (a different run's checkpoint is replaced).
   */
  readonly checkpoint?: string;
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
 * One training run of a recipe, batch by batch: SGD (Nesterov momentum 0.9, weight decay)
 * on a cosine schedule with warm-up, augmentation, and for adversarial recipes each batch
 * replaced by its attack (the registry's `pgd` or `fgsm` plugin on the current weights;
 * BatchNorm uses its running statistics while attacking). Preprocessing is a graph prefix,
 * so eps is in pixel units. trainRecipe drives it; the bench interleaves several.
 */
export class TrainingRun {
  readonly epochs: number;
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  private readonly schedule: LrSchedule;

  private constructor(
    readonly recipe: Recipe,
    private readonly o: TrainOptions,
    private readonly ctx: PluginContext,
    private readonly engine: LocalEngine,
    private readonly train: LoadedSplit & { classes: number },
    private readonly test: LoadedSplit,
    readonly input: InputSpec,
    private readonly built: BuiltResNet,
    private readonly trainer: PlainTrainer,
    private readonly attack: AttackPlugin | undefined,
  ) {
    this.epochs = o.epochs ?? recipe.epochs;
    this.batchSize = Math.min(o.batchSize ?? recipe.batchSize, train.count);
    this.batchesPerEpoch = this.batches(0).length;
    this.schedule = cosineSchedule(o.lr ?? recipe.lr, this.batchesPerEpoch * this.epochs, { warmupSteps: Math.round(recipe.warmupEpochs * this.batchesPerEpoch) });
  }

  static async create(recipe: Recipe, o: TrainOptions = {}, state?: TrainerState): Promise<TrainingRun> {
    const session = { provider: o.provider ?? 'cpu', intraOpNumThreads: o.threads ?? 1, interOpNumThreads: 1 } as const;
    const engine = new LocalEngine(session);
    const ctx = createTrainingContext({ engine, log: o.log ?? (() => undefined) });
    const train = await loadSplit(ctx, recipe.dataset, 'train', o.trainSize, recipe.seed);
    const test = await loadSplit(ctx, recipe.dataset, 'test', o.testSize, recipe.seed);
    const [channels, height, width] = train.shape;
    if (channels !== 1 && channels !== 3) throw new Error(`dataset ${recipe.dataset} has ${channels} channels; the zoo's ResNets take 1 or 3`);
    const input: InputSpec = { channels, height, width, ...channelStats(train) };
    const built = buildResNet({ input, classes: train.classes, ...(o.architecture ?? recipe.architecture), seed: recipe.seed });
    const trainingModel = prependPreprocessing(built.model, input, train.shape);
    const stats = new Set(built.model.graph.nodes.filter((n) => n.opType === 'BatchNormalization').flatMap((n) => [n.inputs[3], n.inputs[4]]));
    const trainable = built.model.graph.initializers.filter((t) => !stats.has(t.name)).map((t) => t.name);
    const step = deriveTrainingStep(trainingModel, { optimizer: { kind: 'sgd', momentum: 0.9, nesterov: true, weightDecay: recipe.weightDecay }, trainable });
    const trainer = await PlainTrainer.create(step, session, state);
    const attack = recipe.adversarial ? ctx.data.attack(recipe.adversarial.attack) : undefined;
    // Weights baked in, sessions re-created per update: faster than feeding them for PGD's 8 calls per step (see LocalEngine).
    if (attack) engine.register('training', { model: trainingModel });
    return new TrainingRun(recipe, o, ctx, engine, train, test, input, built, trainer, attack);
  }

  /** This epoch's shuffled index batches (deterministic for the recipe's seed). */
  batches(epoch: number): Int32Array[] {
    return minibatchIndices(this.train.count, { batchSize: this.batchSize, seed: this.recipe.seed, epoch, dropLast: true });
  }

  /** Augmentation randomness for an epoch. */
  augmentRng(epoch: number): Rng {
    return mulberry32(deriveSeed(this.recipe.seed, 1_000_000 + epoch));
  }

  get stepCount(): number {
    return this.trainer.stepCount;
  }

  trainerState(): TrainerState {
    return this.trainer.state();
  }

  /** One optimiser step on the batch (attacked first for adversarial recipes). */
  async trainBatch(idx: Int32Array, rng: Rng): Promise<PlainStepResult & { lr: number }> {
    if (this.ctx.signal.aborted) throw new Error('training cancelled');
    const adv = this.recipe.adversarial;
    const b = gatherBatch(this.train.images, this.train.labels, this.train.shape, idx);
    let x = augmentBatch(b.x, b.dims, this.recipe.augment, rng);
    const s = this.trainer.stepCount;
    if (adv && this.attack) {
      this.engine.setParameters('training', this.trainer.trainedValues().values());
      const params = this.attack.params.parse({ norm: adv.norm, eps: adv.eps, stepSize: adv.stepSize, randomStart: adv.randomStart, seed: deriveSeed(this.recipe.seed, s), ...(adv.attack === 'pgd' ? { steps: adv.steps } : {}) });
      x = (await this.attack.perturb({ model: { id: 'training' }, batch: { images: { data: x, dims: b.dims }, labels: b.y } }, params, this.ctx)).images.data;
    }
    const lr = this.schedule(s);
    return { ...(await this.trainer.step({ data: x, dims: b.dims }, b.y, lr)), lr };
  }

  /** The trained model with its metadata, evaluated clean and under PGD. */
  async finish(epochs: readonly EpochLog[], trainingSeconds: number): Promise<TrainResult> {
    const { recipe, built, input, train } = this;
    const adv = recipe.adversarial;
    const training: TrainingInfo = adv
      ? { kind: 'adversarial', norm: adv.norm, eps: adv.eps, recipe: recipe.name, seed: recipe.seed }
      : { kind: 'natural', recipe: recipe.name, seed: recipe.seed };
    const model = withTraining(withParameters(built.model, this.trainer.trainedValues()), training);
    this.engine.register('final', { model, preprocess: { spec: input, image: train.shape } });
    const evaluation = await evaluateRobustness(this.ctx, { id: 'final' }, this.test, {
      grid: this.o.grid ?? recipe.evaluation.grid, pgdSteps: recipe.evaluation.pgdSteps, robustCount: this.o.evalSize ?? recipe.evaluation.evalSize, seed: recipe.seed,
    }, this.o.onEvaluation);
    const bytes = encodeModel(model);
    return {
      recipe: recipe.name, seed: recipe.seed, dataset: recipe.dataset, trainSize: train.count, numClasses: train.classes,
      featureTensor: built.featureTensor, blocks: built.blocks, architecture: built.architecture, parameterCount: built.parameterCount, input, training,
      model, bytes, sha256: modelHash(bytes), epochs, trainingSeconds, evaluation,
    };
  }
}

/** Trains a recipe end to end (see TrainingRun), logging each epoch; resumes from o.checkpoint when it matches. */
export async function trainRecipe(recipe: Recipe, o: TrainOptions = {}): Promise<TrainResult> {
  const log = o.log ?? (() => undefined);
  const fingerprint = runFingerprint(recipe, o);
  let saved = o.checkpoint ? readCheckpoint(o.checkpoint) : undefined;
  if (saved && saved.fingerprint !== fingerprint) {
    log(`checkpoint ${o.checkpoint} is from a different run; starting afresh`);
    saved = undefined;
  }
  if (saved) log(`resuming from ${o.checkpoint} after epoch ${saved.epochsDone}`);
  const run = await TrainingRun.create(recipe, o, saved?.state);
  const logs: EpochLog[] = [...(saved?.logs ?? [])];
  const started = performance.now() - 1000 * (saved?.elapsedSeconds ?? 0);
  for (let epoch = saved?.epochsDone ?? 0; epoch < run.epochs; epoch++) {
    const t0 = performance.now();
    const rng = run.augmentRng(epoch);
    let [lossSum, correct, seen, lr] = [0, 0, 0, 0];
    const batches = run.batches(epoch);
    for (const [k, idx] of batches.entries()) {
      const res = await run.trainBatch(idx, rng);
      lossSum += res.loss * idx.length;
      correct += res.correct;
      seen += idx.length;
      lr = res.lr;
      o.onStep?.(k + 1, batches.length, { loss: lossSum / seen, accuracy: correct / seen });
    }
    const seconds = (performance.now() - t0) / 1000;
    const entry: EpochLog = { epoch: epoch + 1, loss: lossSum / seen, trainAccuracy: correct / seen, lr, seconds, imagesPerSecond: seen / seconds };
    logs.push(entry);
    if (o.checkpoint) writeCheckpoint(o.checkpoint, { fingerprint, epochsDone: epoch + 1, logs, elapsedSeconds: (performance.now() - started) / 1000, state: run.trainerState() });
    log(`epoch ${entry.epoch}/${run.epochs}: loss ${entry.loss.toFixed(4)}, train acc ${(100 * entry.trainAccuracy).toFixed(1)}%, lr ${lr.toFixed(4)}, ${seconds.toFixed(1)} s (${entry.imagesPerSecond.toFixed(0)} images/s)`);
    o.onEpoch?.(entry);
  }
  return run.finish(logs, (performance.now() - started) / 1000);
}
