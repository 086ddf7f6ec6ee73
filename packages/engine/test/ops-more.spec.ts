import { describe, expect, it } from 'vitest';
import { float, int, ints } from '../src/onnx/attributes';
import type { Attribute, DataType, TensorValues } from '../src/onnx/ir';
import { expectGradientsMatch, rng, type GradCheckCase } from './grad-check';

/*
 * Central finite differences (step 1e-2, float32 graphs on ONNX Runtime, L accumulated in float64)
 * against the gradient graph that deriveVjp builds with the rules MORE_OPS lists: one tiny model
 * per op and attribute variant. Pass when |analytic - numeric| <= 5e-4 + 5e-3 * max(|analytic|, |numeric|)
 * for every element. Inputs near kinks (Clip bounds, LeakyRelu/HardSwish/HardSigmoid corners)
 * are pushed at least 0.05 away, so no difference quotient straddles one.
 */
const ATOL = 5e-4;
const RTOL = 5e-3;

interface InputSpec {
  readonly dims: readonly number[];
  readonly values: readonly number[];
  readonly dataType?: DataType;
  /** An initializer (axes, pads, exponents, masks): readable by constantOf, never differentiated. */
  readonly constant?: boolean;
}

/** One node on its inputs; null marks an omitted optional input. The check seeds output 0 unless `seeded` says. */
interface OpCase {
  readonly name: string;
  readonly opType: string;
  readonly inputs: readonly (InputSpec | null)[];
  readonly attributes?: Readonly<Record<string, Attribute>>;
  readonly outputs?: number;
  /** Outputs that get a seed gradient (default [0]). */
  readonly seeded?: readonly number[];
  readonly opset?: number;
}

/** Deterministic values in [lo, hi). */
const lcg = (n: number, seed: number, lo = -1, hi = 1): number[] => {
  const r = rng(seed);
  return Array.from({ length: n }, () => lo + (hi - lo) * r());
};

function typed(values: readonly number[], dataType: DataType): TensorValues {
  if (dataType === 'int64') return BigInt64Array.from(values, (v) => BigInt(v));
  return Float32Array.from(values);
}

function toGradCheck(c: OpCase): GradCheckCase {
  const values: Record<string, TensorValues> = {};
  c.inputs.forEach((s, i) => {
    if (s && !s.constant) values[`x${i}`] = typed(s.values, s.dataType ?? 'float32');
  });
  return {
    name: c.name,
    opsetVersion: c.opset ?? 17,
    atol: ATOL,
    rtol: RTOL,
    values,
    build: (b) => {
      const names = c.inputs.map((s, i) => {
        if (!s) return '';
        const dataType = s.dataType ?? 'float32';
        return s.constant ? b.initializer(`x${i}`, [...s.values], s.dims, dataType) : b.input(`x${i}`, dataType, s.dims);
      });
      const outs = b.op(c.opType, names, c.attributes ?? {}, { outputs: c.outputs ?? 1 });
      return (c.seeded ?? [0]).map((k) => outs[k]!);
    },
  };
}

const count = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);
/** A float input with deterministic values in [lo, hi). */
const x = (dims: readonly number[], seed = 1, lo = -1, hi = 1): InputSpec => ({ dims, values: lcg(count(dims), seed, lo, hi) });
/** Values in [lo, hi) kept at least `gap` away from each kink. */
const away = (dims: readonly number[], kinks: readonly number[], seed = 3, lo = -1, hi = 1, gap = 0.05): InputSpec => ({
  dims,
  values: lcg(count(dims), seed, lo, hi).map((v) => {
    for (const k of kinks) if (Math.abs(v - k) < gap) return v < k ? k - gap : k + gap;
    return v;
  }),
});
const i64 = (values: readonly number[]): InputSpec => ({ dims: [values.length], values, dataType: 'int64', constant: true });
const scalarConst = (value: number): InputSpec => ({ dims: [], values: [value], constant: true });
const floatConst = (dims: readonly number[], values: readonly number[]): InputSpec => ({ dims, values, constant: true });

