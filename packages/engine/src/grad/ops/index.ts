import type { OpGradient } from '../rule';
import { CORE_OPS } from './core-ops';
import { MORE_OPS } from './more-ops';

/** Every op the engine can differentiate, by op type. Add a rule: one file in this folder, one line in a list. */
export const OP_GRADIENTS: ReadonlyMap<string, OpGradient> = new Map(
  [...CORE_OPS, ...MORE_OPS].map((g) => [g.opType, g]),
);

export const SUPPORTED_OPS: readonly string[] = [...OP_GRADIENTS.keys()].sort();
