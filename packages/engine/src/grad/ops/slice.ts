import { attrInts, int } from '../../onnx/attributes';
import type { OpGradient, VjpArgs } from '../rule';
import { constInts, hasInput, noGrads, normAxis, range } from './more-helpers';

interface AxisSlice {
  readonly axis: number;
  /** Positions of X along the axis that the slice reads, in output order. */
  readonly picked: readonly number[];
  readonly dim: number;
  readonly step: number;
}

/** The positions one axis reads, with ONNX's clamping of starts and ends (opset 10+ rules). */
export function slicePositions(start: number, end: number, step: number, dim: number): number[] {
  if (step === 0) throw new Error('Slice: step 0');
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);
  const s0 = start < 0 ? start + dim : start;
  const e0 = end < 0 ? end + dim : end;
  const out: number[] = [];
  if (step > 0) {
    for (let p = clamp(s0, 0, dim), e = clamp(e0, 0, dim); p < e; p += step) out.push(p);
  } else {
    for (let p = clamp(s0, 0, dim - 1), e = clamp(e0, -1, dim - 1); p > e; p += step) out.push(p);
  }
  return out;
}

/**
 * Slice: dX is dY placed back at the positions read and zero elsewhere. Unit steps become one Pad;
 * other steps (negative included) put one zero after dY along the axis and Gather from it with an
 * index that maps each position of X to its output position, or to that zero. Needs constant
 * starts/ends/axes/steps and static sizes along the sliced axes.
 */
export const slice: OpGradient = {
  opType: 'Slice',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined || !args.needsGrad[0]) return grads;
    const xShape = args.shapeOf(node.inputs[0] ?? '');
    const rank = xShape.length;
    const fromAttr = attrInts(node, 'starts', undefined) !== undefined;
    const starts = fromAttr ? (attrInts(node, 'starts', []) ?? []) : constInts(args, 1, 'starts');
    const ends = fromAttr ? (attrInts(node, 'ends', []) ?? []) : constInts(args, 2, 'ends');
    const axes = fromAttr ? attrInts(node, 'axes', undefined) : hasInput(node, 3) ? constInts(args, 3, 'axes') : undefined;
    const steps = !fromAttr && hasInput(node, 4) ? constInts(args, 4, 'steps') : starts.map(() => 1);

    const sliced: AxisSlice[] = starts.map((start, i) => {
      const axis = normAxis(node, axes?.[i] ?? i, rank);
      const dim = xShape[axis];
      if (typeof dim !== 'number') throw new Error(`node '${node.name}' (Slice): gradient needs a static size along axis ${axis}`);
      const step = steps[i] ?? 1;
      return { axis, dim, step, picked: slicePositions(start, ends[i] ?? dim, step, dim) };
    });

    const pads = new Array<number>(2 * rank).fill(0);
    for (const s of sliced.filter((a) => a.step === 1)) {
      const first = s.picked[0] ?? 0;
      pads[s.axis] = first;
      pads[s.axis + rank] = s.dim - first - s.picked.length;
    }
    let g = pads.some((p) => p !== 0) ? emit.op1('Pad', [dY, emit.int64s(pads)]) : dY;
    for (const s of sliced.filter((a) => a.step !== 1)) {
      const onePad = range(2 * rank).map((i) => (i === s.axis + rank ? 1 : 0));
      const padded = emit.op1('Pad', [g, emit.int64s(onePad)]);
      const source = new Array<number>(s.dim).fill(s.picked.length);
      s.picked.forEach((p, k) => (source[p] = k));
      g = emit.op1('Gather', [padded, emit.int64s(source)], { axis: int(s.axis) });
    }
    grads[0] = g;
    return grads;
  },
};
