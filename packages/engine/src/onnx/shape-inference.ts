import { attrInt, attrInts } from './attributes';
import type { DataType, Dim, GraphDef, NodeDef } from './ir';
import { broadcastShapes, normAxis } from './shape-dims';
import { broadcast, constantInfo, fixed, PROTO_TYPES, same, sameType, shapes, type Infer, type ShapeRule, type TensorInfo } from './shape-rule-kit';
import { NN_SHAPE_RULES } from './shape-rules-nn';

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

function reshapeTo(input: readonly Dim[] | undefined, target: readonly Dim[], allowZero: boolean): Dim[] {
  const out = target.map((d, i) => (d === 0 && !allowZero ? input?.[i] : d));
  const minus = out.indexOf(-1);
  if (minus < 0) return out;
  out[minus] = undefined;
  if (!input || input.some((d) => d === undefined) || out.some((d, i) => i !== minus && d === undefined)) return out;
  // Numbers divide; symbols cancel against equal symbols (['N', 64] -> [0, 8, -1] gives 8).
  const split = (dims: readonly Dim[]) => ({
    n: dims.reduce<number>((a, d) => (typeof d === 'number' ? a * d : a), 1),
    syms: dims.filter((d): d is string => typeof d === 'string'),
  });
  const a = split(input);
  const b = split(out.filter((_, i) => i !== minus));
  const left = [...a.syms];
  for (const sym of b.syms) {
    const k = left.indexOf(sym);
    if (k < 0) return out;
    left.splice(k, 1);
  }
  if (left.length === 0 && b.n !== 0 && a.n % b.n === 0) out[minus] = a.n / b.n;
  else if (left.length === 1 && a.n === b.n) out[minus] = left[0];
  return out;
}

