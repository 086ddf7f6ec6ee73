import type { GradEmitter } from '../rule';
import { intsAttr } from './core-helpers';

/**
 * dX of a 2-D, group-1, dilation-1 Conv with equal strides s > 1, without ConvTranspose.
 * Along an axis, with j = i + pad = q*s + r: dX[i] = sum_t W[r + s*t] dY[q - t], i.e. for each
 * phase r a stride-1 Conv of dY with the sub-kernel W[r::s] (flipped). All s*s phases run
 * as one Conv with s*s times the output channels (sub-kernels zero-padded to T = ceil(k/s)
 * taps), DepthToSpace interleaves the phases, and a Slice drops the pad rows. ONNX Runtime
 * runs Conv + DepthToSpace several times faster than its ConvTranspose.
 */
export function phaseConvInputGrad(emit: GradEmitter, dy: string, w: string, c: number, m: number, kernel: readonly number[],
  x: readonly number[], out: readonly number[], s: number, padsBegin: readonly number[]): string {
  const taps = kernel.map((k) => Math.ceil(k / s));
  // W [M, C, kh, kw] -> zero-pad to [M, C, T*s, T*s] -> [M, C, T, s, T, s] -> [C, s, s, M, T, T] -> flip the taps.
  const padded = emit.op1('Pad', [w, emit.int64s([0, 0, 0, 0, 0, 0, taps[0]! * s - kernel[0]!, taps[1]! * s - kernel[1]!])]);
  const split = emit.op1('Reshape', [padded, emit.int64s([m, c, taps[0]!, s, taps[1]!, s])]);
  const phases = emit.op1('Transpose', [split], { perm: intsAttr([1, 3, 5, 0, 2, 4]) });
  const stacked = emit.op1('Reshape', [phases, emit.int64s([c * s * s, m, taps[0]!, taps[1]!])]);
  const flipped = emit.op1('Slice', [stacked, emit.int64s([-1, -1]), emit.int64s([-1e15, -1e15]), emit.int64s([2, 3]), emit.int64s([-1, -1])]);
  // Phase outputs q = 0 .. Q-1 with Q*s >= pad + X.
  const q = x.map((xi, i) => Math.ceil((padsBegin[i]! + xi) / s));
  const endPads = q.map((qi, i) => Math.max(0, qi - out[i]!));
  const z = emit.op1('Conv', [dy, flipped], { pads: intsAttr([taps[0]! - 1, taps[1]! - 1, ...endPads]) });
  const full = emit.op1('DepthToSpace', [z], { blocksize: { type: 'int', value: s }, mode: { type: 'string', value: 'CRD' } });
  return emit.op1('Slice', [full, emit.int64s([...padsBegin]), emit.int64s(x.map((xi, i) => padsBegin[i]! + xi)), emit.int64s([2, 3])]);
}
