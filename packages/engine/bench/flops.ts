import { attrInt } from '../src/onnx/attributes';
import type { Dim, ModelDef } from '../src/onnx/ir';
import { inferShapes } from '../src/onnx/shape-inference';

/** FLOPs (multiply-adds x 2) of a graph's convolutions and matrix products at one batch size. */
export interface ProductFlops {
  /** Every Conv, ConvTranspose, Gemm and MatMul of the graph. */
  readonly total: number;
  /** The part in Conv nodes that read a graph input: their input gradient is never needed in a training step. */
  readonly readingInputs: number;
}

const numeric = (shape: readonly Dim[] | undefined, batch: number): number[] | undefined =>
  shape?.every((d) => d !== undefined) ? shape.map((d) => (typeof d === 'number' ? d : batch)) : undefined;

const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/**
 * Counted from the graph's inferred shapes (symbolic dims taken as `batch`): a Conv's MACs are
 * output elements x (input channels / group) x kernel area; a ConvTranspose's are input
 * elements x (output channels / group) x kernel area; a product's are output elements x the
 * contracted size. Nodes whose shapes inference leaves unknown (a Reshape to -1 of a symbolic
 * size, say) are not counted, so on derived graphs this is a lower bound.
 */
export function productFlops(model: ModelDef, batch: number): ProductFlops {
  const info = inferShapes(model.graph, model.opsetVersion);
  const shape = (name: string | undefined) => (name ? numeric(info.get(name)?.shape, batch) : undefined);
  const graphInputs = new Set(model.graph.inputs.map((i) => i.name));
  let total = 0;
  let readingInputs = 0;
  for (const node of model.graph.nodes) {
    let macs = 0;
    if (node.opType === 'Conv' || node.opType === 'ConvTranspose') {
      const x = shape(node.inputs[0]);
      const w = shape(node.inputs[1]);
      const y = shape(node.outputs[0]);
      if (!x || !w || !y) continue;
      macs = product(node.opType === 'Conv' ? y : x) * w[1]! * product(w.slice(2));
      if (node.opType === 'Conv' && graphInputs.has(node.inputs[0]!)) readingInputs += 2 * macs;
    } else if (node.opType === 'Gemm' || node.opType === 'MatMul') {
      const a = shape(node.inputs[0]);
      const y = shape(node.outputs[0]);
      if (!a || !y) continue;
      const contracted = node.opType === 'Gemm' && attrInt(node, 'transA', 0) === 1 ? a[0]! : a[a.length - 1]!;
      macs = product(y) * contracted;
    }
    total += 2 * macs;
  }
  return { total, readingInputs };
}
