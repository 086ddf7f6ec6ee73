import { attrFloat, attrInt } from '../onnx/attributes';
import { GraphBuilder } from '../onnx/builder';
import type { ModelDef, NodeDef } from '../onnx/ir';
import { emitLoss, type LossKind } from './losses';
import { batchDim, classCount, exposeAs, mainInput, mainOutput } from './model-parts';

export interface LastLayer {
  readonly features: string;
  readonly weight: string;
  readonly bias?: string;
  /** Weight stored [C, K] (Gemm transB = 1, PyTorch's Linear) rather than [K, C]. */
  readonly transposed: boolean;
  readonly alpha: number;
  readonly beta: number;
  /**
   * 'linear' (Gemm, MatMul, MatMul + Add) or 'conv': a 1x1 Conv whose output reaches the
   * logits through shape-preserving and pooling ops only (SqueezeNet's classifier: Conv 1x1 ->
   * Relu -> GlobalAveragePool -> Flatten). A conv head's weight is [C, K, 1, 1] and its features
   * are the Conv's NCHW input.
   */
  readonly kind: 'linear' | 'conv';
}

/** Ops a conv head may pass through on its way to the logits: per-class activations, pooling, reshapes. */
const CONV_HEAD_TAIL = new Set(['Relu', 'GlobalAveragePool', 'AveragePool', 'ReduceMean', 'Flatten', 'Reshape', 'Squeeze', 'Identity', 'Dropout']);

/**
 * Finds the layer producing the logits: a linear layer (Gemm, MatMul, or MatMul followed by
 * Add), or a 1x1 Conv followed only by activations, pooling and reshapes (kind 'conv').
 */
export function findLastLayer(model: ModelDef, logits: string): LastLayer {
  const producer = new Map<string, NodeDef>();
  for (const n of model.graph.nodes) for (const o of n.outputs) producer.set(o, n);
  const node = producer.get(logits);
  const fail = () => new Error(`the logits '${logits}' come neither from a linear layer (Gemm, MatMul or MatMul + Add) nor from a 1x1 Conv followed by pooling`);
  if (!node) throw fail();
  if (node.opType === 'Gemm') {
    if (attrInt(node, 'transA', 0) !== 0) throw fail();
    const [features, weight, bias] = node.inputs;
    return { features: features!, weight: weight!, ...(bias ? { bias } : {}), transposed: attrInt(node, 'transB', 0) === 1, alpha: attrFloat(node, 'alpha', 1), beta: attrFloat(node, 'beta', 1), kind: 'linear' };
  }
  const matmulOf = (n: NodeDef | undefined) => (n?.opType === 'MatMul' ? n : undefined);
  if (node.opType === 'MatMul') return { features: node.inputs[0]!, weight: node.inputs[1]!, transposed: false, alpha: 1, beta: 1, kind: 'linear' };
  if (node.opType === 'Add') {
    const [a, b] = node.inputs as [string, string];
    const mm = matmulOf(producer.get(a)) ?? matmulOf(producer.get(b));
    if (!mm) throw fail();
    const bias = mm.outputs[0] === a ? b : a;
    return { features: mm.inputs[0]!, weight: mm.inputs[1]!, bias, transposed: false, alpha: 1, beta: 1, kind: 'linear' };
  }
  const conv = convHead(model, producer, node);
  if (conv) return conv;
  throw fail();
}

/** A 1x1 Conv (no groups, weight an initializer) reached from the logits' producer through CONV_HEAD_TAIL ops only. */
function convHead(model: ModelDef, producer: ReadonlyMap<string, NodeDef>, last: NodeDef): LastLayer | undefined {
  let node: NodeDef | undefined = last;
  while (node && CONV_HEAD_TAIL.has(node.opType)) node = producer.get(node.inputs[0] ?? '');
  if (node?.opType !== 'Conv' || attrInt(node, 'group', 1) !== 1) return undefined;
  const [features, weight, bias] = node.inputs;
  const w = model.graph.initializers.find((t) => t.name === weight);
  if (!w || w.dims.length !== 4 || w.dims[2] !== 1 || w.dims[3] !== 1) return undefined;
  return { features: features!, weight: weight!, ...(bias ? { bias } : {}), transposed: true, alpha: 1, beta: 1, kind: 'conv' };
}

export interface LastLayerGradientGraph {
  readonly model: ModelDef;
  readonly layer: LastLayer;
  readonly inputs: { readonly input: string; readonly labels: 'labels' };
  /**
   * Output names, per example: `features` [N, K], `loss` [N], `dlogits` [N, C], `grad_weight`
   * [N, ...weight shape] and `grad_bias` [N, C] (when the layer has a bias), `logits`; these
   * names unless the model already has tensors so named.
   */
  readonly outputs: { readonly features: string; readonly loss: string; readonly dlogits: string; readonly gradWeight: string; readonly gradBias?: string; readonly logits: string };
}

/**
 * Per-example gradients of the final linear layer for influence functions, in closed form:
 * each example's weight gradient is the outer product of dLoss/dlogits and its features.
 */
export function deriveLastLayerGradients(model: ModelDef, options: { readonly loss?: LossKind; readonly input?: string; readonly logits?: string } = {}): LastLayerGradientGraph {
  const b = GraphBuilder.from(model, { opsetVersion: Math.max(17, model.opsetVersion) });
  const input = mainInput(model, options.input);
  const logits = mainOutput(model, options.logits);
  const layer = findLastLayer(model, logits);
  if (layer.kind !== 'linear') throw new Error(`per-example last-layer gradients need a linear final layer; the logits '${logits}' come from a 1x1 Conv head ('${layer.weight}')`);
  const classes = classCount(b, logits);
  b.outputs.length = 0;
  const labels = b.input('labels', 'int64', [batchDim(model, input)]);
  const loss = emitLoss(b, options.loss ?? 'cross-entropy', logits, labels, classes);
  const unsq = (t: string, axis: number) => b.op1('Unsqueeze', [t, b.int64s([axis])]);
  let gw = layer.transposed
    ? b.op1('Mul', [unsq(loss.dLogits, 2), unsq(layer.features, 1)])
    : b.op1('Mul', [unsq(layer.features, 2), unsq(loss.dLogits, 1)]);
  if (layer.alpha !== 1) gw = b.op1('Mul', [gw, b.scalar(layer.alpha)]);
  const features = exposeAs(b, layer.features, 'features');
  const perExample = exposeAs(b, loss.perExample, 'loss');
  const dlogits = exposeAs(b, loss.dLogits, 'dlogits');
  const gradWeight = exposeAs(b, gw, 'grad_weight');
  const gradBias = layer.bias ? exposeAs(b, layer.beta === 1 ? loss.dLogits : b.op1('Mul', [loss.dLogits, b.scalar(layer.beta)]), 'grad_bias') : undefined;
  const logitsOut = exposeAs(b, logits, 'logits');
  return {
    model: b.build(),
    layer,
    inputs: { input, labels: 'labels' },
    outputs: { features, loss: perExample, dlogits, gradWeight, ...(gradBias ? { gradBias } : {}), logits: logitsOut },
  };
}
