import { attrInt } from './attributes';
import type { DataType, Dim, NodeDef } from './ir';
import { broadcastShapes, dimAdd, dimCompare, dimIntDiv, dimMod, dimMul, dimProduct, dimSub } from './shape-dims';
import { broadcast, fixed, PROTO_TYPES, sameType, type Infer, type ShapeRule, type TensorInfo } from './shape-rule-kit';

/**
 * Value propagation for the small integer tensors that exported models compute shapes with:
 * Shape, Size, the elementwise arithmetic, comparisons and logic on them, Where, Cast,
 * ConstantOfShape and Range. Values are kept only for tensors of static shape with at most
 * MAX_VALUE_ELEMENTS elements (shape vectors, their entries, pads as [rank, 2]), in row-major
 * order; an element may be a number,
 * a symbolic dim ('N', '2*N') or unknown (undefined). Bool values are 0 and 1.
 */
export const VALUE_SHAPE_RULES: Record<string, ShapeRule> = {};

export const MAX_VALUE_ELEMENTS = 64;

const INTEGER_TYPES: readonly DataType[] = ['int64', 'int32', 'int8', 'uint8', 'bool'];
export const carriesValues = (t: DataType | undefined): boolean => t !== undefined && INTEGER_TYPES.includes(t);

export function withValue(info: TensorInfo | undefined, value: readonly Dim[] | undefined): TensorInfo | undefined {
  return info && value && carriesValues(info.dataType) ? { ...info, value } : info;
}

/**
 * Number of elements of a static shape small enough to carry a value, else undefined. Values of
 * rank 2 and up are kept in row-major order: the exporters' pad arithmetic reshapes the pads to
 * [rank, 2], reverses and transposes them, and reshapes them back.
 */
export function valueLength(shape: readonly Dim[] | undefined): number | undefined {
  if (!shape || !shape.every((d): d is number => typeof d === 'number')) return undefined;
  const n = shape.reduce((p, d) => p * d, 1);
  return n <= MAX_VALUE_ELEMENTS ? n : undefined;
}

/**
 * f applied per element over the operands' values, broadcasting length-1 operands. Operands of
 * any other length must have the output's length (and so its shape, up to leading 1s).
 */
export function elementwise(ins: readonly (TensorInfo | undefined)[], shape: readonly Dim[] | undefined, f: (...xs: Dim[]) => Dim): Dim[] | undefined {
  const n = valueLength(shape);
  const values = ins.map((i) => i?.value);
  if (n === undefined || values.some((v) => v === undefined || (v.length !== 1 && v.length !== n))) return undefined;
  return Array.from({ length: n }, (_, k) => f(...values.map((v) => (v!.length === 1 ? v![0] : v![k]))));
}

/** A shape rule for an elementwise op that also computes its output's value. */
function valued(base: Infer, f: (...xs: Dim[]) => Dim): ShapeRule {
  return fixed((n, ins) => {
    const out = base(n, ins)[0];
    return [withValue(out, elementwise(ins, out?.shape, f))];
  });
}

const bool = (c: boolean | undefined): Dim => (c === undefined ? undefined : c ? 1 : 0);
const truth = (d: Dim): boolean | undefined => (typeof d === 'number' ? d !== 0 : undefined);

VALUE_SHAPE_RULES.Add = valued(broadcast(), dimAdd);
VALUE_SHAPE_RULES.Sub = valued(broadcast(), dimSub);
VALUE_SHAPE_RULES.Mul = valued(broadcast(), dimMul);
VALUE_SHAPE_RULES.Div = valued(broadcast(), dimIntDiv);
/** Mod (Swin's `(window - W % window) % window` padding); fmod 1 only occurs on floats, which carry no value. */
VALUE_SHAPE_RULES.Mod = fixed((n, ins) => {
  const out = broadcast()(n, ins)[0];
  const fmod = attrInt(n, 'fmod', 0) === 1;
  return [withValue(out, elementwise(ins, out?.shape, (a, b) => dimMod(a, b, fmod)))];
});
/** The larger (sign 1) or smaller (sign -1) of a and b when their order is decidable. */
const extreme = (sign: 1 | -1) => (...xs: Dim[]): Dim => xs.reduce((a, b) => {
  const c = dimCompare(a, b);
  return c === undefined ? undefined : c * sign >= 0 ? a : b;
});
VALUE_SHAPE_RULES.Max = valued(broadcast(), extreme(1));
VALUE_SHAPE_RULES.Min = valued(broadcast(), extreme(-1));
VALUE_SHAPE_RULES.Neg = valued((_n, ins) => [ins[0] && { dataType: ins[0].dataType, shape: ins[0].shape }], (x) => dimMul(x, -1));
VALUE_SHAPE_RULES.Identity = fixed((_n, ins) => [ins[0]]);

