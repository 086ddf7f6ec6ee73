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
  /** Output names: `logits` and `features` unless the model already uses those names. */
  readonly outputs: { readonly logits: string; readonly features?: string };
}

/** The forward model with outputs `logits` and, given a cut tensor, `features`. */
export function deriveForward(model: ModelDef, options: ForwardOptions = {}): ForwardGraph {
  const b = GraphBuilder.from(model);
  const logits = mainOutput(model, options.logits);
  b.outputs.length = 0;
  if (options.cut && !b.has(options.cut)) throw new Error(`deriveForward: no tensor '${options.cut}' in the model`);
  const logitsOut = exposeAs(b, logits, 'logits');
  if (options.cut) {
    const features = exposeAs(b, options.cut, 'features');
    return { model: b.build(), outputs: { logits: logitsOut, features } };
  }
  return { model: b.build(), outputs: { logits: logitsOut } };
}
