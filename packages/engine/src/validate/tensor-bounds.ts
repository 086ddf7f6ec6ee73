import { attrInts } from '../onnx/attributes';
import type { Dim, ModelDef, NodeDef, TensorData } from '../onnx/ir';
import { broadcastShapes, formatShape } from '../onnx/shape-dims';
import { inferShapes, type TensorInfo } from '../onnx/shape-inference';
import type { ValidationLimits } from './limits';

/**
 * Static bounds on the size of every tensor a model would make, so that a tiny file whose
 * ConstantOfShape, Expand, Tile, Resize, Range or Pad asks for billions of elements is refused
 * before ONNX Runtime allocates them. Shapes come from shape inference (which carries small
 * integer values through Shape/Gather/Concat/arithmetic); the ops that take a shape or a
 * scale as data are also read straight from constants of any length or type (float scales
 * and Range bounds, long shape vectors), which inference does not carry.
 */
export interface OversizeTensor {
  readonly node: NodeDef;
  /** The node's position in the graph (names it when it has no name). */
  readonly index: number;
  readonly tensor: string;
  readonly shape: readonly Dim[];
  readonly elements: number;
}

/** Elements of a shape with every symbolic size counted as `symbolic`; undefined when a dim is unknown. */
export function boundElements(shape: readonly Dim[] | undefined, symbolic: number): number | undefined {
  if (!shape) return undefined;
  let n = 1;
  for (const d of shape) {
    const b = boundDim(d, symbolic);
    if (b === undefined) return undefined;
    n *= b;
  }
  return n;
}

/** A dim's size: numbers as they are, a monomial such as '2*N' or 'N*T' with each symbol at `symbolic`. */
function boundDim(d: Dim, symbolic: number): number | undefined {
  if (typeof d === 'number') return Number.isFinite(d) && d >= 0 ? d : undefined;
  if (d === undefined) return undefined;
  let n = 1;
  for (const part of d.split('*')) n *= /^-?\d+$/.test(part) ? Number(part) : symbolic;
  return n >= 0 ? n : undefined;
}

/** Values of the constant tensors (initializers and Constant nodes), by name. */
function constants(model: ModelDef): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>();
  const put = (name: string, t: TensorData): void => {
    out.set(name, Array.from(t.values as ArrayLike<number | bigint>, (v) => Number(v)));
  };
  for (const t of model.graph.initializers) put(t.name, t);
  for (const n of model.graph.nodes) {
    if (n.opType !== 'Constant' || !n.outputs[0]) continue;
    const a = n.attributes;
    if (a.value?.type === 'tensor') put(n.outputs[0], a.value.value);
    else if (a.value_float?.type === 'float') out.set(n.outputs[0], [a.value_float.value]);
    else if (a.value_floats?.type === 'floats') out.set(n.outputs[0], a.value_floats.value);
    else if (a.value_int?.type === 'int') out.set(n.outputs[0], [a.value_int.value]);
    else if (a.value_ints?.type === 'ints') out.set(n.outputs[0], a.value_ints.value);
  }
  return out;
}

/**
 * The shape of `node`'s first output computed from constant inputs, for the ops that make a
 * tensor whose size is data (shape vectors, repeats, scales, range bounds); undefined when
 * the op is not one of them or its inputs are not known.
 */
function dataShapedOutput(node: NodeDef, input: (i: number) => TensorInfo | undefined, values: (i: number) => readonly Dim[] | undefined, opset: number): readonly Dim[] | undefined {
  switch (node.opType) {
    case 'ConstantOfShape':
      return values(0);
    case 'Expand': {
      const s = input(0)?.shape;
      const t = values(1);
      return s && t ? broadcastShapes(s, t) : undefined;
    }
    case 'Tile': {
      const s = input(0)?.shape;
      const r = values(1);
      return s && r && r.length === s.length ? s.map((d, i) => mulDims(d, r[i])) : undefined;
    }
    case 'Range': {
      const [start, limit, delta] = [values(0)?.[0], values(1)?.[0], values(2)?.[0]];
      if (typeof start !== 'number' || typeof limit !== 'number' || typeof delta !== 'number' || delta === 0) return undefined;
      return [Math.max(Math.ceil((limit - start) / delta), 0)];
    }
    case 'Resize':
    case 'Upsample': {
      const s = input(0)?.shape;
      if (!s) return undefined;
      // Opset 10 and Upsample: (X, scales); from 11: (X, roi, scales, sizes), with opset 18's axes.
      const [scalesAt, sizesAt] = node.opType === 'Upsample' || opset < 11 ? [1, -1] : [2, 3];
      const axes = attrInts(node, 'axes', undefined)?.map((a) => (a < 0 ? a + s.length : a)) ?? s.map((_, i) => i);
      const sizes = sizesAt >= 0 && node.inputs[sizesAt] ? values(sizesAt) : undefined;
      const scales = node.inputs[scalesAt] ? values(scalesAt) : undefined;
      const per = sizes?.length === axes.length ? sizes : undefined;
      const factors = scales?.length === axes.length ? scales : undefined;
      if (!per && !factors) return undefined;
      const out: Dim[] = [...s];
      axes.forEach((a, k) => {
        out[a] = per ? per[k] : scaleDim(s[a], factors![k]);
      });
      return out;
    }
    default:
      return undefined;
  }
}

