import { attrInt, attrInts } from './attributes';
import type { Dim } from './ir';
import { broadcastShapes, dimProduct, dimQuotient, normAxis } from './shape-dims';
import { fixed, sameType, shapes, type ShapeRule } from './shape-rule-kit';
import { elementwise, MAX_VALUE_ELEMENTS, valueLength, withValue } from './shape-rules-values';

/**
 * Shape rules of the ops that pick, join and rearrange elements (Gather, Concat, Slice,
 * Transpose, Squeeze, Unsqueeze) and of those that take a computed shape (Reshape, Expand). On shape
 * vectors they carry the value along, so `Shape -> Gather -> Unsqueeze -> Concat -> Reshape`
 * gives Reshape a known (possibly symbolic) target.
 */
export const INDEXING_SHAPE_RULES: Record<string, ShapeRule> = {};

const numbers = (v: readonly Dim[] | undefined): readonly number[] | undefined =>
  v?.every((d): d is number => typeof d === 'number') ? v : undefined;

/** Ends at or past this are "to the end" (exporters write INT64_MAX or INT32_MAX). */
const TO_END = 2 ** 31 - 1;

/** The indices a 1-D slice of a length-`len` axis takes (ONNX Slice clamping rules). */
function sliceIndices(len: number, start: number, end: number, step: number): number[] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const s = start < 0 ? start + len : start;
  const e = end < 0 ? end + len : end;
  const out: number[] = [];
  if (step > 0) for (let i = clamp(s, 0, len); i < clamp(e, 0, len); i += step) out.push(i);
  else for (let i = clamp(s, -1, len - 1); i > clamp(e, -1, len - 1); i += step) out.push(i);
  return out;
}

/** Size of a sliced axis: counted when static; a symbolic axis taken whole keeps its symbol. */
function slicedDim(len: Dim, start: number, end: number, step: number): Dim {
  if (typeof len === 'number') return sliceIndices(len, start, end, step).length;
  return step === 1 && start === 0 && end >= TO_END ? len : undefined;
}

/**
 * The value of a tensor whose elements are picked from a static-shaped value: `source[k]` lists,
 * per output axis k, the input position each output position reads along input axis `axisOf[k]`.
 */
function pickValues(value: readonly Dim[] | undefined, shape: readonly Dim[], source: readonly (readonly number[])[], axisOf: readonly number[]): Dim[] | undefined {
  const dims = numbers(shape);
  if (!value || !dims || valueLength(dims) !== value.length) return undefined;
  const strides = dims.map((_, i) => dims.slice(i + 1).reduce((p, d) => p * d, 1));
  let offsets = [0];
  source.forEach((positions, k) => {
    const stride = strides[axisOf[k]!]!;
    offsets = offsets.flatMap((o) => positions.map((p) => o + p * stride));
  });
  return offsets.map((o) => value[o]);
}

INDEXING_SHAPE_RULES.Slice = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const [starts, ends] = [numbers(ins[1]?.value), numbers(ins[2]?.value)];
  if (!s || !starts || !ends) return [sameType(ins, undefined)];
  const axes = n.inputs[3] ? numbers(ins[3]?.value) : starts.map((_, i) => i);
  const steps = n.inputs[4] ? numbers(ins[4]?.value) : starts.map(() => 1);
  if (!axes || !steps) return [sameType(ins, undefined)];
  const out = [...s];
  // Per axis, the positions read (all of them on axes the slice leaves alone), when the size is static.
  const picked = s.map((d) => (typeof d === 'number' ? Array.from({ length: d }, (_, i) => i) : undefined));
  axes.forEach((a, i) => {
    const ax = normAxis(a, s.length);
    out[ax] = slicedDim(s[ax], starts[i]!, ends[i]!, steps[i]!);
    const len = s[ax];
    picked[ax] = typeof len === 'number' ? sliceIndices(len, starts[i]!, ends[i]!, steps[i]!) : undefined;
  });
  const value = picked.every((p) => p) ? pickValues(ins[0]?.value, s, picked as number[][], s.map((_, i) => i)) : undefined;
  return [withValue(sameType(ins, out), value)];
});

/** Transpose permutes the dims, and a value along with them. */
INDEXING_SHAPE_RULES.Transpose = fixed((n, ins) => {
  const s = ins[0]?.shape;
  if (!s) return [sameType(ins, undefined)];
  const perm = attrInts(n, 'perm', undefined) ?? s.map((_, i) => s.length - 1 - i);
  const shape = perm.map((p) => s[p]);
  const dims = numbers(s);
  const value = dims ? pickValues(ins[0]?.value, s, perm.map((p) => Array.from({ length: dims[p]! }, (_, i) => i)), perm) : undefined;
  return [withValue(sameType(ins, shape), value)];
});

