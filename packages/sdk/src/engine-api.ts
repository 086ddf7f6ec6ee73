import type { Tensor } from './tensor';

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
}
