import { findLastLayer } from '../derive/last-layer';
import { mainOutput } from '../derive/model-parts';
import type { ModelDef, TensorData } from '../onnx/ir';
import { seededRandom } from '@transferlab/sdk';
import { deriveSeed } from '../train-utils/prng';

/** Stream of the head's initialisation, apart from the batch-order streams of the same seed. */
const HEAD_STREAM = 0x68656164;

/**
 * PyTorch's nn.Linear default initialisation (kaiming_uniform with a = sqrt(5), which is
 * U(-1/sqrt(fanIn), 1/sqrt(fanIn)) for the weight; the same bound for the bias), drawn from
 * the seed: weight row-major as [classes, fanIn], then the bias.
 */
export function linearInit(fanIn: number, classes: number, seed: number): { weight: Float32Array; bias: Float32Array } {
  const rng = seededRandom(deriveSeed(seed, HEAD_STREAM));
  const bound = 1 / Math.sqrt(fanIn);
  const weight = Float32Array.from({ length: classes * fanIn }, () => (2 * rng() - 1) * bound);
  const bias = Float32Array.from({ length: classes }, () => (2 * rng() - 1) * bound);
  return { weight, bias };
}

/**
 * The model with its final layer replaced by a freshly initialised one for `classes` outputs
 * (same layout as before: [C, K] under transB, else [K, C]). A layer without bias gets none.
 * A 1x1 Conv head (SqueezeNet) gets a fresh [C, K, 1, 1] Conv and keeps what follows it (Relu,
 * pooling, Flatten), as torchvision's fine-tuning tutorial replaces `classifier[1]`; PyTorch's
 * Conv2d default init is the same uniform bound 1/sqrt(K) for a 1x1 kernel.
 */
export function withNewHead(model: ModelDef, classes: number, seed: number): ModelDef {
  const logits = mainOutput(model);
  const layer = findLastLayer(model, logits);
  const g = model.graph;
  const old = g.initializers.find((t) => t.name === layer.weight);
  const rank = layer.kind === 'conv' ? 4 : 2;
  if (!old || old.dims.length !== rank) throw new Error(`final layer weight '${layer.weight}' is not a ${rank}-D initializer`);
  const fanIn = layer.transposed ? old.dims[1]! : old.dims[0]!;
  const init = linearInit(fanIn, classes, seed);
  let values = init.weight;
  if (!layer.transposed) {
    values = new Float32Array(fanIn * classes);
    for (let c = 0; c < classes; c++) for (let k = 0; k < fanIn; k++) values[k * classes + c] = init.weight[c * fanIn + k]!;
  }
  const dims = layer.kind === 'conv' ? [classes, fanIn, 1, 1] : layer.transposed ? [classes, fanIn] : [fanIn, classes];
  const replaced = new Map<string, TensorData>([[layer.weight, { name: layer.weight, dataType: 'float32', dims, values }]]);
  if (layer.bias) {
    if (!g.initializers.some((t) => t.name === layer.bias)) throw new Error(`final layer bias '${layer.bias}' is not an initializer`);
    replaced.set(layer.bias, { name: layer.bias, dataType: 'float32', dims: [classes], values: init.bias });
  }
  // Shapes recorded between the head and the logits (a conv head's Relu and pooling) had the old class count.
  const afterHead = new Set<string>();
  for (const n of g.nodes) if (n.inputs.includes(layer.weight) || n.inputs.some((i) => afterHead.has(i))) n.outputs.forEach((o) => afterHead.add(o));
  return {
    ...model,
    graph: {
      ...g,
      initializers: g.initializers.map((t) => replaced.get(t.name) ?? t),
      outputs: g.outputs.map((o) => (o.name === logits ? { ...o, shape: [o.shape?.[0] ?? 'N', classes] } : o)),
      valueInfo: g.valueInfo.filter((v) => v.name !== logits && !afterHead.has(v.name)),
    },
  };
}
