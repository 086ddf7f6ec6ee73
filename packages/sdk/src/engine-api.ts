import type { Dataset } from './dataset';
import type { ImageBatch, NamedTensor, Tensor } from './tensor';

/** A source model known to the platform, by id (or a fine-tuned model the engine holds). */
export interface ModelRef {
  readonly id: string;
}

export const LOSS_KINDS = ['cross-entropy', 'targeted-cross-entropy', 'cw-margin', 'dlr', 'targeted-dlr', 'logit-difference', 'logit'] as const;
/** The kinds an attack may ascend (all but 'logit', which measures, not attacks). */
export const ATTACK_LOSS_KINDS = ['cross-entropy', 'targeted-cross-entropy', 'cw-margin', 'dlr', 'targeted-dlr', 'logit-difference'] as const satisfies readonly LossKind[];
/**
 * Per-example losses. Attacks ascend cross-entropy, cw-margin, dlr, targeted-dlr and
 * logit-difference; targeted-cross-entropy is the cross-entropy to `targets`, which a targeted
 * attack descends (one sign, defined here). targeted-dlr is APGD-T's
 * -(z_y - z_t) / (z_pi1 - (z_pi3 + z_pi4) / 2) (at least 4 classes) and logit-difference is
 * z_t - z_y (FAB-T's boundary function); both need the labels y and the `targets` t. logit is
 * z_y, the label's logit: not an attack loss but what integrated gradients attribute (a
 * piecewise-linear function of a ReLU network's input, with no softmax to flatten it).
 */
export type LossKind = (typeof LOSS_KINDS)[number];

export const EXECUTION_PROVIDERS = ['cpu', 'cuda', 'webgpu', 'auto'] as const;
export type ExecutionProviderSetting = (typeof EXECUTION_PROVIDERS)[number];

export interface ProvidersInfo {
  readonly available: readonly string[];
  /** The provider sessions are created with (never 'auto': what auto resolved to). */
  readonly active: string;
  /** Why the configured provider was not used (auto fell back), when it was not. */
  readonly fallbackReason?: string;
}

/** Where a features() call cuts the model: a tensor name, or a block boundary by index (0 = first). */
export type FeatureCut = string | { readonly block: number };

/** What the engine knows of a model's structure (for choosing cuts and heads). */
export interface ModelStructure {
  readonly featureTensor: string;
  /** Block-boundary tensors, input side first. */
  readonly blocks: readonly string[];
  readonly numClasses: number;
  /** Parameters (initializer names) of the final linear layer. */
  readonly lastLayer: { readonly weight: string; readonly bias?: string };
}

export interface InputGradientOptions {
  readonly loss: LossKind;
  /** Target classes for targeted-cross-entropy, targeted-dlr and logit-difference. */
  readonly targets?: Int32Array;
}

export interface InputGradientResult {
  readonly loss: Float32Array;
  readonly gradient: Tensor;
  /** [N, C] logits at the same images, when the engine has them from the same pass. */
  readonly logits?: Tensor;
}

export interface ParameterGradientOptions {
  readonly loss: LossKind;
  /** Initializer names; default the final linear layer's weight and bias. */
  readonly params?: readonly string[];
  /** Of the per-example losses: 'sum' (default) or 'mean'. */
  readonly reduction?: 'sum' | 'mean';
  readonly targets?: Int32Array;
}

/** Per-example gradients of the final linear layer with the features they come from (influence functions). */
export interface LastLayerGradients {
  /** [N, K] penultimate features. */
  readonly features: Tensor;
  /** [N, C]. */
  readonly logits: Tensor;
  /** [N] per-example loss. */
  readonly loss: Float32Array;
  /** [N, ...weight dims]. */
  readonly gradWeight: Tensor;
  /** [N, C] when the layer has a bias. */
  readonly gradBias?: Tensor;
  /** Whether the stored weight is [C, K] (PyTorch's Linear) rather than [K, C]. */
  readonly transposed: boolean;
}

export interface EvaluateOptions {
  /** Images per engine call (default 256). */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
}

export interface Evaluation {
  readonly accuracy: number;
  /** Mean cross-entropy. */
  readonly loss: number;
  /** Argmax class per image. */
  readonly predictions: Int32Array;
  /** Per-image cross-entropy. */
  readonly losses: Float32Array;
}

/**
 * What plugins may ask of the engine. Plugins never import onnxruntime; the server (or a
 * test context) supplies an implementation. All tensors are in the [0,1] pixel space of the
 * dataset's images: preprocessing is part of the model graph.
 */
