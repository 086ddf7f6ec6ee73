import type { FineTuneResult } from '@transferlab/sdk';
import type { ModelDef } from '../onnx/ir';

/** One split's images for a trial: the chosen images in order, their labels and dataset indices (for the cache key). */
export interface SplitImages {
  /** NCHW float32 in the model's input space (preprocessing folded into the model or already applied). */
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly indices: Int32Array;
}

/**
 * What fineTune returns: the sdk's FineTuneResult (with keepModel its `parameters`: the
 * trained tail and new final layer, BatchNorm running statistics included) and, with
 * keepModel, the whole fine-tuned model for an engine to register.
 */
export interface FineTuneRun extends FineTuneResult {
  /** The model as given (preprocessing included) with the new head and the trained values in place. */
  readonly trainedModel?: ModelDef;
}
