/**
 * The fine-tuning request and result, structurally the sdk's FineTuneRequest / FineTuneResult
 * (the engine imports nothing of ours): the server's engine adapter passes them through.
 */
export type FineTuneDepth = number | 'all';

export interface FineTuneHyper {
  readonly epochs: number;
  readonly batchSize: number;
  readonly lr: number;
  readonly momentum: number;
  readonly weightDecay: number;
  /** 'step': x0.1 after 1/3 and 2/3 of the epochs; 'cosine': per step down to 0; 'constant'. */
  readonly schedule: 'step' | 'cosine' | 'constant';
  /** Random crop with zero padding (4 px at 32 px, scaled to the image) while training. */
  readonly augment: boolean;
}

export interface FineTuneEpochResult {
  /** 1-based. */
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly testAccuracy: number;
}

export interface FineTuneCallbacks {
  readonly onEpoch?: (e: FineTuneEpochResult) => void;
  readonly signal?: AbortSignal;
}

export interface FineTuneOutcome {
  readonly epochs: readonly FineTuneEpochResult[];
  readonly trainSize: number;
  readonly testSize: number;
  /** Where the frozen-prefix features came from; 'none' when nothing is frozen or training is augmented. */
  readonly featureCache: 'hit' | 'miss' | 'none';
  readonly seconds: number;
}

/** One split's images for a trial: the chosen images in order, their labels and dataset indices (for the cache key). */
export interface SplitImages {
  /** NCHW float32 in the model's input space (preprocessing folded into the model or already applied). */
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly indices: Int32Array;
}
