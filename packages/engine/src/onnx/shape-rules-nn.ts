import { attrInt, attrInts, attrString } from './attributes';
import { windowGeometry } from './conv-geometry';
import { parseEinsum } from './einsum-equation';
import type { Dim, NodeDef } from './ir';
import { broadcastShapes, dimProduct, normAxis } from './shape-dims';
import { fixed, sameType, type ShapeRule, type TensorInfo } from './shape-rule-kit';

/** Shape rules of the network layers: convolutions, pools, normalisation, Gemm/MatMul, Flatten. */
export const NN_SHAPE_RULES: Record<string, ShapeRule> = {};

function pool(node: NodeDef, ins: readonly (TensorInfo | undefined)[], kernel: readonly number[] | undefined, channels: Dim): (TensorInfo | undefined)[] {
  const x = ins[0];
  if (!x?.shape || !kernel) return [sameType(ins, undefined), { dataType: 'int64', shape: undefined }];
  const g = windowGeometry(node, x.shape.slice(2), kernel);
  const shape = [x.shape[0], channels, ...g.out];
  return [sameType(ins, shape), { dataType: 'int64', shape }];
}

NN_SHAPE_RULES.Conv = fixed((n, ins) => {
  const w = ins[1]?.shape;
  const kernel = attrInts(n, 'kernel_shape', undefined) ?? (w?.slice(2).every((d) => typeof d === 'number') ? (w.slice(2) as number[]) : undefined);
  return pool(n, ins, kernel, w?.[0]).slice(0, 1);
});
NN_SHAPE_RULES.ConvTranspose = fixed((n, ins) => {
  const x = ins[0]?.shape;
  const w = ins[1]?.shape;
  if (!x || !w) return [sameType(ins, undefined)];
  const k = w.slice(2) as number[];
  const s = attrInts(n, 'strides', undefined) ?? k.map(() => 1);
  const d = attrInts(n, 'dilations', undefined) ?? k.map(() => 1);
  const p = attrInts(n, 'pads', undefined) ?? [...k, ...k].map(() => 0);
  const op = attrInts(n, 'output_padding', undefined) ?? k.map(() => 0);
  const given = attrInts(n, 'output_shape', undefined);
  const group = attrInt(n, 'group', 1);
  const sp = x.slice(2).map((xi, i): Dim => given?.[i] ?? (typeof xi === 'number'
    ? (s[i] ?? 1) * (xi - 1) + (op[i] ?? 0) + ((k[i] ?? 1) - 1) * (d[i] ?? 1) + 1 - (p[i] ?? 0) - (p[i + k.length] ?? 0) : undefined));
  const m = typeof w[1] === 'number' ? w[1] * group : undefined;
  return [sameType(ins, [x[0], m, ...sp])];
});
NN_SHAPE_RULES.MaxPool = fixed((n, ins) => pool(n, ins, attrInts(n, 'kernel_shape', undefined), ins[0]?.shape?.[1]));
NN_SHAPE_RULES.AveragePool = fixed((n, ins) => pool(n, ins, attrInts(n, 'kernel_shape', undefined), ins[0]?.shape?.[1]).slice(0, 1));
for (const op of ['GlobalAveragePool', 'GlobalMaxPool']) {
  NN_SHAPE_RULES[op] = fixed((_n, ins) => [sameType(ins, ins[0]?.shape?.map((d, i) => (i < 2 ? d : 1)))]);
}
NN_SHAPE_RULES.BatchNormalization = fixed((_n, ins) => [ins[0], ins[3], ins[4]]);
NN_SHAPE_RULES.LayerNormalization = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const axis = s ? normAxis(attrInt(n, 'axis', -1), s.length) : 0;
  const stat = s?.map((d, i) => (i < axis ? d : 1));
  return [ins[0], sameType(ins, stat), sameType(ins, stat)];
});
NN_SHAPE_RULES.Gemm = fixed((n, ins) => {
  const a = ins[0]?.shape;
  const b = ins[1]?.shape;
  const m = a ? a[attrInt(n, 'transA', 0) ? 1 : 0] : undefined;
  const k = b ? b[attrInt(n, 'transB', 0) ? 0 : 1] : undefined;
  return [sameType(ins, [m, k])];
});
NN_SHAPE_RULES.MatMul = fixed((_n, ins) => {
  const a = ins[0]?.shape;
  const b = ins[1]?.shape;
  if (!a || !b) return [sameType(ins, undefined)];
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const batch = broadcastShapes(a2.slice(0, -2), b2.slice(0, -2));
  const shape = [...batch, ...(a.length === 1 ? [] : [a2[a2.length - 2]]), ...(b.length === 1 ? [] : [b2[b2.length - 1]])];
  return [sameType(ins, shape)];
});
/** Einsum with explicit letters: each output letter takes its size from an operand (a number over a symbolic dim). */
NN_SHAPE_RULES.Einsum = fixed((n, ins) => {
  let eq;
  try {
    eq = parseEinsum(attrString(n, 'equation', ''));
  } catch {
    return [sameType(ins, undefined)];
  }
  if (eq.ellipsis || eq.inputs.length !== ins.length) return [sameType(ins, undefined)];
  const size = new Map<string, Dim>();
  for (const [i, term] of eq.inputs.entries()) {
    const s = ins[i]?.shape;
    if (!s || s.length !== term.length) continue;
    term.forEach((l, k) => {
      const d = s[k];
      if (d !== undefined && (size.get(l) === undefined || (typeof d === 'number' && typeof size.get(l) !== 'number'))) size.set(l, d);
    });
  }
  return [sameType(ins, eq.output.map((l) => size.get(l)))];
});
NN_SHAPE_RULES.Flatten = fixed((n, ins) => {
  const s = ins[0]?.shape;
  if (!s) return [sameType(ins, undefined)];
  const axis = normAxis(attrInt(n, 'axis', 1), s.length);
  return [sameType(ins, [dimProduct(s.slice(0, axis)), dimProduct(s.slice(axis))])];
});
NN_SHAPE_RULES.DepthToSpace = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const k = attrInt(n, 'blocksize', 1);
  const mul = (d: Dim, f: number): Dim => (typeof d === 'number' ? d * f : undefined);
  return [sameType(ins, s ? [s[0], typeof s[1] === 'number' ? s[1] / (k * k) : undefined, ...s.slice(2).map((d) => mul(d, k))] : undefined)];
});
