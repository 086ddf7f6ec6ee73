import type { GradEmitter } from '../rule';
import { intsAttr } from './core-helpers';

/**
 * dW of a 2-D, group-1 Conv as matrix products over kernel offsets (i, j):
 * dW[m, c, i, j] = sum_n,o dY[n, m, o] Xpad[n, c, i*d + s*o], the second factor a strided
 * Slice of the padded input. ONNX Runtime runs these as well-shaped GEMMs; the textbook Conv
 * with dY as the kernel (huge kernels, tiny outputs) is many times slower on CPU.
 * Two layouts, chosen by shape (timed per ResNet layer, bench/conv-grad-micro.ts):
 * - stacked: the kh*kw slices concatenated on an outer axis into one im2col matrix
 *   [kh*kw*C, P] (per image) or [kh*kw*C, N*P], times dY^T in one product, so dY is packed
 *   for the GEMM once instead of once per offset and the GEMM is kh*kw times taller. Best
 *   for wide layers (C >= 64) and for few input channels (an RGB stem: C = 3, 7x7), where
 *   per-offset GEMMs would have C columns;
 * - per offset: one [M, P] x [P, C] product per offset (C between those: 16, 32).
 * Large feature maps multiply per image (X and dY keep their layout; ONNX Runtime spreads
 * the images over threads) and sum over the batch; small maps put batch and space side by
 * side (X as [C, N, H, W]) so each product is a single Gemm with a long contraction.
 */
const PER_IMAGE_MIN_OUTPUT = 196;
const STACKED_PER_IMAGE_MIN_OUTPUT = 400;
const stackedFor = (c: number, taps: number): boolean => taps > 1 && (c <= 4 || c >= 64);

/** X zero-padded by the Conv's pads (spatial axes only), or X itself when there are none. */
function padSpatial(emit: GradEmitter, x: string, pads: readonly number[]): string {
  return pads.some((p) => p !== 0)
    ? emit.op1('Pad', [x, emit.int64s([0, 0, pads[0]!, pads[1]!, 0, 0, pads[2]!, pads[3]!])])
    : x;
}

/** The strided window of padded X that kernel offset (i, j) meets: Xpad[:, :, i*d + s*o]. */
function offsetWindow(
  emit: GradEmitter,
  padded: string,
  i: number,
  j: number,
  out: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
): string {
  const starts = [i * dilations[0]!, j * dilations[1]!];
  const ends = [starts[0]! + (out[0]! - 1) * strides[0]! + 1, starts[1]! + (out[1]! - 1) * strides[1]! + 1];
  return emit.op1('Slice', [
    padded,
    emit.int64s(starts),
    emit.int64s(ends),
    emit.int64s([2, 3]),
    emit.int64s([...strides]),
  ]);
}

export function im2colWeightGrad(
  emit: GradEmitter,
  x: string,
  dy: string,
  c: number,
  m: number,
  kernel: readonly number[],
  out: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
  pads: readonly number[],
): string {
  const [kh, kw] = kernel as [number, number];
  const [oh, ow] = out as [number, number];
  const stacked = stackedFor(c, kh * kw);
  const perImage = oh * ow >= (stacked ? STACKED_PER_IMAGE_MIN_OUTPUT : PER_IMAGE_MIN_OUTPUT);
  const source = perImage ? x : emit.op1('Transpose', [x], { perm: intsAttr([1, 0, 2, 3]) });
  const padded = padSpatial(emit, source, pads);
  const pointwise = kh === 1 && kw === 1 && strides.every((s) => s === 1) && pads.every((p) => p === 0);
  const window = (i: number, j: number): string =>
    pointwise ? padded : offsetWindow(emit, padded, i, j, out, strides, dilations);
  const windows: string[] = [];
  for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) windows.push(window(i, j));
  const keep0 = { keepdims: { type: 'int' as const, value: 0 } };
  const transB = { transB: { type: 'int' as const, value: 1 } };
  const dyMat = perImage
    ? emit.op1('Reshape', [dy, emit.int64s([0, m, -1])]) // [N, M, P]
    : emit.op1('Reshape', [
        emit.op1('Transpose', [dy], { perm: intsAttr([1, 0, 2, 3]) }),
        emit.int64s([m, -1]),
      ]); // [M, N*P]
  if (stacked) {
    if (perImage) {
      const cols = emit.op1('Reshape', [
        emit.op1('Concat', windows, { axis: { type: 'int', value: 1 } }),
        emit.int64s([0, kh * kw * c, -1]),
      ]);
      const dyT = emit.op1('Transpose', [dyMat], { perm: intsAttr([0, 2, 1]) });
      const prod = emit.op1('ReduceSum', [emit.op1('MatMul', [cols, dyT]), emit.int64s([0])], keep0); // [kh*kw*C, M]
      return emit.op1('Transpose', [emit.op1('Reshape', [prod, emit.int64s([kh, kw, c, m])])], {
        perm: intsAttr([3, 2, 0, 1]),
      });
    }
    const cols = emit.op1('Reshape', [
      emit.op1('Concat', windows, { axis: { type: 'int', value: 0 } }),
      emit.int64s([kh * kw * c, -1]),
    ]);
    // dY x cols^T gives [M, kh*kw*C] with M outermost, so the reorder to [M, C, kh, kw] moves
    // only a [kh*kw, C] block per output channel: cols x dY^T ([kh*kw*C, M]) needed a transpose
    // that strides over all of M, 0.17 s per 512x512 layer on one thread.
    const prod = emit.op1('Gemm', [dyMat, cols], transB);
    return emit.op1('Transpose', [emit.op1('Reshape', [prod, emit.int64s([m, kh, kw, c])])], {
      perm: intsAttr([0, 3, 1, 2]),
    });
  }
  const parts = windows.map((win) => {
    if (perImage) {
      const cols = emit.op1('Reshape', [win, emit.int64s([0, c, -1])]);
      const prod = emit.op1('MatMul', [dyMat, emit.op1('Transpose', [cols], { perm: intsAttr([0, 2, 1]) })]); // [N, M, C]
      return emit.op1('ReduceSum', [prod, emit.int64s([0])], keep0);
    }
    return emit.op1('Gemm', [dyMat, emit.op1('Reshape', [win, emit.int64s([c, -1])])], transB); // [M, C]
  });
  const summed =
    parts.length === 1
      ? parts[0]!
      : emit.op1(
          'Concat',
          parts.map((p) => emit.op1('Unsqueeze', [p, emit.int64s([2])])),
          { axis: { type: 'int', value: 2 } },
        );
  return emit.op1('Reshape', [summed, emit.int64s([m, c, kh, kw])]);
}

