import { GraphBuilder } from '../onnx/builder';
import type { ModelDef } from '../onnx/ir';
import { differentiate } from '../grad/differentiate';

export interface VjpOptions {
  /** Forward tensors that receive a seed gradient (graph inputs `seed:<name>`, same shape). */
  readonly seeds: readonly string[];
  /** Tensors to differentiate with respect to; outputs `grad:<name>`. */
  readonly wrt: readonly string[];
  /** Keep the forward graph's outputs too (default true). */
  readonly keepOutputs?: boolean;
}

export const seedName = (t: string): string => `seed:${t}`;
export const gradName = (t: string): string => `grad:${t}`;

/**
 * The general vector-Jacobian product graph: inputs are the forward inputs plus one seed
 * per chosen tensor; outputs are sum_k seed_k . d(tensor_k)/d(wrt) for each wrt tensor.
 */
export function deriveVjp(model: ModelDef, options: VjpOptions): ModelDef {
  const b = GraphBuilder.from(model, { opsetVersion: Math.max(17, model.opsetVersion) });
  const info = b.infer();
  if (options.keepOutputs === false) b.outputs.length = 0;
  const seeds = new Map<string, string>();
  for (const t of options.seeds) {
    const i = info.get(t);
    if (!i) throw new Error(`deriveVjp: unknown tensor '${t}'`);
    seeds.set(t, b.addInput({ name: seedName(t), dataType: i.dataType, shape: i.shape }));
  }
  const grads = differentiate(b, { seeds, wrt: options.wrt });
  for (const w of options.wrt) {
    const g = grads.get(w)!;
    const out = b.op1('Identity', [g], {}, { outputs: [gradName(w)] });
    b.output(out);
  }
  return b.build();
}
