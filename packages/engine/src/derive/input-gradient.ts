import { differentiate } from '../grad/differentiate';
import { GraphBuilder } from '../onnx/builder';
import type { ModelDef } from '../onnx/ir';
import { emitLoss, lossNeedsTargets, type LossKind } from './losses';
import { batchDim, classCount, exposeAs, mainInput, mainOutput } from './model-parts';

export interface InputGradientOptions {
  readonly loss: LossKind;
  readonly input?: string;
  readonly logits?: string;
}

export interface InputGradientGraph {
  readonly model: ModelDef;
  /** Feeds: the image input (its own name) and `labels` (int64 [N]; the target class for targeted losses). */
  readonly inputs: { readonly input: string; readonly labels: 'labels'; readonly targets?: 'targets' };
  /**
   * `loss` [N] per example, `grad` = d(sum of losses)/d input, `logits`: output names, these
   * unless the model already has tensors so named.
   */
  readonly outputs: { readonly loss: string; readonly grad: string; readonly logits: string };
}

/**
 * Loss and its gradient with respect to the input, batched. Examples are independent in an
 * inference-mode graph, so the gradient of the summed loss holds each example's own gradient.
 */
export function deriveInputGradient(model: ModelDef, options: InputGradientOptions): InputGradientGraph {
  const b = GraphBuilder.from(model, { opsetVersion: Math.max(17, model.opsetVersion) });
  const input = mainInput(model, options.input);
  const logits = mainOutput(model, options.logits);
  const classes = classCount(b, logits);
  b.outputs.length = 0;
  const labels = b.input('labels', 'int64', [batchDim(model, input)]);
  const targets = lossNeedsTargets(options.loss) ? b.input('targets', 'int64', [batchDim(model, input)]) : undefined;
  const loss = emitLoss(b, options.loss, logits, labels, classes, targets);
  const grads = differentiate(b, { seeds: new Map([[logits, loss.dLogits]]), wrt: [input] });
  const outputs = { loss: exposeAs(b, loss.perExample, 'loss'), grad: exposeAs(b, grads.get(input)!, 'grad'), logits: exposeAs(b, logits, 'logits') };
  return { model: b.build(), inputs: { input, labels: 'labels', ...(targets ? { targets: 'targets' as const } : {}) }, outputs };
}
