import type { GraphBuilder } from '../onnx/builder';
import type { DataType, Dim, NodeDef, TensorData } from '../onnx/ir';
import type { TensorInfo } from '../onnx/shape-inference';
import { OP_GRADIENTS } from './ops/index';
import { reduceToShape } from './reduce-to-shape';
import type { GradEmitter, OpGradient, VjpArgs } from './rule';

export class GradientNotSupportedError extends Error {
  constructor(
    readonly opType: string,
    readonly nodeName: string,
    supported: readonly string[],
  ) {
    super(`op ${opType} (node '${nodeName}') has no gradient rule, but a requested gradient flows through it; supported ops: ${supported.join(', ')}`);
    this.name = 'GradientNotSupportedError';
  }
}

export interface DifferentiateRequest {
  /** Tensor name -> name of the tensor holding dLoss/dTensor (the seed of the backward pass). */
  readonly seeds: ReadonlyMap<string, string>;
  /** Tensors (inputs, initializers or intermediates) to return gradients for. */
  readonly wrt: readonly string[];
  /** Rule table; defaults to every rule the engine has. */
  readonly rules?: ReadonlyMap<string, OpGradient>;
  /** Only nodes with index < this are differentiated (defaults to all nodes present at the call). */
  readonly nodeLimit?: number;
}

const FLOAT_TYPES: readonly DataType[] = ['float32', 'float64'];

export function makeEmitter(b: GraphBuilder): GradEmitter {
  return {
    op: (opType, inputs, attributes = {}, outputs = 1) => b.op(opType, inputs, attributes, { outputs }),
    op1: (opType, inputs, attributes = {}) => b.op1(opType, inputs, attributes),
    constant: (values, dims, dataType = 'float32') => b.constant(values instanceof Float32Array && dataType === 'float32' ? values : Array.from(values), dims, dataType),
    int64s: (values) => b.int64s(values),
    scalar: (value) => b.scalar(value),
  };
}

/** Constant value of a tensor: an initializer or the output of a Constant node with a tensor value. */
function constantLookup(b: GraphBuilder, nodes: readonly NodeDef[]): (name: string) => TensorData | undefined {
  const fromNodes = new Map<string, TensorData>();
  for (const n of nodes) {
    const v = n.attributes.value;
    if (n.opType === 'Constant' && v?.type === 'tensor' && n.outputs[0]) fromNodes.set(n.outputs[0], v.value);
  }
  return (name) => b.constantOf(name) ?? fromNodes.get(name);
}

/**
 * Reverse-mode differentiation: appends gradient nodes to `b` and returns, for each
 * requested tensor, the name of its gradient (zeros when no path connects it to a seed).
 * Only nodes on a path from a `wrt` tensor to a seed are differentiated; a tensor read by
 * several nodes gets the Sum of their contributions.
 */
export function differentiate(b: GraphBuilder, req: DifferentiateRequest): Map<string, string> {
  const rules = req.rules ?? OP_GRADIENTS;
  const nodes = b.nodes.slice(0, req.nodeLimit ?? b.nodes.length);
  const info: Map<string, TensorInfo> = b.infer();
  const isFloat = (t: string) => {
    const dt = info.get(t)?.dataType;
    return dt === undefined || FLOAT_TYPES.includes(dt);
  };
  const passes = (n: NodeDef) => {
    const g = rules.get(n.opType);
    return !(g && 'noGradient' in g);
  };

  // Tensors that depend (differentiably) on a wrt tensor.
  const forward = new Set(req.wrt);
  for (const n of nodes) {
    if (passes(n) && n.inputs.some((i) => i && forward.has(i))) for (const o of n.outputs) if (o && isFloat(o)) forward.add(o);
  }
  // Tensors that a seed depends on.
  const backward = new Set(req.seeds.keys());
  const active: NodeDef[] = [];
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k]!;
    if (!n.outputs.some((o) => o && backward.has(o))) continue;
    if (!passes(n) || !n.inputs.some((i) => i && forward.has(i))) continue;
    active.push(n);
    for (const i of n.inputs) if (i) backward.add(i);
  }

  const contributions = new Map<string, string[]>();
  for (const [t, g] of req.seeds) contributions.set(t, [g]);
  const total = new Map<string, string>();
  const gradOf = (t: string): string | undefined => {
    const done = total.get(t);
    if (done) return done;
    const parts = contributions.get(t);
    if (!parts || parts.length === 0) return undefined;
    const g = parts.length === 1 ? parts[0]! : b.op1('Sum', parts);
    total.set(t, g);
    return g;
  };

  const constantOf = constantLookup(b, nodes);
  const emit = makeEmitter(b);
  const shapeOf = (name: string): readonly Dim[] => {
    const s = info.get(name)?.shape;
    if (!s) throw new Error(`gradient: no static shape known for tensor '${name}' (shape inference could not determine it)`);
    return s;
  };
  for (const node of active) {
    const dOutputs = node.outputs.map((o) => (o ? gradOf(o) : undefined));
    if (dOutputs.every((d) => d === undefined)) continue;
    const g = rules.get(node.opType);
    if (!g || 'noGradient' in g) throw new GradientNotSupportedError(node.opType, node.name, [...rules.keys()].sort());
    const needsGrad = node.inputs.map((i) => !!i && forward.has(i) && isFloat(i));
    const args: VjpArgs = {
      node,
      dOutputs,
      needsGrad,
      shapeOf,
      dataTypeOf: (name) => info.get(name)?.dataType ?? 'float32',
      constantOf,
      valueOf: (name) => info.get(name)?.value,
      reduceToShape: (grad, from, to) => reduceToShape(emit, grad, from, to),
      emit,
    };
    const grads = g.vjp(args);
    node.inputs.forEach((input, i) => {
      const gi = grads[i];
      if (!input || !needsGrad[i] || gi === undefined) return;
      if (total.has(input)) throw new Error(`gradient: tensor '${input}' received a contribution after its total was used (graph not topologically sorted?)`);
      const list = contributions.get(input) ?? [];
      list.push(gi);
      contributions.set(input, list);
    });
  }

  const result = new Map<string, string>();
  for (const w of req.wrt) {
    const g = gradOf(w);
    if (g) {
      result.set(w, g);
      continue;
    }
    const shape = b.op1('Shape', [w]);
    const f64 = info.get(w)?.dataType === 'float64';
    const zero: TensorData = { name: 'value', dataType: f64 ? 'float64' : 'float32', dims: [1], values: f64 ? new Float64Array(1) : new Float32Array(1) };
    result.set(w, b.op1('ConstantOfShape', [shape], { value: { type: 'tensor', value: zero } }));
  }
  return result;
}