/**
 * dW of a 2-D depthwise Conv (one input channel per group, M = C * multiplier):
 * dW[c*k + t, 0, i, j] = sum_n,o dY[n, c*k + t, o] Xpad[n, c, i*d + s*o], an elementwise
 * product and a reduction per kernel offset (no huge-kernel Conv).
 */
export function depthwiseWeightGrad(
  emit: GradEmitter,
  x: string,
  dy: string,
  c: number,
  m: number,
  kernel: readonly number[],
  out: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
  pads: readonly number[],
): string {
  const [kh, kw] = kernel as [number, number];
  const mult = m / c;
  const padded = padSpatial(emit, x, pads);
  const dyr = emit.op1('Reshape', [dy, emit.int64s([0, c, mult, -1])]);
  const parts: string[] = [];
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const slice = offsetWindow(emit, padded, i, j, out, strides, dilations);
      const cols = emit.op1('Reshape', [slice, emit.int64s([0, c, 1, -1])]);
      const summed = emit.op1('ReduceSum', [emit.op1('Mul', [dyr, cols]), emit.int64s([0, 3])], {
        keepdims: { type: 'int', value: 0 },
      }); // [C, mult]
      parts.push(emit.op1('Unsqueeze', [summed, emit.int64s([2])]));
    }
  }
  const stacked =
    parts.length === 1 ? parts[0]! : emit.op1('Concat', parts, { axis: { type: 'int', value: 2 } }); // [C, mult, kh*kw]
  return emit.op1('Reshape', [stacked, emit.int64s([m, 1, kh, kw])]);
}

/**
 * dW of a 2-D, group-1, strided Conv from an unfolded input: one grouped Conv of X with a
 * constant one-hot kernel ([C*kh*kw, 1, kh, kw], group C, the forward's strides, dilations
 * and pads) writes the im2col matrix in a single pass, output channel c*kh*kw + t holding
 * kernel offset t of input channel c: W's own [M, C, kh, kw] order, so no reorder follows.
 * Then per image dY [M, P] x cols^T [P, C*kh*kw], summed over the batch. For strided layers
 * with output maps of 14x14 or more this beat strided Slices + Concat (bench/conv-grad-micro.ts,
 * 1 thread, dW time / forward Conv time: ResNet-18 stem 2.03x -> 1.66x, 3x3/2 64 -> 128
 * channels 1.78x -> 1.14x, 128 -> 256 1.74x -> 1.47x); at 7x7 outputs the per-image products
 * are too thin (256 -> 512: 1.24x -> 1.96x), so those keep the batched Gemm.
 */
export const unfoldsWeightGrad = (kernel: readonly number[], out: readonly number[], strides: readonly number[]): boolean =>
  strides.some((s) => s > 1) && kernel.some((k) => k > 1) && out.reduce((a, b) => a * b, 1) >= PER_IMAGE_MIN_OUTPUT;

export function unfoldWeightGrad(
  emit: GradEmitter,
  x: string,
  dy: string,
  c: number,
  m: number,
  kernel: readonly number[],
  strides: readonly number[],
  dilations: readonly number[],
  pads: readonly number[],
): string {
  const [kh, kw] = kernel as [number, number];
  const taps = kh * kw;
  const onehot = new Float32Array(c * taps * taps);
  for (let g = 0; g < c; g++) for (let t = 0; t < taps; t++) onehot[(g * taps + t) * taps + t] = 1;
  const cols = emit.op1('Conv', [x, emit.constant(onehot, [c * taps, 1, kh, kw])], {
    strides: intsAttr(strides),
    dilations: intsAttr(dilations),
    pads: intsAttr(pads),
    group: { type: 'int', value: c },
  });
  const colsMat = emit.op1('Reshape', [cols, emit.int64s([0, c * taps, -1])]); // [N, C*kh*kw, P]
  const dyMat = emit.op1('Reshape', [dy, emit.int64s([0, m, -1])]); // [N, M, P]
  const prod = emit.op1('MatMul', [dyMat, emit.op1('Transpose', [colsMat], { perm: intsAttr([0, 2, 1]) })]);
  const summed = emit.op1('ReduceSum', [prod, emit.int64s([0])], { keepdims: { type: 'int', value: 0 } });
  return emit.op1('Reshape', [summed, emit.int64s([m, c, kh, kw])]);
}
