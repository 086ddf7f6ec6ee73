import type { DataType, Dim, NodeDef, TensorData } from './ir';
import { broadcastShapes } from './shape-dims';

/** What static inference knows about a tensor. `value` holds small integer tensors' contents (shape arithmetic). */
export interface TensorInfo {
  readonly dataType: DataType;
  readonly shape: readonly Dim[] | undefined;
  readonly value?: readonly Dim[];
}

export type Infer = (node: NodeDef, ins: readonly (TensorInfo | undefined)[]) => (TensorInfo | undefined)[];

export const PROTO_TYPES: Record<number, DataType> = { 1: 'float32', 2: 'uint8', 3: 'int8', 6: 'int32', 7: 'int64', 9: 'bool', 11: 'float64' };

export function constantInfo(t: TensorData): TensorInfo {
  const small = (t.dataType === 'int64' || t.dataType === 'int32') && t.values.length <= 64;
  const value = small ? Array.from(t.values as ArrayLike<number | bigint>, (v) => Number(v)) : undefined;
  return value ? { dataType: t.dataType, shape: t.dims, value } : { dataType: t.dataType, shape: t.dims };
}

/** Same type and shape as the first input; not its value, which most of these ops change (Neg and Not have value rules of their own). */
export const same: Infer = (_n, ins) => [ins[0] && { dataType: ins[0].dataType, shape: ins[0].shape }];
export const sameType = (ins: readonly (TensorInfo | undefined)[], shape: readonly Dim[] | undefined, dataType?: DataType): TensorInfo | undefined => {
  const t = dataType ?? ins[0]?.dataType;
  return t ? { dataType: t, shape } : undefined;
};
export const shapes = (ins: readonly (TensorInfo | undefined)[]) => ins.filter((i): i is TensorInfo => !!i).map((i) => i.shape);

export function broadcast(dataType?: DataType): Infer {
  return (_n, ins) => {
    const s = shapes(ins);
    const known = s.every((x) => x !== undefined) && s.length === ins.length;
    return [sameType(ins, known ? broadcastShapes(...(s as Dim[][])) : undefined, dataType)];
  };
}

/** A rule per op; some depend on the opset (axes moved from attributes to inputs). */
export type ShapeRule = (opset: number) => Infer;

export const fixed = (f: Infer): ShapeRule => () => f;