function mulDims(d: Dim, r: Dim): Dim {
  if (typeof r !== 'number') return undefined;
  if (typeof d === 'number') return d * r;
  return d === undefined ? undefined : `${r}*${d}`;
}

/** floor(d * scale), a symbolic d keeping its symbol with the factor rounded up (an upper bound). */
function scaleDim(d: Dim, scale: Dim): Dim {
  if (typeof scale !== 'number' || !Number.isFinite(scale)) return undefined;
  if (typeof d === 'number') return Math.floor(d * scale);
  return d === undefined ? undefined : `${Math.ceil(scale)}*${d}`;
}

/**
 * The first tensor (a graph input or a node output, in graph order) whose bound exceeds
 * limits.maxTensorElements, or undefined when every tensor of known shape fits. Symbolic
 * dims (the batch 'N') count as limits.symbolicDimSize.
 */
export function findOversizeTensor(model: ModelDef, limits: Pick<ValidationLimits, 'maxTensorElements' | 'symbolicDimSize'>): OversizeTensor | undefined {
  const cap = limits.maxTensorElements;
  const sym = limits.symbolicDimSize;
  const g = model.graph;
  for (const v of g.inputs) {
    const n = boundElements(v.shape, sym);
    if (n !== undefined && n > cap) {
      return { node: { name: v.name, opType: 'graph input', domain: '', inputs: [], outputs: [v.name], attributes: {} }, index: -1, tensor: v.name, shape: v.shape!, elements: n };
    }
  }
  const info = inferShapes(g, model.opsetVersion);
  const consts = constants(model);
  for (const [index, node] of g.nodes.entries()) {
    if (node.opType === 'Constant') continue; // its tensor is in the file, under the byte cap
    const input = (i: number): TensorInfo | undefined => {
      const name = node.inputs[i];
      return name ? info.get(name) : undefined;
    };
    const values = (i: number): readonly Dim[] | undefined => {
      const name = node.inputs[i];
      if (!name) return undefined;
      return consts.get(name) ?? info.get(name)?.value;
    };
    let direct: readonly Dim[] | undefined;
    try {
      direct = dataShapedOutput(node, input, values, model.opsetVersion);
    } catch {
      direct = undefined; // a malformed attribute: ONNX Runtime refuses the model itself
    }
    for (const [k, out] of node.outputs.entries()) {
      if (!out) continue;
      const candidates = [k === 0 ? direct : undefined, info.get(out)?.shape];
      for (const shape of candidates) {
        const n = boundElements(shape, sym);
        if (shape && n !== undefined && n > cap) return { node, index, tensor: out, shape, elements: n };
      }
    }
  }
  return undefined;
}

export function describeOversize(o: OversizeTensor, limits: Pick<ValidationLimits, 'maxTensorElements' | 'symbolicDimSize'>): string {
  const symbolic = o.shape.some((d) => typeof d === 'string') ? ` (symbolic dims counted as ${limits.symbolicDimSize})` : '';
  const what = o.index < 0 ? `graph input '${o.tensor}'` : `node '${o.node.name || `#${o.index}`}' (${o.node.opType}) makes tensor '${o.tensor}'`;
  const count = Number.isSafeInteger(o.elements) ? `${o.elements} elements (${o.elements.toPrecision(3)})` : `${o.elements.toPrecision(3)} elements`;
  return `${what} of shape ${formatShape(o.shape)}: ${count}${symbolic}, over the limit of ${limits.maxTensorElements} elements per tensor`;
}
