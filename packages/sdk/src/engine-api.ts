import type { ImageBatch, Tensor } from './tensor';

/** A source model known to the platform, by id. */
export interface ModelRef {
  readonly id: string;
}

export const LOSS_KINDS = ['cross-entropy', 'targeted-cross-entropy', 'cw-margin', 'dlr'] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

export interface ProvidersInfo {
  readonly available: readonly string[];
  readonly active: string;
}

/**
 * What plugins may ask of the engine. Plugins never import onnxruntime; the server (or a
 * test context) supplies an implementation. All tensors are in the [0,1] pixel space of the
 * dataset's images: preprocessing is part of the model graph.
 */
export interface EngineApi {
  providers(): ProvidersInfo;
  /** Logits [N, classes]. */
  logits(model: ModelRef, images: Tensor): Promise<Tensor>;
  /** Features at a named tensor (default: the model's penultimate features). */
  features(model: ModelRef, images: Tensor, cut?: string): Promise<Tensor>;
  /** Per-example loss and its gradient with respect to the images. */
  inputGradient(
    model: ModelRef,
    images: Tensor,
    labels: Int32Array,
    options: { readonly loss: LossKind; readonly targets?: Int32Array },
  ): Promise<{ readonly loss: Float32Array; readonly gradient: Tensor }>;
  /**
   * Fine-tune a copy of the model on a target task (the model itself is not changed). Optional
   * so that engines without training keep satisfying this interface; plugins that need it
   * say so when it is missing.
   */
  fineTune?(request: FineTuneRequest, options?: FineTuneOptions): Promise<FineTuneResult>;
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

/** Training and test images: a registered dataset's indices, or tensors given inline. */
export type FineTuneData =
  | { readonly kind: 'dataset'; readonly name: string; readonly train: readonly number[]; readonly test: readonly number[] }
  | { readonly kind: 'tensors'; readonly numClasses: number; readonly train: ImageBatch; readonly test: ImageBatch };

/** Plain data (serialisable), so a worker or a queue can carry it. */
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
}

export interface FineTuneResult {
  readonly epochs: readonly FineTuneEpoch[];
  readonly trainSize: number;
  readonly testSize: number;
  /** Whether the frozen-prefix features came from the cache ('none': nothing frozen, or augmented). */
  readonly featureCache: 'hit' | 'miss' | 'none';
  readonly seconds: number;
}
