import type { GraphBuilder } from '../onnx/builder';
import type { Dim, ModelDef } from '../onnx/ir';

/** The image input (first graph input) and the logits (first graph output) unless named. */
export function mainInput(model: ModelDef, name?: string): string {
  const input = name ?? model.graph.inputs[0]?.name;
  if (!input || !model.graph.inputs.some((i) => i.name === input)) throw new Error(`model has no input '${input ?? ''}'`);
  return input;
}

export function mainOutput(model: ModelDef, name?: string): string {
  const output = name ?? model.graph.outputs[0]?.name;
  if (!output) throw new Error('model has no outputs');
  return output;
}

/** Number of classes: the static last dim of the logits. */
export function classCount(b: GraphBuilder, logits: string): number {
  const s = b.infer().get(logits)?.shape;
  const c = s?.[s.length - 1];
  if (typeof c !== 'number' || s?.length !== 2) throw new Error(`logits '${logits}' must have a static shape [N, C], got ${JSON.stringify(s)}`);
  return c;
}

export function batchDim(model: ModelDef, input: string): Dim {
  return model.graph.inputs.find((i) => i.name === input)?.shape?.[0] ?? 'N';
}

/**
 * Makes `tensor` a graph output named `name` (through an Identity when the names differ);
 * when the model already uses `name` for another tensor, a fresh variant. Returns the name.
 */
export function exposeAs(b: GraphBuilder, tensor: string, name: string): string {
  if (tensor === name) return b.output(name);
  const free = b.has(name) ? b.unusedName(name) : name;
  b.op1('Identity', [tensor], {}, { outputs: [free] });
  return b.output(free);
}
