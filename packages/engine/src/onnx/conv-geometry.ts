import { attrInt, attrInts, attrString } from './attributes';
import type { Dim, NodeDef } from './ir';

/** Explicit window geometry of a Conv / pooling node: ONNX defaults and auto_pad resolved. */
export interface WindowGeometry {
  readonly kernel: readonly number[];
  readonly strides: readonly number[];
  readonly dilations: readonly number[];
  /** [begin_0, ..., begin_n, end_0, ..., end_n], as ONNX writes pads. */
  readonly pads: readonly number[];
  readonly ceilMode: boolean;
  /** Output spatial dims. */
  readonly out: readonly Dim[];
}

/**
 * `kernel` comes from the weight (Conv) or kernel_shape (pools); `spatial` is the input's
 * spatial dims. auto_pad SAME_* needs numeric spatial dims.
 */
export function windowGeometry(node: NodeDef, spatial: readonly Dim[], kernel: readonly number[]): WindowGeometry {
  const n = kernel.length;
  const strides = attrInts(node, 'strides', undefined) ?? Array<number>(n).fill(1);
  const dilations = attrInts(node, 'dilations', undefined) ?? Array<number>(n).fill(1);
  const ceilMode = attrInt(node, 'ceil_mode', 0) === 1;
  const autoPad = attrString(node, 'auto_pad', 'NOTSET');
  let pads = [...(attrInts(node, 'pads', undefined) ?? Array<number>(2 * n).fill(0))];
  if (autoPad === 'VALID') pads = Array<number>(2 * n).fill(0);
  if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
    pads = Array<number>(2 * n).fill(0);
    for (let i = 0; i < n; i++) {
      const x = spatial[i];
      if (typeof x !== 'number') throw new Error(`node '${node.name}' (${node.opType}): auto_pad ${autoPad} needs static spatial dims`);
      const s = strides[i] ?? 1;
      const keff = ((kernel[i] ?? 1) - 1) * (dilations[i] ?? 1) + 1;
      const out = Math.ceil(x / s);
      const total = Math.max(0, (out - 1) * s + keff - x);
      const small = Math.floor(total / 2);
      pads[i] = autoPad === 'SAME_UPPER' ? small : total - small;
      pads[i + n] = total - pads[i]!;
    }
  }
  const out: Dim[] = spatial.map((x, i) => {
    if (typeof x !== 'number') return undefined;
    const s = strides[i] ?? 1;
    const keff = ((kernel[i] ?? 1) - 1) * (dilations[i] ?? 1) + 1;
    const span = x + (pads[i] ?? 0) + (pads[i + n] ?? 0) - keff;
    let o = (ceilMode ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
    // As PyTorch and ONNX Runtime: with ceil_mode, the last window must start inside the input or begin pad.
    if (ceilMode && (o - 1) * s >= x + (pads[i] ?? 0)) o -= 1;
    return o;
  });
  return { kernel, strides, dilations, pads, ceilMode, out };
}
