import { GraphBuilder } from '../onnx/builder';
import type { ModelDef } from '../onnx/ir';
import { exposeAs, mainOutput } from './model-parts';

export interface ForwardOptions {
  /** Tensor to expose as `features` (a block output, the penultimate layer). */
  readonly cut?: string;
  readonly logits?: string;
}

export interface ForwardGraph {
  readonly model: ModelDef;
  readonly outputs: { readonly logits: 'logits'; readonly features?: 'features' };
}

/** The forward model with outputs `logits` and, given a cut tensor, `features`. */
export function deriveForward(model: ModelDef, options: ForwardOptions = {}): ForwardGraph {
  const b = GraphBuilder.from(model);
  const logits = mainOutput(model, options.logits);
  b.outputs.length = 0;
  exposeAs(b, logits, 'logits');
  if (options.cut) {
    if (!b.has(options.cut)) throw new Error(`deriveForward: no tensor '${options.cut}' in the model`);
    exposeAs(b, options.cut, 'features');
    return { model: b.build(), outputs: { logits: 'logits', features: 'features' } };
  }
  return { model: b.build(), outputs: { logits: 'logits' } };
}