const cases: OpCase[] = [
  // activations
  { name: 'LeakyRelu alpha 0.1', opType: 'LeakyRelu', inputs: [away([2, 3], [0])], attributes: { alpha: float(0.1) } },
  { name: 'LeakyRelu default alpha', opType: 'LeakyRelu', inputs: [away([2, 3], [0], 5)] },
  { name: 'Clip min/max inputs', opType: 'Clip', inputs: [away([3, 4], [-0.5, 0.5]), scalarConst(-0.5), scalarConst(0.5)], opset: 13 },
  { name: 'Clip min only (max omitted)', opType: 'Clip', inputs: [away([3, 4], [-0.2], 9), scalarConst(-0.2)], opset: 13 },
  { name: 'Clip max only (min omitted)', opType: 'Clip', inputs: [away([3, 4], [0.3], 9), null, scalarConst(0.3)], opset: 13 },
  { name: 'Clip with min/max as differentiated inputs', opType: 'Clip', inputs: [away([3, 4], [-0.3, 0.4], 4), { dims: [], values: [-0.3] }, { dims: [], values: [0.4] }], opset: 13 },
  { name: 'Sigmoid', opType: 'Sigmoid', inputs: [x([2, 3], 1, -3, 3)] },
  { name: 'Tanh', opType: 'Tanh', inputs: [x([2, 3], 2, -2, 2)] },
  { name: 'HardSigmoid defaults', opType: 'HardSigmoid', inputs: [away([3, 4], [-2.5, 2.5], 3, -4, 4)] },
  { name: 'HardSigmoid alpha 0.5 beta 0.3', opType: 'HardSigmoid', inputs: [away([3, 4], [-0.6, 1.4], 6, -2, 2)], attributes: { alpha: float(0.5), beta: float(0.3) } },
  { name: 'HardSwish', opType: 'HardSwish', inputs: [away([3, 4], [-3, 3], 8, -5, 5)], opset: 14 },
  { name: 'Neg', opType: 'Neg', inputs: [x([2, 3])] },
  { name: 'Sqrt', opType: 'Sqrt', inputs: [x([2, 3], 4, 0.3, 2)] },
  { name: 'Erf', opType: 'Erf', inputs: [x([2, 3], 5, -2, 2)] },
  { name: 'Exp', opType: 'Exp', inputs: [x([2, 3], 6, -2, 2)] },
  { name: 'Log', opType: 'Log', inputs: [x([2, 3], 7, 0.3, 3)] },
  { name: 'Reciprocal', opType: 'Reciprocal', inputs: [x([2, 3], 8, 0.5, 2)] },
  { name: 'Dropout (inference, ratio given)', opType: 'Dropout', inputs: [x([2, 3]), scalarConst(0.5)], opset: 13 },
  // torchvision's Swin calls F.dropout(p=0.0) with training left true: the identity.
  { name: 'Dropout (training mode, ratio 0)', opType: 'Dropout', inputs: [x([2, 3]), scalarConst(0), { dims: [], values: [1], dataType: 'bool', constant: true }], opset: 13 },
  { name: 'Cast float32 to float32', opType: 'Cast', inputs: [x([2, 3])], attributes: { to: int(1) } },
  // elementwise binary, with broadcasting
  { name: 'Div same shape', opType: 'Div', inputs: [x([2, 3], 1), x([2, 3], 2, 0.5, 2)] },
  { name: 'Div broadcast [2,3] / [3]', opType: 'Div', inputs: [x([2, 3], 1), x([3], 2, 0.5, 2)] },
  { name: 'Div broadcast [2,1] / [1,3]', opType: 'Div', inputs: [x([2, 1], 1), x([1, 3], 2, -2, -0.5)] },
  { name: 'Div by a constant', opType: 'Div', inputs: [x([2, 3], 1), scalarConst(3)] },
  // fmod 1 (C's fmod): quotients kept between integers (1.2-1.8 here) so the steps stay on one piece.
  { name: 'Mod fmod 1, broadcast [2,3] by [3]', opType: 'Mod', inputs: [x([2, 3], 1, 2.2, 2.8), x([3], 2, 1.6, 1.9)], attributes: { fmod: int(1) }, opset: 13 },
  { name: 'Mod fmod 1, negative dividends', opType: 'Mod', inputs: [x([2, 3], 3, -2.8, -2.2), x([2, 3], 4, 1.6, 1.9)], attributes: { fmod: int(1) }, opset: 13 },
  { name: 'Pow constant exponent 2', opType: 'Pow', inputs: [x([2, 3]), scalarConst(2)] },
  { name: 'Pow constant exponent 3', opType: 'Pow', inputs: [x([2, 3]), scalarConst(3)] },
  { name: 'Pow constant exponent 0.5', opType: 'Pow', inputs: [x([2, 3], 3, 0.3, 2), scalarConst(0.5)] },
  { name: 'Pow int64 exponent', opType: 'Pow', inputs: [x([2, 3]), { dims: [], values: [3], dataType: 'int64', constant: true }], opset: 15 },
  { name: 'Pow constant exponent tensor [3]', opType: 'Pow', inputs: [x([2, 3], 3, 0.3, 2), floatConst([3], [1, 2, 1.5])] },
  { name: 'Pow runtime exponent broadcast (dX and dE)', opType: 'Pow', inputs: [x([2, 3], 3, 0.5, 2), x([3], 4, 0.5, 2.5)] },
  { name: 'Where broadcast X [2,3], Y [3]', opType: 'Where', inputs: [{ dims: [2, 3], values: [1, 0, 1, 0, 0, 1], dataType: 'bool', constant: true }, x([2, 3], 1), x([3], 2)] },
  { name: 'Where broadcast condition [3]', opType: 'Where', inputs: [{ dims: [3], values: [0, 1, 1], dataType: 'bool', constant: true }, x([2, 3], 1), x([2, 1], 2)] },
  // reductions
  { name: 'ReduceSum axes input [1] keepdims', opType: 'ReduceSum', inputs: [x([2, 3, 4]), i64([1])], opset: 13 },
  { name: 'ReduceSum axes [-1] keepdims 0', opType: 'ReduceSum', inputs: [x([2, 3, 4]), i64([-1])], attributes: { keepdims: int(0) }, opset: 13 },
  { name: 'ReduceSum axes [0,2] keepdims 0', opType: 'ReduceSum', inputs: [x([2, 3, 4]), i64([2, 0])], attributes: { keepdims: int(0) }, opset: 13 },
  { name: 'ReduceSum no axes: all', opType: 'ReduceSum', inputs: [x([2, 3])], attributes: { keepdims: int(0) }, opset: 13 },
  { name: 'ReduceSum noop_with_empty_axes', opType: 'ReduceSum', inputs: [x([2, 3])], attributes: { noop_with_empty_axes: int(1) }, opset: 13 },
  { name: 'ReduceMean axes attribute [1]', opType: 'ReduceMean', inputs: [x([2, 3, 4])], attributes: { axes: ints([1]) } },
  { name: 'ReduceMean axes [-1, 0] keepdims 0', opType: 'ReduceMean', inputs: [x([2, 3, 4])], attributes: { axes: ints([-1, 0]), keepdims: int(0) } },
  { name: 'ReduceMean all axes keepdims', opType: 'ReduceMean', inputs: [x([2, 3, 4])] },
  { name: 'ReduceMean axes input (opset 18)', opType: 'ReduceMean', inputs: [x([2, 3, 4]), i64([2])], attributes: { keepdims: int(0) }, opset: 18 },
  // normalisation
  { name: 'Softmax default axis', opType: 'Softmax', inputs: [x([2, 3, 4], 1, -2, 2)], opset: 13 },
  { name: 'Softmax axis 1', opType: 'Softmax', inputs: [x([2, 3, 4], 2, -2, 2)], attributes: { axis: int(1) }, opset: 13 },
  { name: 'LogSoftmax default axis', opType: 'LogSoftmax', inputs: [x([2, 5], 3, -2, 2)], opset: 13 },
  { name: 'LogSoftmax axis 0', opType: 'LogSoftmax', inputs: [x([3, 2, 2], 4, -2, 2)], attributes: { axis: int(0) }, opset: 13 },
  { name: 'LayerNormalization last axis, scale and bias', opType: 'LayerNormalization', inputs: [x([2, 3, 4], 1, -2, 2), x([4], 2, 0.5, 1.5), x([4], 3)] },
  { name: 'LayerNormalization axis 1 over [3,4]', opType: 'LayerNormalization', inputs: [x([2, 3, 4], 4, -2, 2), x([3, 4], 5, 0.5, 1.5), x([3, 4], 6)], attributes: { axis: int(1) } },
  { name: 'LayerNormalization no bias, epsilon 1e-3', opType: 'LayerNormalization', inputs: [x([3, 5], 7, -2, 2), x([5], 8, 0.5, 1.5)], attributes: { epsilon: float(1e-3) } },
  { name: 'LayerNormalization reusing Mean/InvStdDev outputs', opType: 'LayerNormalization', inputs: [x([2, 6], 9, -2, 2), x([6], 10, 0.5, 1.5), x([6], 11)], outputs: 3 },
  // shape and indexing
  { name: 'Squeeze axes input', opType: 'Squeeze', inputs: [x([2, 1, 3]), i64([1])], opset: 13 },
  { name: 'Squeeze two axes, one negative', opType: 'Squeeze', inputs: [x([1, 3, 1]), i64([0, -1])], opset: 13 },
  { name: 'Unsqueeze axes [0, -1]', opType: 'Unsqueeze', inputs: [x([2, 3]), i64([0, -1])], opset: 13 },
  { name: 'Transpose perm [2,0,1]', opType: 'Transpose', inputs: [x([2, 3, 4])], attributes: { perm: ints([2, 0, 1]) } },
  { name: 'Transpose default perm', opType: 'Transpose', inputs: [x([2, 3, 4])] },
  { name: 'Concat axis 1', opType: 'Concat', inputs: [x([2, 1, 3], 1), x([2, 2, 3], 2)], attributes: { axis: int(1) } },
  { name: 'Concat axis -1, a constant input', opType: 'Concat', inputs: [x([2, 2], 1), floatConst([2, 1], [5, 6]), x([2, 3], 3)], attributes: { axis: int(-1) } },
  { name: 'Split sizes input, all outputs seeded', opType: 'Split', inputs: [x([2, 3, 2]), i64([1, 2])], attributes: { axis: int(1) }, outputs: 2, seeded: [0, 1], opset: 13 },
  { name: 'Split equal parts, only the middle output seeded', opType: 'Split', inputs: [x([6, 2])], outputs: 3, seeded: [1], opset: 13 },
  { name: 'Split num_outputs (opset 18), axis -1', opType: 'Split', inputs: [x([2, 4])], attributes: { axis: int(-1), num_outputs: int(2) }, outputs: 2, seeded: [0, 1], opset: 18 },
  { name: 'Slice [1:3] on axis 1', opType: 'Slice', inputs: [x([3, 4]), i64([1]), i64([3]), i64([1])], opset: 13 },
  { name: 'Slice negative starts/ends, axes omitted', opType: 'Slice', inputs: [x([3, 4]), i64([-2, -3]), i64([1000, -1])], opset: 13 },
  { name: 'Slice clamped start and end', opType: 'Slice', inputs: [x([3, 4]), i64([-100]), i64([1000000000]), i64([-1])], opset: 13 },
  { name: 'Slice step 2', opType: 'Slice', inputs: [x([2, 5]), i64([0]), i64([5]), i64([1]), i64([2])], opset: 13 },
  { name: 'Slice reversed (step -1)', opType: 'Slice', inputs: [x([2, 4]), i64([-1]), i64([-1000]), i64([1]), i64([-1])], opset: 13 },
  { name: 'Slice two axes, steps -2 and 1', opType: 'Slice', inputs: [x([5, 2, 4]), i64([4, 1]), i64([0, 3]), i64([0, -1]), i64([-2, 1])], opset: 13 },
  { name: 'Pad constant, both sides', opType: 'Pad', inputs: [x([2, 3]), i64([0, 1, 2, 0])], opset: 13 },
  { name: 'Pad with a value and a negative pad', opType: 'Pad', inputs: [x([3, 3]), i64([1, -1, 0, 2]), scalarConst(0.7)], opset: 13 },
  { name: 'Expand [3] to [2,3]', opType: 'Expand', inputs: [x([3]), i64([2, 3])], opset: 13 },
  { name: 'Expand [2,1] to [2,3]', opType: 'Expand', inputs: [x([2, 1]), i64([2, 3])], opset: 13 },
  { name: 'Expand [1,3] to [2,2,3]', opType: 'Expand', inputs: [x([1, 3]), i64([2, 1, 3])], opset: 13 },
  { name: 'Gather class token (axis 1, scalar index 0)', opType: 'Gather', inputs: [x([2, 4, 3]), { dims: [], values: [0], dataType: 'int64', constant: true }], attributes: { axis: int(1) }, opset: 13 },
  { name: 'Gather repeated and negative indices', opType: 'Gather', inputs: [x([2, 4, 3]), i64([3, -1, 1, 1])], attributes: { axis: int(1) }, opset: 13 },
  { name: 'Gather axis 0, 2-D indices', opType: 'Gather', inputs: [x([3, 2]), { dims: [2, 2], values: [0, 2, 1, 0], dataType: 'int64', constant: true }], opset: 13 },
  { name: 'Gather last axis, runtime indices', opType: 'Gather', inputs: [x([2, 5]), { dims: [3], values: [4, 0, 4], dataType: 'int64' }], attributes: { axis: int(-1) }, opset: 13 },
];

describe('vector-Jacobian rules (MORE_OPS) against central finite differences', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = await expectGradientsMatch(toGradCheck(c));
    expect(report.failures).toEqual([]);
  });
});
