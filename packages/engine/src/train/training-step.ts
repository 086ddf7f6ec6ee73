import { parametersToInputs } from '../derive/parameter-gradients';
import { emitLoss } from '../derive/losses';
import { batchDim, classCount, exposeAs, mainInput, mainOutput } from '../derive/model-parts';
import { differentiate } from '../grad/differentiate';
import { GraphBuilder } from '../onnx/builder';
import type { ModelDef, NodeDef, TensorData } from '../onnx/ir';
import { emitUpdate, type OptimizerConfig, type StateKind } from './optimizers';

export interface TrainingStepOptions {
  readonly optimizer: OptimizerConfig;
  /** Initializers to train; default `defaultTrainable(model)`. */
  readonly trainable?: readonly string[];
  readonly input?: string;
  readonly logits?: string;
}

export type CarriedKind = 'parameter' | StateKind | 'bn-mean' | 'bn-var';

/** A tensor the step reads and returns updated: feed `output` of one step as `input` of the next. */
export interface Carried {
  readonly kind: CarriedKind;
  /** The parameter (or BatchNorm statistic) it belongs to. */
  readonly of: string;
  readonly input: string;
  readonly output: string;
  readonly initial: TensorData;
}

export interface TrainingStepGraph {
  readonly model: ModelDef;
  readonly carried: readonly Carried[];
  /** Feeds besides the carried tensors: images, int64 labels, lr (float32 scalar), Adam's step t (float32 scalar, from 1). */
  readonly inputs: { readonly input: string; readonly labels: 'labels'; readonly lr: 'lr'; readonly step?: 'step' };
  /** Mean cross-entropy of the batch (before the update) and the logits. */
  readonly outputs: { readonly loss: 'loss'; readonly logits: 'logits' };
}

const zeros = (name: string, like: TensorData): TensorData => ({ name, dataType: like.dataType, dims: like.dims, values: new Float32Array(like.values.length) });

/** The update tensors are fresh, so they are renamed to output names (an Identity would copy every parameter each step). */
function outputAs(b: GraphBuilder, tensor: string, name: string): string {
  const free = b.unusedName(name);
  b.renameTensor(tensor, free);
  return b.output(free);
}

/** Name prefix of the preprocessing prefix's constants (resize matrices, mean, std): never trained. */
export const FROZEN_NAME_PREFIXES: readonly string[] = ['transferlab_pre/'];

/** Float initializers that are parameters: not BatchNorm running statistics, not scalars, not preprocessing constants. */
export function defaultTrainable(model: ModelDef): string[] {
  const stats = new Set(model.graph.nodes.filter((n) => n.opType === 'BatchNormalization').flatMap((n) => [n.inputs[3], n.inputs[4]]));
  return model.graph.initializers
    .filter((t) => t.dataType === 'float32' && t.dims.length > 0 && !stats.has(t.name) && !FROZEN_NAME_PREFIXES.some((p) => t.name.startsWith(p)))
    .map((t) => t.name);
}

/**
 * One optimiser step as a graph: parameters, optimiser state, BatchNorm running statistics,
 * a batch and the learning rate in; updated tensors and the loss out. BatchNorm layers with
 * a trainable scale or bias run in training mode (batch statistics; running statistics
 * updated as ONNX defines, with the node's momentum); the others stay frozen (inference mode).
 */
export function deriveTrainingStep(model: ModelDef, options: TrainingStepOptions): TrainingStepGraph {
  const b = GraphBuilder.from(model, { opsetVersion: Math.max(17, model.opsetVersion) });
  const input = mainInput(model, options.input);
  const logits = mainOutput(model, options.logits);
  const classes = classCount(b, logits);
  const trainable = options.trainable ?? defaultTrainable(model);
  const trainableSet = new Set(trainable);
  b.outputs.length = 0;
  const carried: Carried[] = [];

  // BatchNorm in the trainable part switches to batch statistics.
  b.nodes.forEach((node, k) => {
    if (node.opType !== 'BatchNormalization' || !(trainableSet.has(node.inputs[1] ?? '') || trainableSet.has(node.inputs[2] ?? ''))) return;
    const [mean, variance] = [node.inputs[3]!, node.inputs[4]!];
    const outs = [node.outputs[0]!, b.fresh(`${mean}:next`), b.fresh(`${variance}:next`)];
    const trained: NodeDef = { ...node, outputs: outs, attributes: { ...node.attributes, training_mode: { type: 'int', value: 1 } } };
    b.nodes[k] = trained;
    const [m0, v0] = parametersToInputs(b, [mean, variance]);
    carried.push({ kind: 'bn-mean', of: mean, input: mean, output: outs[1]!, initial: m0! }, { kind: 'bn-var', of: variance, input: variance, output: outs[2]!, initial: v0! });
  });

  const initial = parametersToInputs(b, trainable);
  const labels = b.input('labels', 'int64', [batchDim(model, input)]);
  const lr = b.input('lr', 'float32', []);
  const step = options.optimizer.kind === 'adam' ? b.input('step', 'float32', []) : undefined;

  // Mean cross-entropy: the per-example gradient divided by the batch size.
  const loss = emitLoss(b, 'cross-entropy', logits, labels, classes);
  const n = b.op1('Cast', [b.op1('Shape', [logits], { start: { type: 'int', value: 0 }, end: { type: 'int', value: 1 } })], { to: { type: 'int', value: 1 } });
  const seed = b.op1('Div', [loss.dLogits, n]);
  const meanLoss = b.op1('Div', [b.op1('ReduceSum', [loss.perExample, b.int64s([0])], { keepdims: { type: 'int', value: 0 } }), b.op1('Squeeze', [n, b.int64s([0])])]);
  const grads = differentiate(b, { seeds: new Map([[logits, seed]]), wrt: trainable });

  trainable.forEach((p, i) => {
    const init = initial[i]!;
    const pending: { kind: StateKind; input: string }[] = [];
    const update = emitUpdate(b, options.optimizer, p, grads.get(p)!, { lr, ...(step ? { step } : {}) }, (kind) => {
      const name = b.addInput({ name: b.unusedName(`${kind}:${p}`), dataType: 'float32', shape: init.dims });
      pending.push({ kind, input: name });
      return name;
    });
    carried.push({ kind: 'parameter', of: p, input: p, output: outputAs(b, update.parameter, `updated:${p}`), initial: init });
    for (const s of update.state) {
      carried.push({ kind: s.kind, of: p, input: s.input, output: outputAs(b, s.output, `updated:${s.input}`), initial: zeros(s.input, init) });
    }
  });
  for (const c of carried) if (c.kind === 'bn-mean' || c.kind === 'bn-var') b.output(c.output);
  exposeAs(b, meanLoss, 'loss');
  exposeAs(b, logits, 'logits');
  return {
    model: b.build(),
    carried,
    inputs: { input, labels: 'labels', lr: 'lr', ...(step ? { step: 'step' as const } : {}) },
    outputs: { loss: 'loss', logits: 'logits' },
  };
}

/** The forward model with trained values in place of its initializers. */
export function withParameters(model: ModelDef, values: ReadonlyMap<string, TensorData>): ModelDef {
  const initializers = model.graph.initializers.map((t) => {
    const v = values.get(t.name);
    return v ? { ...v, name: t.name } : t;
  });
  return { ...model, graph: { ...model.graph, initializers } };
}