INDEXING_SHAPE_RULES.Gather = fixed((n, ins) => {
  const s = ins[0]?.shape;
  const idx = ins[1]?.shape;
  if (!s || !idx) return [sameType(ins, undefined)];
  const axis = normAxis(attrInt(n, 'axis', 0), s.length);
  const shape = [...s.slice(0, axis), ...idx, ...s.slice(axis + 1)];
  // Picking entries of a shape vector: Gather(Shape(x), 0) is x's first dim.
  const v = ins[0]?.value;
  const len = v?.length;
  const pick = (i: Dim): Dim => (typeof i === 'number' && len !== undefined && i >= -len && i < len ? v?.[i < 0 ? i + len : i] : undefined);
  const value = v && s.length === 1 ? elementwise([ins[1]], shape, pick) : undefined;
  return [withValue(sameType(ins, shape), value)];
});

INDEXING_SHAPE_RULES.Concat = fixed((n, ins) => {
  const s = shapes(ins);
  if (s.length !== ins.length || s.some((x) => !x) || s.length === 0) return [sameType(ins, undefined)];
  const first = s[0]!;
  const axis = normAxis(attrInt(n, 'axis', 0), first.length);
  const sizes = s.map((x) => x![axis]);
  const total = sizes.every((z) => typeof z === 'number') ? sizes.reduce((a, b) => a + b, 0) : undefined;
  const shape = first.map((d, i) => (i === axis ? total : d));
  // Shape vectors join their values; a piece of known length but unknown value leaves holes.
  const pieces = ins.map((i) => i?.value ?? (i?.shape?.length === 1 && valueLength(i.shape) !== undefined ? Array<Dim>(valueLength(i.shape)!).fill(undefined) : undefined));
  const value = first.length === 1 && pieces.every((p) => p) ? pieces.flatMap((p) => [...p!]) : undefined;
  return [withValue(sameType(ins, shape), value && value.length <= MAX_VALUE_ELEMENTS ? value : undefined)];
});

INDEXING_SHAPE_RULES.Squeeze = (opset) => (n, ins) => {
  const s = ins[0]?.shape;
  const axes = opset >= 13 ? (n.inputs[1] ? numbers(ins[1]?.value) : undefined) : attrInts(n, 'axes', undefined);
  if (!s || (n.inputs[1] && !axes)) return [sameType(ins, undefined)];
  const set = new Set(axes ? axes.map((a) => normAxis(a, s.length)) : s.flatMap((d, i) => (d === 1 ? [i] : [])));
  return [withValue(sameType(ins, s.filter((_, i) => !set.has(i))), ins[0]?.value)];
};

INDEXING_SHAPE_RULES.Unsqueeze = (opset) => (n, ins) => {
  const s = ins[0]?.shape;
  const axes = opset >= 13 ? numbers(ins[1]?.value) : attrInts(n, 'axes', undefined);
  if (!s || !axes) return [sameType(ins, undefined)];
  const rank = s.length + axes.length;
  const set = new Set(axes.map((a) => normAxis(a, rank)));
  const out: Dim[] = [];
  let j = 0;
  for (let i = 0; i < rank; i++) out.push(set.has(i) ? 1 : s[j++]);
  return [withValue(sameType(ins, out), ins[0]?.value)];
};

/**
 * Reshape's output dims: 0 copies the input dim (unless allowzero), -1 is what is left:
 * the input's element count divided by the other dims', exactly, with symbols cancelling
 * (['N', 8, 4] to [0, -1] gives ['N', 32]; ['2*N', 5, 4] to ['N', 2, 5, -1] gives 4).
 */
export function reshapeTo(input: readonly Dim[] | undefined, target: readonly Dim[], allowZero: boolean): Dim[] {
  const out = target.map((d, i) => (d === 0 && !allowZero ? input?.[i] : d));
  const minus = out.indexOf(-1);
  if (minus < 0) return out;
  out[minus] = input ? dimQuotient(dimProduct(input), dimProduct(out.filter((_, i) => i !== minus))) : undefined;
  return out;
}

INDEXING_SHAPE_RULES.Reshape = fixed((n, ins) => {
  const target = ins[1]?.value;
  if (!target) return [sameType(ins, undefined)];
  const shape = reshapeTo(ins[0]?.shape, target, attrInt(n, 'allowzero', 0) === 1);
  // Row-major order is kept, so a reshaped shape vector keeps its value.
  return [withValue(sameType(ins, shape), valueLength(shape) === ins[0]?.value?.length ? ins[0]?.value : undefined)];
});

/** Expand broadcasts the input against the target shape (the target's 1s keep the input's dims). */
INDEXING_SHAPE_RULES.Expand = fixed((_n, ins) => {
  const s = ins[0]?.shape;
  const t = ins[1]?.value;
  const shape = s && t ? broadcastShapes(s, t) : undefined;
  return [withValue(sameType(ins, shape), elementwise([ins[0]], shape, (x) => x))];
});
