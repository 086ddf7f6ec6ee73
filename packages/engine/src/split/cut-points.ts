import type { GraphDef } from '../onnx/ir';

/** Which nodes and tensors depend on the graph's inputs (initializers and constants do not). */
export interface InputDependence {
  /** Node indices, in graph order, whose outputs depend on an input. */
  readonly nodes: readonly number[];
  readonly tensors: ReadonlySet<string>;
}

export function inputDependence(g: GraphDef): InputDependence {
  const initializers = new Set(g.initializers.map((t) => t.name));
  const tensors = new Set(g.inputs.map((i) => i.name).filter((n) => !initializers.has(n)));
  const nodes: number[] = [];
  g.nodes.forEach((n, i) => {
    if (!n.inputs.some((t) => t !== '' && tensors.has(t))) return;
    nodes.push(i);
    for (const o of n.outputs) if (o) tensors.add(o);
  });
  return { nodes, tensors };
}

/**
 * Single cut points: tensors t such that everything after t's producer (in graph order) reads
 * the inputs only through t, i.e. after that node t is the only live input-dependent tensor
 * (Shape reads count: a batch size taken before t and used after it breaks the cut). These
 * are the tensors `splitModel` can cut at. Graph outputs are never cut points.
 */
export function cutPoints(g: GraphDef): Set<string> {
  const dep = inputDependence(g);
  const lastUse = new Map<string, number>();
  g.nodes.forEach((n, i) => n.inputs.forEach((t) => t && dep.tensors.has(t) && lastUse.set(t, i)));
  for (const o of g.outputs) lastUse.set(o.name, Infinity);
  const live = new Set<string>();
  for (const i of g.inputs) if (dep.tensors.has(i.name) && lastUse.has(i.name)) live.add(i.name);
  const expiring = new Map<number, string[]>();
  for (const [t, i] of lastUse) if (Number.isFinite(i)) expiring.set(i, [...(expiring.get(i) ?? []), t]);
  const outputs = new Set(g.outputs.map((o) => o.name));
  const cuts = new Set<string>();
  g.nodes.forEach((n, i) => {
    for (const t of expiring.get(i) ?? []) live.delete(t);
    for (const o of n.outputs) if (o && dep.tensors.has(o) && lastUse.has(o) && (lastUse.get(o)! > i)) live.add(o);
    if (live.size === 1) {
      const [only] = live;
      if (n.outputs.includes(only!) && !outputs.has(only!)) cuts.add(only!);
    }
  });
  return cuts;
}
