import { seededRandom, type FineTuneDepth } from '@transferlab/sdk';
import { cutForDepth } from '../finetune/cut';
import type { ModelDef, NodeDef, TensorData } from '../onnx/ir';
import { splitModel } from '../split/split-model';
import { deriveSeed } from '../train-utils/prng';

/** What to re-draw: 'none' nothing; 0 the final layer; k the final layer and the last k blocks; 'all' everything. */
export type RandomizeDepth = FineTuneDepth | 'none';

/** How a parameter is re-drawn: uniform in [-bound, bound], or a constant (BatchNorm's fresh state). */
type Draw = { readonly kind: 'uniform'; readonly bound: number } | { readonly kind: 'constant'; readonly value: number };

/** A string's FNV-1a hash: each parameter's stream depends on its name, not on the graph's order. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const uniform = (fanIn: number): Draw => ({ kind: 'uniform', bound: 1 / Math.sqrt(Math.max(1, fanIn)) });

/**
 * Fresh-layer draws of the parameters a node holds, by initializer name, as PyTorch initialises
 * a new layer: Conv and Linear (Gemm, MatMul with a following bias Add) weight and bias
 * U(-1/sqrt(fanIn), 1/sqrt(fanIn)) (kaiming_uniform with a = sqrt(5)); BatchNormalization scale
 * 1, shift 0, running mean 0, running variance 1. Other initializers (shapes, constants) are not
 * parameters and stay.
 */
function drawsOf(node: NodeDef, dims: ReadonlyMap<string, readonly number[]>, biasOf: ReadonlyMap<string, number>): [string, Draw][] {
  const [, w, b] = node.inputs;
  const wd = w !== undefined ? dims.get(w) : undefined;
  switch (node.opType) {
    case 'Conv':
    case 'ConvTranspose': {
      if (!wd || w === undefined) return [];
      // PyTorch's fan-in of both: weight.size(1) times the kernel ([O, I/g, k..] and [I, O/g, k..]).
      const fanIn = wd.slice(1).reduce((a, v) => a * v, 1);
      const out: [string, Draw][] = [[w, uniform(fanIn)]];
      if (b && dims.has(b)) out.push([b, uniform(fanIn)]);
      return out;
    }
    case 'Gemm': {
      if (!wd || w === undefined || wd.length !== 2) return [];
      const transB = node.attributes.transB;
      const fanIn = transB?.type === 'int' && transB.value === 1 ? wd[1]! : wd[0]!;
      const out: [string, Draw][] = [[w, uniform(fanIn)]];
      if (b && dims.has(b)) out.push([b, uniform(fanIn)]);
      return out;
    }
    case 'MatMul':
      return wd && w !== undefined && wd.length === 2 ? [[w, uniform(wd[0]!)]] : [];
    case 'Add': {
      // The bias of a MatMul layer: an initializer added to a MatMul's output.
      const [x, y] = node.inputs;
      if (x === undefined || y === undefined) return [];
      const fan = biasOf.get(x) ?? biasOf.get(y);
      const bias = biasOf.has(x) ? y : x;
      return fan !== undefined && dims.has(bias) ? [[bias, uniform(fan)]] : [];
    }
    case 'BatchNormalization': {
      const [, scale, shift, mean, variance] = node.inputs;
      const pairs: [string | undefined, number][] = [[scale, 1], [shift, 0], [mean, 0], [variance, 1]];
      return pairs.filter((p): p is [string, number] => p[0] !== undefined && dims.has(p[0])).map(([n, value]) => [n, { kind: 'constant', value }]);
    }
    default:
      return [];
  }
}

/** The nodes whose parameters a depth re-draws: the tail after the depth's cut (fine-tuning's split), every node for 'all'. */
function nodesAt(model: ModelDef, depth: RandomizeDepth, o: { readonly blocks?: readonly string[]; readonly featureTensor?: string }): readonly NodeDef[] {
  if (depth === 'none') return [];
  const cut = cutForDepth(model, depth, o);
  return cut === undefined ? model.graph.nodes : splitModel(model, cut).tail.graph.nodes;
}

/**
 * A copy of the model with the parameters of its top layers re-drawn as fresh layers' (see
 * drawsOf), seeded per parameter name (`seed` and the name give the same values whatever else
 * the graph holds). Returns the copy and the names re-drawn, in graph order.
 */
export function randomizeParameters(
  model: ModelDef,
  depth: RandomizeDepth,
  seed: number,
  o: { readonly blocks?: readonly string[]; readonly featureTensor?: string } = {},
): { model: ModelDef; randomized: string[] } {
  const g = model.graph;
  const dims = new Map<string, readonly number[]>(g.initializers.filter((t) => t.dataType === 'float32').map((t) => [t.name, t.dims]));
  const nodes = nodesAt(model, depth, o);
  // MatMul outputs with their fan-in, so an Add of an initializer to one is that layer's bias.
  const biasOf = new Map<string, number>();
  for (const n of nodes) {
    const wd = n.inputs[1] !== undefined ? dims.get(n.inputs[1]) : undefined;
    if (n.opType === 'MatMul' && wd?.length === 2 && n.outputs[0]) biasOf.set(n.outputs[0], wd[0]!);
  }
  const draws = new Map<string, Draw>();
  for (const n of nodes) for (const [name, d] of drawsOf(n, dims, biasOf)) if (!draws.has(name)) draws.set(name, d);
  const initializers = g.initializers.map((t): TensorData => {
    const d = draws.get(t.name);
    if (!d) return t;
    const count = t.values.length;
    if (d.kind === 'constant') return { ...t, values: new Float32Array(count).fill(d.value) };
    const rng = seededRandom(deriveSeed(seed, nameHash(t.name)));
    return { ...t, values: Float32Array.from({ length: count }, () => (2 * rng() - 1) * d.bound) };
  });
  return { model: { ...model, graph: { ...g, initializers } }, randomized: g.initializers.filter((t) => draws.has(t.name)).map((t) => t.name) };
}