function sliceDims(len: Dim, start: number, end: number, step: number): Dim {
  if (typeof len !== 'number') return undefined;
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  let s = start < 0 ? start + len : start;
  let e = end < 0 ? end + len : end;
  if (step > 0) {
    s = clamp(s, 0, len);
    e = clamp(e, 0, len);
    return Math.max(0, Math.ceil((e - s) / step));
  }
  s = clamp(s, -1, len - 1);
  e = clamp(e, -1, len - 1);
  return Math.max(0, Math.ceil((e - s) / step));
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
RULES.Where = fixed((n, ins) => {
  const s = shapes(ins);
  return [sameType([ins[1]], s.length === 3 && s.every((x) => x) ? broadcastShapes(...(s as Dim[][])) : undefined)];
});
RULES.Cast = fixed((n, ins) => {
  const t = PROTO_TYPES[attrInt(n, 'to', 1)];
  if (!t) return [undefined];
  const v = ins[0]?.value;
  return [v && (t === 'int64' || t === 'int32') ? { dataType: t, shape: ins[0]?.shape, value: v } : { dataType: t, shape: ins[0]?.shape }];
});
RULES.Shape = fixed((n, ins) => {
  const s = ins[0]?.shape;
  if (!s) return [{ dataType: 'int64', shape: [undefined] }];
  const r = s.length;
  const start = normAxis(Math.max(-r, Math.min(r, attrInt(n, 'start', 0))), r);
  const endAttr = n.attributes.end ? attrInt(n, 'end', r) : r;
  const end = normAxis(Math.max(-r, Math.min(r, endAttr)), r);
  const value = s.slice(start, end);
  return [{ dataType: 'int64', shape: [value.length], value }];
});
RULES.Size = fixed(() => [{ dataType: 'int64', shape: [] }]);
RULES.Constant = fixed((n) => {
  const a = n.attributes;
  if (a.value?.type === 'tensor') return [constantInfo(a.value.value)];
  if (a.value_float) return [{ dataType: 'float32', shape: [] }];
  if (a.value_floats?.type === 'floats') return [{ dataType: 'float32', shape: [a.value_floats.value.length] }];
  if (a.value_int?.type === 'int') return [{ dataType: 'int64', shape: [], value: [a.value_int.value] }];
  if (a.value_ints?.type === 'ints') return [{ dataType: 'int64', shape: [a.value_ints.value.length], value: a.value_ints.value }];
  return [undefined];
});
RULES.ConstantOfShape = fixed((n, ins) => {
  const v = n.attributes.value;
  const dataType: DataType = v?.type === 'tensor' ? v.value.dataType : 'float32';
  return [{ dataType, shape: ins[0]?.value ?? (typeof ins[0]?.shape?.[0] === 'number' ? Array<Dim>(ins[0].shape[0]).fill(undefined) : undefined) }];
});
RULES.Reshape = fixed((n, ins) => {
  const target = ins[1]?.value;
  if (!target) return [sameType(ins, undefined)];
  return [{ ...sameType(ins, reshapeTo(ins[0]?.shape, target, attrInt(n, 'allowzero', 0) === 1))!, ...(ins[0]?.value ? { value: ins[0].value } : {}) }];
});
RULES.Transpose = fixed((n, ins) => {
  const s = ins[0]?.shape;
  if (!s) return [sameType(ins, undefined)];
  const perm = attrInts(n, 'perm', undefined) ?? s.map((_, i) => s.length - 1 - i);
  return [sameType(ins, perm.map((p) => s[p]))];
});
RULES.Squeeze = (opset) => (n, ins) => {
  const s = ins[0]?.shape;
  const axes = opset >= 13 ? (n.inputs[1] ? ins[1]?.value?.map(Number) : undefined) : attrInts(n, 'axes', undefined);
  if (!s || (n.inputs[1] && !axes)) return [sameType(ins, undefined)];
  const set = new Set(axes ? axes.map((a) => normAxis(a, s.length)) : s.flatMap((d, i) => (d === 1 ? [i] : [])));
  const v = ins[0]?.value;
  return [{ ...sameType(ins, s.filter((_, i) => !set.has(i)))!, ...(v ? { value: v } : {}) }];
};
RULES.Unsqueeze = (opset) => (n, ins) => {
  const s = ins[0]?.shape;
  const axes = opset >= 13 ? ins[1]?.value?.map(Number) : attrInts(n, 'axes', undefined);
  if (!s || !axes) return [sameType(ins, undefined)];
  const rank = s.length + axes.length;
  const set = new Set(axes.map((a) => normAxis(a, rank)));
  const out: Dim[] = [];
  let j = 0;
  for (let i = 0; i < rank; i++) out.push(set.has(i) ? 1 : s[j++]);
  const v = ins[0]?.value;
  return [{ ...sameType(ins, out)!, ...(v ? { value: v } : {}) }];
};
RULES.Concat = fixed((n, ins) => {
  const s = shapes(ins);
  if (s.length !== ins.length || s.some((x) => !x) || s.length === 0) return [sameType(ins, undefined)];
  const first = s[0]!;
  const axis = normAxis(attrInt(n, 'axis', 0), first.length);
  const sizes = s.map((x) => x![axis]);
  const total = sizes.every((z) => typeof z === 'number') ? (sizes).reduce((a, b) => a + b, 0) : undefined;
  const shape = first.map((d, i) => (i === axis ? total : d));
  const values = ins.map((i) => i?.value);
  const value = values.every((v) => v) ? values.flatMap((v) => [...v!]) : undefined;
  return [{ ...sameType(ins, shape)!, ...(value ? { value } : {}) }];
});
RULES.Slice = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const starts = ins[1]?.value;
  const ends = ins[2]?.value;
  if (!s || !starts || !ends) return [sameType(ins, undefined)];
  const axes = n.inputs[3] ? ins[3]?.value : starts.map((_, i) => i);
  const steps = n.inputs[4] ? ins[4]?.value : starts.map(() => 1);
  if (!axes || !steps) return [sameType(ins, undefined)];
  const out = [...s];
  axes.forEach((a, i) => {
    const ax = normAxis(Number(a), s.length);
    out[ax] = sliceDims(s[ax], Number(starts[i]), Number(ends[i]), Number(steps[i]));
  });
  const v = ins[0]?.value;
  const value = v && s.length === 1 && Number(steps[0]) === 1 && typeof out[0] === 'number'
    ? v.slice(normAxis(Math.max(-v.length, Number(starts[0])), v.length), normAxis(Math.max(-v.length, Number(starts[0])), v.length) + out[0])
    : undefined;
  return [{ ...sameType(ins, out)!, ...(value ? { value } : {}) }];
});
RULES.Gather = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const idx = ins[1]?.shape;
  if (!s || !idx) return [sameType(ins, undefined)];
  const axis = normAxis(attrInt(n, 'axis', 0), s.length);
  const shape = [...s.slice(0, axis), ...idx, ...s.slice(axis + 1)];
  const v = ins[0]?.value;
  const iv = ins[1]?.value;
  const value = v && iv && s.length === 1 ? iv.map((i) => v[normAxis(Number(i), v.length)]) : undefined;
  return [{ ...sameType(ins, shape)!, ...(value ? { value } : {}) }];
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
  return [sameType(ins, s.map((d, i) => (typeof d === 'number' ? d + Number(pads[i]) + Number(pads[i + s.length]) : d)))];
});
RULES.Expand = fixed((_n, ins) => {
  const s = ins[0]?.shape;
  const t = ins[1]?.value;
  return [sameType(ins, s && t ? broadcastShapes(s, t) : undefined)];
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
RULES.Range = fixed((_n, ins) => [sameType(ins, [undefined])]);
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

export function inferenceSupports(opType: string): boolean {
  return opType in RULES;
}

/**
 * Static shape and type inference over a topologically ordered graph. Ops without a rule
 * (or with unknown inputs) give unknown shapes; declared value_info/outputs fill the gaps.
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