const compare = (test: (c: -1 | 0 | 1) => boolean) => valued(broadcast('bool'), (a, b) => {
  const c = dimCompare(a, b);
  return c === undefined ? undefined : bool(test(c));
});
VALUE_SHAPE_RULES.Equal = compare((c) => c === 0);
VALUE_SHAPE_RULES.Less = compare((c) => c < 0);
VALUE_SHAPE_RULES.LessOrEqual = compare((c) => c <= 0);
VALUE_SHAPE_RULES.Greater = compare((c) => c > 0);
VALUE_SHAPE_RULES.GreaterOrEqual = compare((c) => c >= 0);
// Logic decides from one side where it can (false And x, true Or x).
VALUE_SHAPE_RULES.And = valued(broadcast('bool'), (a, b) => {
  if (truth(a) === false || truth(b) === false) return 0;
  return truth(a) && truth(b) ? 1 : undefined;
});
VALUE_SHAPE_RULES.Or = valued(broadcast('bool'), (a, b) => {
  if (truth(a) === true || truth(b) === true) return 1;
  return truth(a) === false && truth(b) === false ? 0 : undefined;
});
VALUE_SHAPE_RULES.Xor = valued(broadcast('bool'), (a, b) => (truth(a) === undefined || truth(b) === undefined ? undefined : bool(truth(a) !== truth(b))));
VALUE_SHAPE_RULES.Not = valued((_n, ins) => [sameType(ins, ins[0]?.shape, 'bool')], (a) => (truth(a) === undefined ? undefined : bool(!truth(a))));

/** Where(C, X, Y): per element X or Y; an undecided condition still gives the value where both agree. */
VALUE_SHAPE_RULES.Where = fixed((_n, ins) => {
  const s = ins.map((i) => i?.shape);
  const shape = ins.length === 3 && s.every((x) => x) ? broadcastShapes(...(s as Dim[][])) : undefined;
  const dataType = ins[1]?.dataType ?? ins[2]?.dataType;
  const info = dataType && { dataType, shape };
  return [withValue(info, elementwise(ins, shape, (c, x, y) => (truth(c) === true ? x : truth(c) === false ? y : x === y ? x : undefined)))];
});

/** Cast between integer and bool types keeps the value (to bool: non-zero); a cast to float drops it. */
VALUE_SHAPE_RULES.Cast = fixed((n, ins) => {
  const to = PROTO_TYPES[attrInt(n, 'to', 1)];
  if (!to) return [undefined];
  const out: TensorInfo = { dataType: to, shape: ins[0]?.shape };
  if (!carriesValues(ins[0]?.dataType)) return [out];
  return [withValue(out, to === 'bool' ? ins[0]?.value?.map((d) => bool(truth(d))) : ins[0]?.value)];
});

VALUE_SHAPE_RULES.Shape = fixed((n, ins) => {
  const s = ins[0]?.shape;
  if (!s) return [{ dataType: 'int64', shape: [undefined] }];
  // start and end (opset 15) clamp to [0, rank] after adding the rank to negative values.
  const r = s.length;
  const clamp = (v: number) => Math.max(0, Math.min(r, v < 0 ? v + r : v));
  const value = s.slice(clamp(attrInt(n, 'start', 0)), clamp(attrInt(n, 'end', r)));
  return [{ dataType: 'int64', shape: [value.length], value }];
});

VALUE_SHAPE_RULES.Size = fixed((_n, ins) => {
  const s = ins[0]?.shape;
  const size = s ? dimProduct(s) : undefined;
  return [{ dataType: 'int64', shape: [], ...(size === undefined ? {} : { value: [size] }) }];
});

/** ConstantOfShape: the shape is the input's value; small integer outputs carry their fill value. */
VALUE_SHAPE_RULES.ConstantOfShape = fixed((n: NodeDef, ins) => {
  const v = n.attributes.value;
  const dataType: DataType = v?.type === 'tensor' ? v.value.dataType : 'float32';
  const len = ins[0]?.shape?.[0];
  const shape = ins[0]?.value ?? (typeof len === 'number' ? Array<Dim>(len).fill(undefined) : undefined);
  const fill = v?.type === 'tensor' ? Number(v.value.values[0] ?? 0) : 0;
  const count = shape && valueLength(shape);
  return [withValue({ dataType, shape }, count === undefined ? undefined : Array<Dim>(count).fill(fill))];
});

/** Range(start, limit, delta): max(ceil((limit - start) / delta), 0) elements; Range(0, N, 1) has N. */
VALUE_SHAPE_RULES.Range = fixed((_n, ins) => {
  const [start, limit, delta] = ins.map((i) => i?.value?.[0]);
  let len: Dim;
  if (typeof start === 'number' && typeof limit === 'number' && typeof delta === 'number' && delta !== 0) {
    len = Math.max(Math.ceil((limit - start) / delta), 0);
  } else if (start === 0 && delta === 1) len = limit;
  const out = sameType(ins, [len]);
  const count = valueLength([len]);
  const value = count === undefined || typeof start !== 'number' || typeof delta !== 'number'
    ? undefined : Array.from({ length: count }, (_, k) => start + k * delta);
  return [withValue(out, value)];
});
