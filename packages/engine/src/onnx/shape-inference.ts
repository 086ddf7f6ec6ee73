import { attrInt, attrInts } from './attributes';
import type { DataType, GraphDef, NodeDef } from './ir';
import { dimAdd, normAxis } from './shape-dims';
import { broadcast, constantInfo, fixed, same, sameType, type Infer, type ShapeRule, type TensorInfo } from './shape-rule-kit';
import { INDEXING_SHAPE_RULES } from './shape-rules-indexing';
import { NN_SHAPE_RULES } from './shape-rules-nn';
import { VALUE_SHAPE_RULES } from './shape-rules-values';

export type { TensorInfo } from './shape-rule-kit';

function reduceAxes(node: NodeDef, ins: readonly (TensorInfo | undefined)[], fromInput: boolean): readonly number[] | undefined {
  if (fromInput) {
    if (!node.inputs[1]) return undefined;
    return ins[1]?.value?.map(Number);
  }
  return attrInts(node, 'axes', undefined);
}

function reduce(axesInputSince: number): (opset: number) => Infer {
  return (opset) => (node, ins) => {
    const x = ins[0];
    if (!x?.shape) return [sameType(ins, undefined)];
    const rank = x.shape.length;
    const axes = reduceAxes(node, ins, opset >= axesInputSince);
    const keep = attrInt(node, 'keepdims', 1) === 1;
    const noop = attrInt(node, 'noop_with_empty_axes', 0) === 1;
    if (node.inputs[1] && axes === undefined) return [sameType(ins, undefined)];
    const all = axes === undefined || axes.length === 0;
    if (all && noop) return [x];
    const set = new Set(all ? x.shape.map((_, i) => i) : axes.map((a) => normAxis(a, rank)));
    const shape = keep ? x.shape.map((d, i) => (set.has(i) ? 1 : d)) : x.shape.filter((_, i) => !set.has(i));
    return [sameType(ins, shape)];
  };
}

const RULES: Record<string, ShapeRule> = { ...NN_SHAPE_RULES };
const UNARY = ['Relu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'HardSigmoid', 'HardSwish', 'Neg', 'Sqrt', 'Erf', 'Exp', 'Log', 'Abs', 'Identity',
  'Softmax', 'LogSoftmax', 'Clip', 'Reciprocal', 'Floor', 'Ceil', 'Elu', 'Selu', 'Softplus', 'Gelu', 'Sign', 'Not', 'Round', 'Sin', 'Cos',
  'ScatterElements', 'ScatterND', 'LpNormalization', 'InstanceNormalization', 'Mish', 'PRelu'];
for (const op of UNARY) RULES[op] = fixed(same);
for (const op of ['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Sum', 'Mean', 'Mod']) RULES[op] = fixed(broadcast());
for (const op of ['Equal', 'Greater', 'Less', 'GreaterOrEqual', 'LessOrEqual', 'And', 'Or', 'Xor']) RULES[op] = fixed(broadcast('bool'));
for (const op of ['ReduceMean', 'ReduceMax', 'ReduceMin', 'ReduceProd', 'ReduceL2', 'ReduceL1', 'ReduceLogSumExp', 'ReduceSumSquare']) RULES[op] = reduce(18);
RULES.ReduceSum = reduce(13);

