import { int } from '../../onnx/attributes';
import type { Dim, NodeDef, TensorData } from '../../onnx/ir';
import type { GradEmitter, VjpArgs } from '../rule';

/**
 * Shared pieces of the activation, reduction and shape rules. Emitted graphs use the
 * opset-13 signatures (ReduceSum, Squeeze, Unsqueeze and Split take axes/splits as inputs),
 * which stay valid through opset 21, so a rule does not need to know the model's opset.
 */

/** ONNX TensorProto code for float32, for Cast's `to`. */
export const FLOAT_CODE = 1;

/** One undefined gradient per node input; rules fill in the ones they compute. */
export function noGrads(node: NodeDef): (string | undefined)[] {
  return node.inputs.map(() => undefined);
}

/** Whether input i is present (ONNX marks omitted optional inputs with ''). */
export function hasInput(node: NodeDef, i: number): boolean {
  const name = node.inputs[i];
  return name !== undefined && name !== '';
}

/** Whether optional output i is produced. */
export function hasOutput(node: NodeDef, i: number): boolean {
  const name = node.outputs[i];
  return name !== undefined && name !== '';
}

export function normAxis(node: NodeDef, axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new Error(`node '${node.name}' (${node.opType}): axis ${axis} out of range for rank ${rank}`);
  return a;
}

export function tensorNumbers(t: TensorData): number[] {
  return Array.from(t.values as ArrayLike<number | bigint>, (v) => Number(v));
}

/**
 * A constant integer input (axes, starts, pads): an initializer or Constant, or a value that
 * shape inference folds from static sizes (Shape -> Gather -> Mul, as exporters write `chunk`).
 * Undefined when it depends on run-time values (a symbolic batch size included).
 */
export function knownInts(args: VjpArgs, i: number): number[] | undefined {
  const name = args.node.inputs[i] ?? '';
  const t = args.constantOf(name);
  if (t !== undefined) return tensorNumbers(t);
  const v = args.valueOf(name);
  return v?.every((d): d is number => typeof d === 'number') ? [...v] : undefined;
}

/** knownInts, for rules that need the value at graph-build time: throws when it is computed at run time. */
export function constInts(args: VjpArgs, i: number, what: string): number[] {
  const known = knownInts(args, i);
  if (known === undefined) {
    const name = args.node.inputs[i] ?? '';
    throw new Error(`node '${args.node.name}' (${args.node.opType}): gradient needs constant ${what}, but '${name}' is computed at run time`);
  }
  return known;
}

export function staticDims(dims: readonly Dim[]): readonly number[] | undefined {
  return dims.every((d): d is number => typeof d === 'number') ? dims : undefined;
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** ReduceSum keeping the reduced axes (axes as an input: opset 13+). */
export function sumKeep(emit: GradEmitter, x: string, axes: readonly number[]): string {
  return emit.op1('ReduceSum', [x, emit.int64s(axes)], { keepdims: int(1) });
}

/**
 * 1 / (number of elements of `x` per element of `reduced`), as a float32 scalar tensor:
 * folded when the reduced dims are static, else computed from Size at run time.
 */
export function inverseCount(args: VjpArgs, x: string, axes: readonly number[], reduced: () => string): string {
  const dims = args.shapeOf(x);
  const picked = axes.map((a) => dims[a]);
  const known = staticDims(picked);
  if (known) return args.emit.scalar(1 / known.reduce((p, d) => p * d, 1));
  const { emit } = args;
  const ratio = emit.op1('Div', [emit.op1('Size', [x]), emit.op1('Size', [reduced()])]);
  return emit.op1('Reciprocal', [emit.op1('Cast', [ratio], { to: int(FLOAT_CODE) })]);
}

/** Gradient of a unary op: dX = dY * f'(...), where `local` builds f' from the forward tensors. */
export function unary(local: (args: VjpArgs, dY: string) => string) {
  return (args: VjpArgs): readonly (string | undefined)[] => {
    const grads = noGrads(args.node);
    const dY = args.dOutputs[0];
    if (dY === undefined || !args.needsGrad[0]) return grads;
    grads[0] = local(args, dY);
    return grads;
  };
}
