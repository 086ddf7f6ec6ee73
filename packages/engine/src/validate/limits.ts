/** Caps on what a model may hold before the engine parses it further. */
export interface ValidationLimits {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxInitializers: number;
  /**
   * Most elements any one tensor of the model may have, judged statically from its shape
   * (ConstantOfShape, Expand, Tile, Resize, Range, Pad and every other op whose output shape
   * inference knows). A tensor of unknown shape is not judged here; the worker's memory cap
   * is the backstop for those.
   */
  readonly maxTensorElements: number;
  /** What a symbolic dim (the batch 'N') counts as when bounding a tensor's size. */
  readonly symbolicDimSize: number;
}

/** 2^28 elements: 1 GiB of float32; ResNet-50's largest activation at 224x224 is 802,816 per image. */
export const MAX_TENSOR_ELEMENTS = 2 ** 28;

/** Generous for the zoo (ResNet-50 is ~100 MB, ~180 nodes, ~320 initializers), tight against abuse. */
export const DEFAULT_LIMITS: ValidationLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxNodes: 20_000,
  maxInitializers: 20_000,
  maxTensorElements: MAX_TENSOR_ELEMENTS,
  symbolicDimSize: 1,
};
