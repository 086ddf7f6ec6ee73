import type { Attribute, DataType, Dim, NodeDef, TensorData } from '../onnx/ir';

/**
 * How a vector-Jacobian rule adds ONNX nodes to the gradient graph. The gradient graph
 * contains the forward graph, so rules may read any forward tensor by name.
 */
export interface GradEmitter {
  /** Append a node; returns its (fresh, unique) output names. */
  readonly op: (opType: string, inputs: readonly string[], attributes?: Readonly<Record<string, Attribute>>, outputs?: number) => string[];
  /** op(...)[0]. */
  readonly op1: (opType: string, inputs: readonly string[], attributes?: Readonly<Record<string, Attribute>>) => string;
  /** A constant tensor (float32 unless dataType says otherwise). */
  readonly constant: (values: readonly number[] | Float32Array, dims: readonly number[], dataType?: DataType) => string;
  /** A 1-D int64 constant (axes, shapes, starts/ends). */
  readonly int64s: (values: readonly number[]) => string;
  /** A float32 scalar (rank 0). */
  readonly scalar: (value: number) => string;
}

export interface VjpArgs {
  readonly node: NodeDef;
  /** Incoming gradient name for each node output; undefined where none flows. */
  readonly dOutputs: readonly (string | undefined)[];
  /** Which node inputs need a gradient; rules may skip the others (return undefined). */
  readonly needsGrad: readonly boolean[];
  /** Static shape of a forward tensor from shape inference (symbolic dims as strings). */
  readonly shapeOf: (name: string) => readonly Dim[];
  readonly dataTypeOf: (name: string) => DataType;
  /** Value of a forward tensor when it is a constant (initializer or Constant node), else undefined. */
  readonly constantOf: (name: string) => TensorData | undefined;
  /**
   * Value of a small integer tensor as shape inference knows it (shape arithmetic folded:
   * Shape of a static dim, Gather, Mul, Div, ...), else undefined. Elements may be symbolic
   * ('batch_size') or unknown (undefined).
   */
  readonly valueOf: (name: string) => readonly Dim[] | undefined;
  /** Sum a gradient of shape `from` down to `to` (numpy broadcasting in reverse). */
  readonly reduceToShape: (grad: string, from: readonly Dim[], to: readonly Dim[]) => string;
  readonly emit: GradEmitter;
}

/** Returns one gradient name per node input (undefined: no gradient / not needed). */
export type VjpRule = (args: VjpArgs) => readonly (string | undefined)[];

/** An op the differentiator knows: either it has a rule, or it carries no gradient (shape/mask/constant ops). */
export type OpGradient =
  | { readonly opType: string; readonly vjp: VjpRule }
  | { readonly opType: string; readonly noGradient: true };
