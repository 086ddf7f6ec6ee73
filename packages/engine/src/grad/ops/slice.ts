import { attrInts, int } from '../../onnx/attributes';
import type { Dim } from '../../onnx/ir';
import type { GradEmitter, OpGradient, VjpArgs } from '../rule';
import { constInts, hasInput, knownInts, noGrads, normAxis, range } from './more-helpers';

interface AxisSlice {
  readonly axis: number;
  /** Positions of X along the axis that the slice reads, in output order. */
  readonly picked: readonly number[];
  readonly dim: number;
  readonly step: number;
}

/** The positions one axis reads, with ONNX's clamping of starts and ends (opset 10+ rules). */
/** ONNX TensorProto code for int64, for Cast's `to`. */
const INT64 = 7;

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
 * starts/ends/axes/steps and static sizes along the sliced axes, except with unit steps: then
 * starts computed at run time, or a symbolic size along a sliced axis, give a Pad whose pads are
 * computed at run time too (runtimePads).
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
    if (!fromAttr) {
      const axes = hasInput(node, 3) ? knownInts(args, 3) : undefined;
      const steps = hasInput(node, 4) ? knownInts(args, 4) : undefined;
      const known = knownInts(args, 1) && knownInts(args, 2);
      const k = axes?.length ?? args.shapeOf(node.inputs[1] ?? '')[0];
      const along = axes ?? (typeof k === 'number' ? range(k) : undefined);
      const unit = !hasInput(node, 4) || steps?.every((st) => st === 1) === true;
      const symbolic = along?.some((a) => typeof xShape[normAxis(node, a, rank)] !== 'number');
      if (along && unit && (!known || symbolic)) {
        grads[0] = emit.op1('Pad', [dY, runtimePads(args, emit, along.map((a) => normAxis(node, a, rank)), xShape)]);
        return grads;
      }
    }
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

/**
 * Pads that put dY back where a unit-step Slice read it, computed at run time from the starts
 * (negative ones wrapped, then clamped to [0, dim] as Slice does) and the sizes of X and Y:
 * before = start, after = dim - start - (Y's size), scattered into [2 * rank] zeros.
 */
function runtimePads(args: VjpArgs, emit: GradEmitter, axes: readonly number[], xShape: readonly Dim[]): string {
  const { node } = args;
  const rank = xShape.length;
  const at = emit.int64s(axes);
  const sizes = (t: string) => emit.op1('Gather', [emit.op1('Shape', [t]), at], { axis: int(0) });
  const dims = sizes(node.inputs[0] ?? '');
  const starts = emit.op1('Cast', [node.inputs[1] ?? ''], { to: int(INT64) });
  const zero = emit.int64s([0]);
  const wrapped = emit.op1('Where', [emit.op1('Less', [starts, zero]), emit.op1('Add', [starts, dims]), starts]);
  const before = emit.op1('Min', [emit.op1('Max', [wrapped, zero]), dims]);
  const after = emit.op1('Sub', [emit.op1('Sub', [dims, before]), sizes(node.outputs[0] ?? '')]);
  const where = emit.int64s([...axes, ...axes.map((a) => a + rank)]);
  return emit.op1('ScatterElements', [emit.int64s(range(2 * rank).map(() => 0)), where, emit.op1('Concat', [before, after], { axis: int(0) })], { axis: int(0) });
}
