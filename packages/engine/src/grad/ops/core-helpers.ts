import type { Attribute, Dim, NodeDef } from '../../onnx/ir';

/** Shared pieces of the core (ResNet-style) rules. */

export const intsAttr = (value: readonly number[]): Attribute => ({ type: 'ints', value });

export function requireStatic(node: NodeDef, what: string, dims: readonly Dim[]): number[] {
  if (!dims.every((d): d is number => typeof d === 'number')) {
    throw new Error(`node '${node.name}' (${node.opType}): gradient needs static ${what}, got [${dims.join(', ')}]`);
  }
  return [...dims];
}

/** [1, 0, 2, 3, ...]: swap batch and channel axes. */
export function swapBatchChannel(rank: number): number[] {
  return [1, 0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2)];
}

/** [C, 1, 1, ...] for broadcasting a per-channel vector against an NC... tensor of this rank. */
export function channelShape(c: number, rank: number): number[] {
  return [c, ...Array<number>(Math.max(0, rank - 2)).fill(1)];
}

/** Every axis except the channel axis 1. */
export function nonChannelAxes(rank: number): number[] {
  return [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2)];
}

/**
 * ConvTranspose pads/output_padding that make it the exact adjoint of a strided window op
 * over input size `x` with `out` windows: output_padding adds the rows no window reached;
 * when windows overhang the input (ceil_mode) the end pad grows to crop them.
 */
export function adjointPadding(x: readonly number[], out: readonly number[], kernel: readonly number[], strides: readonly number[],
  dilations: readonly number[], pads: readonly number[]): { pads: number[]; outputPadding: number[] } {
  const n = x.length;
  const p = [...pads];
  const outputPadding = Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const keff = (kernel[i]! - 1) * dilations[i]! + 1;
    const total = strides[i]! * (out[i]! - 1) + keff - p[i]! - p[i + n]!;
    const diff = x[i]! - total;
    if (diff >= 0) outputPadding[i] = diff;
    else p[i + n] = p[i + n]! - diff;
  }
  return { pads: p, outputPadding };
}