RULES.Dropout = fixed((_n, ins) => [ins[0], sameType(ins, ins[0]?.shape, 'bool')]);
RULES.Constant = fixed((n) => {
  const a = n.attributes;
  if (a.value?.type === 'tensor') return [constantInfo(a.value.value)];
  if (a.value_float) return [{ dataType: 'float32', shape: [] }];
  if (a.value_floats?.type === 'floats') return [{ dataType: 'float32', shape: [a.value_floats.value.length] }];
  if (a.value_int?.type === 'int') return [{ dataType: 'int64', shape: [], value: [a.value_int.value] }];
  if (a.value_ints?.type === 'ints') return [{ dataType: 'int64', shape: [a.value_ints.value.length], value: a.value_ints.value }];
  return [undefined];
});
RULES.ArgMax = fixed((n, ins) => reduceLike(n, ins, 'int64'));
RULES.ArgMin = RULES.ArgMax;
function reduceLike(n: NodeDef, ins: readonly (TensorInfo | undefined)[], dataType: DataType): (TensorInfo | undefined)[] {
  const s = ins[0]?.shape;
  if (!s) return [{ dataType, shape: undefined }];
  const axis = normAxis(attrInt(n, 'axis', 0), s.length);
  const keep = attrInt(n, 'keepdims', 1) === 1;
  return [{ dataType, shape: keep ? s.map((d, i) => (i === axis ? 1 : d)) : s.filter((_, i) => i !== axis) }];
}
RULES.Pad = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const pads = ins[1]?.value ?? attrInts(n, 'pads', undefined);
  if (!s || !pads || n.inputs[3]) return [sameType(ins, undefined)];
  // A symbolic dim stays itself only when unpadded ('N' + 2 is not known).
  return [sameType(ins, s.map((d, i) => dimAdd(dimAdd(d, Number(pads[i] ?? 0)), Number(pads[i + s.length] ?? 0))))];
});
RULES.TopK = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const k = ins[1]?.value?.[0];
  if (!s) return [sameType(ins, undefined), { dataType: 'int64', shape: undefined }];
  const axis = normAxis(attrInt(n, 'axis', -1), s.length);
  const shape = s.map((d, i) => (i === axis ? k : d));
  return [sameType(ins, shape), { dataType: 'int64', shape }];
});
RULES.OneHot = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const depth = ins[1]?.value?.[0];
  const t = ins[2]?.dataType;
  if (!s || !t) return [t ? { dataType: t, shape: undefined } : undefined];
  const axis = normAxis(attrInt(n, 'axis', -1), s.length + 1);
  return [{ dataType: t, shape: [...s.slice(0, axis), depth, ...s.slice(axis)] }];
});
RULES.GatherElements = fixed((_n, ins) => [sameType([ins[0]], ins[1]?.shape)]);
RULES.Tile = fixed((_n, ins) => {
  const s = ins[0]?.shape;
  const r = ins[1]?.value;
  return [sameType(ins, s && r ? s.map((d, i) => (typeof d === 'number' && typeof r[i] === 'number' ? d * r[i] : undefined)) : undefined)];
});
RULES.Split = (opset) => (n, ins) => {
  const s = ins[0]?.shape;
  const count = n.outputs.length;
  if (!s) return n.outputs.map(() => sameType(ins, undefined));
  const axis = normAxis(attrInt(n, 'axis', 0), s.length);
  const split = opset >= 13 ? ins[1]?.value : attrInts(n, 'split', undefined);
  const len = s[axis];
  return n.outputs.map((_, i) => {
    const size = split ? split[i] : typeof len === 'number' ? Math.ceil(len / count) - (i === count - 1 ? Math.ceil(len / count) * count - len : 0) : undefined;
    return sameType(ins, s.map((d, j) => (j === axis ? size : d)));
  });
};

// Ops that compute or consume shape values replace the plain rules above (Add on shape scalars, Equal/Where on shape vectors).
Object.assign(RULES, VALUE_SHAPE_RULES, INDEXING_SHAPE_RULES);

export function inferenceSupports(opType: string): boolean {
  return opType in RULES;
}

/**
 * Static shape and type inference over a topologically ordered graph. Ops without a rule
 * (or with unknown inputs) give unknown shapes; declared value_info/outputs fill the gaps.
 * Small integer tensors carry their values alongside (shape-rules-values.ts), the way
 * onnxruntime's symbolic shape inference propagates shape subgraphs, so a Reshape or Expand
 * whose target is computed from Shape ops still gets a shape; symbolic dims stay symbolic.
 */
export function inferShapes(graph: GraphDef, opsetVersion = 17): Map<string, TensorInfo> {
  const info = new Map<string, TensorInfo>();
  const declared = new Map<string, TensorInfo>();
  for (const v of [...graph.valueInfo, ...graph.outputs]) declared.set(v.name, { dataType: v.dataType, shape: v.shape });
  for (const v of graph.inputs) info.set(v.name, { dataType: v.dataType, shape: v.shape });
  for (const t of graph.initializers) info.set(t.name, constantInfo(t));
  for (const node of graph.nodes) {
    const ins = node.inputs.map((i) => (i ? info.get(i) : undefined));
    const rule = node.domain === '' ? RULES[node.opType] : undefined;
    let outs: (TensorInfo | undefined)[] = [];
    try {
      outs = rule ? rule(opsetVersion)(node, ins) : [];
    } catch {
      outs = [];
    }
    node.outputs.forEach((o, i) => {
      if (!o) return;
      const got = outs[i];
      const dec = declared.get(o);
      if (got?.shape) info.set(o, got);
      else if (dec) info.set(o, { ...dec, ...(got?.value ? { value: got.value } : {}) });
      else if (got) info.set(o, got);
    });
  }
  return info;
}
