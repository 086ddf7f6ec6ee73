/** Caps on what a model may hold before the engine parses it further. */
export interface ValidationLimits {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxInitializers: number;
}

/** Generous for the zoo (ResNet-50 is ~100 MB, ~180 nodes, ~320 initializers), tight against abuse. */
export const DEFAULT_LIMITS: ValidationLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxNodes: 20_000,
  maxInitializers: 20_000,
};
