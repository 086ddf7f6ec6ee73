import { differentiate } from '../grad/differentiate';
import { GraphBuilder } from '../onnx/builder';
import type { ModelDef, TensorData } from '../onnx/ir';
import { emitLoss, lossNeedsTargets, type LossKind } from './losses';
import { batchDim, classCount, exposeAs, mainInput, mainOutput } from './model-parts';

export interface ParameterGradientOptions {
  readonly loss: LossKind;
  /** Initializer names (or names of graph inputs that carry parameters, which stay inputs). */
  readonly params: readonly string[];
  /** 'sum' (default) or 'mean' over the batch. */
  readonly reduction?: 'sum' | 'mean';
  readonly input?: string;
  readonly logits?: string;
}

export interface ParameterGradientGraph {
  readonly model: ModelDef;
  /** The parameters that were initializers became graph inputs (same names); their values, to feed. */
  readonly parameters: readonly TensorData[];
  /** Output name of each parameter's gradient (`grad:<name>`). */
  readonly gradients: ReadonlyMap<string, string>;
  readonly inputs: { readonly input: string; readonly labels: 'labels'; readonly targets?: 'targets' };
  readonly outputs: { readonly loss: 'loss'; readonly logits: 'logits' };
}

/** Turns initializers into graph inputs of the same name; returns their values. */
export function parametersToInputs(b: GraphBuilder, names: readonly string[]): TensorData[] {
  return names.map((name) => {
    const t = b.removeInitializer(name);
    b.addInput({ name, dataType: t.dataType, shape: t.dims });
    return t;
  });
}

/** The reduced loss (scalar) and d loss / d parameter for the chosen parameters. */
export function deriveParameterGradients(model: ModelDef, options: ParameterGradientOptions): ParameterGradientGraph {
  const b = GraphBuilder.from(model, { opsetVersion: Math.max(17, model.opsetVersion) });
  const input = mainInput(model, options.input);
  const logits = mainOutput(model, options.logits);
  const classes = classCount(b, logits);
  b.outputs.length = 0;
  const parameters = parametersToInputs(b, options.params.filter((p) => !b.inputs.some((i) => i.name === p)));
  const labels = b.input('labels', 'int64', [batchDim(model, input)]);
  const targets = lossNeedsTargets(options.loss) ? b.input('targets', 'int64', [batchDim(model, input)]) : undefined;
  const loss = emitLoss(b, options.loss, logits, labels, classes, targets);
  let seed = loss.dLogits;
  let total = b.op1('ReduceSum', [loss.perExample, b.int64s([0])], { keepdims: { type: 'int', value: 0 } });
  if (options.reduction === 'mean') {
    const n = b.op1('Cast', [b.op1('Shape', [logits], { start: { type: 'int', value: 0 }, end: { type: 'int', value: 1 } })], { to: { type: 'int', value: 1 } });
    seed = b.op1('Div', [seed, n]);
    total = b.op1('Div', [total, b.op1('Squeeze', [n, b.int64s([0])])]);
  }
  const grads = differentiate(b, { seeds: new Map([[logits, seed]]), wrt: options.params });
  const gradients = new Map<string, string>();
  for (const p of options.params) gradients.set(p, exposeAs(b, grads.get(p)!, `grad:${p}`));
  exposeAs(b, total, 'loss');
  exposeAs(b, logits, 'logits');
  return { model: b.build(), parameters, gradients, inputs: { input, labels: 'labels', ...(targets ? { targets: 'targets' as const } : {}) }, outputs: { loss: 'loss', logits: 'logits' } };
}
