/**
 * The engine's in-memory ONNX model: plain objects, typed arrays for tensor data.
 * Everything (builder, validation, shape inference, autodiff) works on this form;
 * codec.ts converts it to and from ModelProto bytes.
 */

export type DataType = 'float32' | 'float64' | 'int64' | 'int32' | 'int8' | 'uint8' | 'bool';

export type TensorValues = Float32Array | Float64Array | BigInt64Array | Int32Array | Int8Array | Uint8Array;

export interface TensorData {
  readonly name: string;
  readonly dataType: DataType;
  readonly dims: readonly number[];
  /** bool tensors use Uint8Array of 0/1. */
  readonly values: TensorValues;
}

/** A dimension is a number, a symbolic name ('batch'), or unknown (undefined). */
export type Dim = number | string | undefined;

export interface ValueInfo {
  readonly name: string;
  readonly dataType: DataType;
  readonly shape: readonly Dim[] | undefined;
}

/** ONNX attributes, tagged because ONNX distinguishes int from float and one from many. */
export type Attribute =
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'ints'; readonly value: readonly number[] }
  | { readonly type: 'floats'; readonly value: readonly number[] }
  | { readonly type: 'strings'; readonly value: readonly string[] }
  | { readonly type: 'tensor'; readonly value: TensorData };

export interface NodeDef {
  readonly name: string;
  readonly opType: string;
  /** '' (the default ONNX domain) or e.g. 'com.microsoft'. */
  readonly domain: string;
  /** Empty string marks an omitted optional input/output, as in ONNX. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: Readonly<Record<string, Attribute>>;
}

export interface GraphDef {
  readonly name: string;
  readonly nodes: readonly NodeDef[];
  readonly initializers: readonly TensorData[];
  readonly inputs: readonly ValueInfo[];
  readonly outputs: readonly ValueInfo[];
  /** Known intermediate shapes (from the file or from shape inference). */
  readonly valueInfo: readonly ValueInfo[];
}

export interface ModelDef {
  readonly graph: GraphDef;
  readonly irVersion: number;
  /** Opset of the default domain. */
  readonly opsetVersion: number;
  /** Other domains' opsets, e.g. { 'com.microsoft': 1 }. */
  readonly extraOpsets?: Readonly<Record<string, number>>;
  readonly producerName: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}
