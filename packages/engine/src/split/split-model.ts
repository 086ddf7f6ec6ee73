import type { Dim, ModelDef, NodeDef, ValueInfo } from '../onnx/ir';
import { inferShapes } from '../onnx/shape-inference';
import { SplitError } from './blocks';

export interface SplitModel {
  /** Original inputs -> the cut tensor (its only output). */
  readonly prefix: ModelDef;
  /** The cut tensor (its only input, same name) -> the original outputs. */
  readonly tail: ModelDef;
}

/** Nodes (in graph order) needed to compute `targets`, not looking past `stopAt`. */
function slice(nodes: readonly NodeDef[], targets: readonly string[], stopAt: ReadonlySet<string>): NodeDef[] {
  const producer = new Map<string, number>();
  nodes.forEach((n, i) => n.outputs.forEach((o) => o && producer.set(o, i)));
  const keep = new Set<number>();
  const stack = targets.filter((t) => !stopAt.has(t));
  while (stack.length > 0) {
    const t = stack.pop()!;
    const i = producer.get(t);
    if (i === undefined || keep.has(i)) continue;
    keep.add(i);
    for (const input of nodes[i]!.inputs) if (input && !stopAt.has(input)) stack.push(input);
  }
  return nodes.filter((_, i) => keep.has(i));
}

function reads(nodes: readonly NodeDef[]): Set<string> {
  return new Set(nodes.flatMap((n) => n.inputs).filter((i) => i !== ''));
}

/**
 * The cut tensor's type and shape: declared value_info first, else static shape inference
 * (the tail's input needs a shape for gradients); feature tensors default to float32.
 */
function cutInfo(model: ModelDef, cut: string): ValueInfo {
  const known = model.graph.valueInfo.find((v) => v.name === cut) ?? inferShapes(model.graph, model.opsetVersion).get(cut);
  const shape: Dim[] | undefined = known?.shape ? [...known.shape] : undefined;
  return { name: cut, dataType: known?.dataType ?? 'float32', shape };
}

/**
 * Split at `cut`: tail(prefix(x)) computes the model's outputs. The cut must separate the
 * inputs from the outputs: no tail node may read a model input or a tensor that only the
 * prefix side computes.
 */
export function splitModel(model: ModelDef, cut: string): SplitModel {
  const g = model.graph;
  if (!g.nodes.some((n) => n.outputs.includes(cut))) throw new SplitError(`cut tensor '${cut}' is produced by no node`);
  const outputs = g.outputs.map((o) => o.name);
  if (outputs.includes(cut)) throw new SplitError(`cut tensor '${cut}' is a model output; nothing would remain in the tail`);

  const prefixNodes = slice(g.nodes, [cut], new Set());
  const tailNodes = slice(g.nodes, outputs, new Set([cut]));
  // Tensors only the prefix side has: model inputs and outputs of prefix nodes that read
  // something (input-free nodes such as Constant may be duplicated into the tail).
  const inPrefix = new Set(prefixNodes);
  const before = new Set([...g.inputs.map((i) => i.name), ...prefixNodes.filter((n) => n.inputs.some((i) => i !== '')).flatMap((n) => n.outputs)]);
  before.delete(cut);
  for (const n of tailNodes) {
    if (inPrefix.has(n)) continue;
    const leak = n.inputs.find((i) => before.has(i));
    if (leak !== undefined) throw new SplitError(`cut '${cut}' does not separate the model: tail node '${n.name}' (${n.opType}) also reads '${leak}' from before the cut`);
  }
  const prefixReads = reads(prefixNodes);
  const tailReads = reads(tailNodes);
  const info = cutInfo(model, cut);
  const part = (nodes: NodeDef[], used: Set<string>, inputs: readonly ValueInfo[], outs: readonly ValueInfo[], suffix: string): ModelDef => {
    const produced = new Set(nodes.flatMap((n) => n.outputs));
    return {
      ...model,
      graph: {
        name: `${g.name}_${suffix}`,
        nodes,
        initializers: g.initializers.filter((t) => used.has(t.name)),
        inputs,
        outputs: outs,
        valueInfo: g.valueInfo.filter((v) => produced.has(v.name) && !outs.some((o) => o.name === v.name)),
      },
    };
  };
  return {
    prefix: part(prefixNodes, prefixReads, g.inputs.filter((i) => prefixReads.has(i.name)), [info], 'prefix'),
    tail: part(tailNodes, tailReads, [info], g.outputs, 'tail'),
  };
}