export interface EngineApi {
  providers(): ProvidersInfo;
  /** Feature tensor, blocks, classes and last layer of a model. */
  structure(model: ModelRef): Promise<ModelStructure>;
  /** Logits [N, classes]. */
  logits(model: ModelRef, images: Tensor): Promise<Tensor>;
  /** Features at a cut (default: the model's penultimate features). */
  features(model: ModelRef, images: Tensor, cut?: FeatureCut): Promise<Tensor>;
  /**
   * Per-example loss and its gradient with respect to the images; engines that have the
   * logits of the same pass at hand return them too (attacks then skip a forward pass).
   */
  inputGradient(model: ModelRef, images: Tensor, labels: Int32Array, options: InputGradientOptions): Promise<InputGradientResult>;
  /** The reduced loss and its gradient with respect to model parameters. */
  parameterGradients(model: ModelRef, images: Tensor, labels: Int32Array, options: ParameterGradientOptions): Promise<{ readonly loss: number; readonly gradients: readonly NamedTensor[] }>;
  /** Per-example last-layer gradients (cross-entropy) with the features. */
  lastLayerGradients(model: ModelRef, images: Tensor, labels: Int32Array): Promise<LastLayerGradients>;
  /** Accuracy and losses over a batch, run in engine-sized chunks. */
  evaluate(model: ModelRef, batch: ImageBatch, options?: EvaluateOptions): Promise<Evaluation>;
  /**
   * Fine-tune a copy of the model on a target task (the model itself is not changed). Optional
   * so that engines without training keep satisfying this interface; plugins that need it
   * say so when it is missing.
   */
  fineTune?(request: FineTuneRequest, options?: FineTuneOptions): Promise<FineTuneResult>;
  /**
   * Fine-tune a group of compatible requests together (optional): the same model, depth and
   * dataset (by checksum) with the same test indices and the same epochs, batch size, momentum and
   * weight decay; each has its own training indices, seed, learning rate and schedule. Results
   * come in request order, each what `fineTune` gives for its request up to float32 rounding
   * (an engine may train the final layers stacked in one graph). No `keepModel`.
   */
  fineTuneGroup?(requests: readonly FineTuneRequest[], options?: FineTuneGroupOptions): Promise<FineTuneResult[]>;
  /** Forget a fine-tuned model returned by fineTune, or a copy returned by randomized (its sessions are released). */
  release?(model: ModelRef): Promise<void>;
  /**
   * A held copy of the model with its top parameters re-drawn (optional; the cascading
   * model-parameter randomisation of Adebayo et al. 2018): `depth` as fine-tuning counts it
   * ('none' nothing, an identical copy; 0 the final layer; k the final layer and the last k
   * blocks; 'all' every layer), each layer drawn as a fresh one (PyTorch's defaults: Conv and
   * Linear weights and biases U(-1/sqrt(fanIn), 1/sqrt(fanIn)); BatchNorm scale 1, shift 0,
   * mean 0, variance 1), from `seed`. The model itself is not changed; forget the copy with release.
   */
  randomized?(model: ModelRef, options: RandomizeOptions): Promise<ModelRef>;
}

/** What `EngineApi.randomized` re-draws, and from which seed. */
export interface RandomizeOptions {
  readonly depth: FineTuneDepth | 'none';
  readonly seed: number;
}

/** How many blocks to unfreeze: 0 = only a new final layer; k = the last k blocks too; 'all'. */
export type FineTuneDepth = number | 'all';

export const LR_SCHEDULES = ['step', 'cosine', 'constant'] as const;
export type LrScheduleKind = (typeof LR_SCHEDULES)[number];

export interface FineTuneHyperParams {
  readonly epochs: number;
  readonly batchSize: number;
  readonly lr: number;
  readonly momentum: number;
  readonly weightDecay: number;
  /** 'step': x0.1 after 1/3 and 2/3 of the epochs (the reference study); 'cosine': per step to 0. */
  readonly schedule: LrScheduleKind;
  /** Random crop (padding 4 at 32 px, scaled) while training; recomputes the frozen prefix per batch. */
  readonly augment: boolean;
}

/**
 * Training and test images: a loaded dataset (what `ctx.data.dataset(spec)` gave the analysis)
 * and indices into its splits, or tensors given inline.
 */
export type FineTuneData =
  | { readonly kind: 'dataset'; readonly dataset: Dataset; readonly train: readonly number[]; readonly test: readonly number[] }
  | { readonly kind: 'tensors'; readonly numClasses: number; readonly train: ImageBatch; readonly test: ImageBatch };

/**
 * What to fine-tune, on what. It carries the dataset the analysis already holds, so the engine
 * reads the images from it and resolves nothing by name; made and used in the process that
 * runs the trial (not serialisable).
 */
export interface FineTuneRequest {
  readonly model: ModelRef;
  readonly depth: FineTuneDepth;
  readonly data: FineTuneData;
  readonly hyper: FineTuneHyperParams;
  /** Seeds the new layer's initialisation, the batch order and augmentation. */
  readonly seed: number;
}

export interface FineTuneEpoch {
  /** 1-based. */
  readonly epoch: number;
  /** Mean over the epoch's batches (weighted by batch size) of the loss before each update. */
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly testAccuracy: number;
}

export interface FineTuneOptions {
  /** Called after each epoch's evaluation. */
  readonly onEpoch?: (e: FineTuneEpoch) => void;
  /** Checked between batches. */
  readonly signal?: AbortSignal;
  /**
   * Keep the fine-tuned model in the engine and return a ref to it (usable with logits,
   * features, gradients; forget it with release) and the trained tail's parameters.
   */
  readonly keepModel?: boolean;
}

export interface FineTuneGroupOptions {
  /** Called after each epoch's evaluation of a request (its index in the group). */
  readonly onEpoch?: (request: number, e: FineTuneEpoch) => void;
  /** Checked between batches. */
  readonly signal?: AbortSignal;
}

export interface FineTuneResult {
  readonly epochs: readonly FineTuneEpoch[];
  readonly trainSize: number;
  readonly testSize: number;
  /** Whether the frozen-prefix features came from the cache ('none': nothing frozen, or augmented). */
  readonly featureCache: 'hit' | 'miss' | 'none';
  readonly seconds: number;
  /** Argmax class per test image after the last epoch, in the request's test order (per-example views). */
  readonly testPredictions?: Int32Array;
  /** With keepModel: the fine-tuned model (source prefix + trained tail + new head). */
  readonly model?: ModelRef;
  /** With keepModel: the trained parameters (tail blocks and the new final layer). */
  readonly parameters?: readonly NamedTensor[];
}
