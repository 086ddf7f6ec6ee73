import type { LossKind } from '@transferlab/sdk';
import type { GraphBuilder } from '../onnx/builder';
import type { Attribute } from '../onnx/ir';

// The loss kinds and their signs are the sdk's (one definition); re-exported for the engine's callers.
export { LOSS_KINDS, type LossKind } from '@transferlab/sdk';

export interface LossTensors {
  /** Per-example loss [N]. */
  readonly perExample: string;
  /** d(sum of per-example losses) / d logits, [N, C]. */
  readonly dLogits: string;
}

const axis = (value: number): Attribute => ({ type: 'int', value });
const keep0 = { keepdims: axis(0) };

export function oneHot(b: GraphBuilder, labels: string, classes: number): string {
  return b.op1('OneHot', [labels, b.int64s([classes]), b.constant([0, 1], [2])], { axis: axis(-1) });
}

function rowSum(b: GraphBuilder, x: string): string {
  return b.op1('ReduceSum', [x, b.int64s([1])], keep0);
}

/** max_{j != y} z_j and its one-hot position. */
function bestOther(b: GraphBuilder, logits: string, hotY: string, classes: number): { value: string; hot: string } {
  const masked = b.op1('Sub', [logits, b.op1('Mul', [hotY, b.scalar(1e9)])]);
  // ArgMax + GatherElements rather than ReduceMax, whose axes moved to an input at opset 18.
  const arg = b.op1('ArgMax', [masked], { axis: axis(1), keepdims: axis(1) });
  const value = b.op1('Squeeze', [b.op1('GatherElements', [logits, arg], { axis: axis(1) }), b.int64s([1])]);
  return { value, hot: oneHot(b, b.op1('Squeeze', [arg, b.int64s([1])]), classes) };
}

/**
 * Classification losses on logits [N, C] with int64 labels [N], with the sdk's signs (see its
 * LossKind): cross-entropy to the label, the Carlini-Wagner margin max_{j != y} z_j - z_y and
 * DLR = -(z_y - max_{j != y} z_j) / (z_pi1 - z_pi3) (Croce & Hein 2020; needs C >= 3), which
 * attacks ascend; targeted-cross-entropy is the cross-entropy to the fed labels (the target
 * classes), which a targeted attack descends. targeted-dlr = -(z_y - z_t) / (z_pi1 - (z_pi3 + z_pi4) / 2)
 * (APGD-T; needs C >= 4) and logit-difference = z_t - z_y (FAB-T's boundary function) take the
 * target classes as a second feed, `targets`, and are ascended; logit = z_y is the label's logit
 * (what integrated gradients attribute). Each gives the per-example loss [N] and, in
 * closed form, the gradient of the summed loss with respect to the logits [N, C].
 */
export function emitLoss(b: GraphBuilder, kind: LossKind, logits: string, labels: string, classes: number, targets?: string): LossTensors {
  const hotY = oneHot(b, labels, classes);
  const hotTarget = (): string => {
    if (!targets) throw new Error(`${kind} loss needs a targets input`);
    return oneHot(b, targets, classes);
  };
  switch (kind) {
    case 'cross-entropy':
    case 'targeted-cross-entropy': {
      const logp = b.op1('LogSoftmax', [logits], { axis: axis(1) });
      const picked = rowSum(b, b.op1('Mul', [logp, hotY]));
      const softmax = b.op1('Exp', [logp]);
      // The same graph for both: for targeted-cross-entropy the labels fed are the targets.
      return { perExample: b.op1('Neg', [picked]), dLogits: b.op1('Sub', [softmax, hotY]) };
    }
    case 'cw-margin': {
      const other = bestOther(b, logits, hotY, classes);
      const zy = rowSum(b, b.op1('Mul', [logits, hotY]));
      return { perExample: b.op1('Sub', [other.value, zy]), dLogits: b.op1('Sub', [other.hot, hotY]) };
    }
    case 'dlr': {
      if (classes < 3) throw new Error('DLR loss needs at least 3 classes');
      const other = bestOther(b, logits, hotY, classes);
      const zy = rowSum(b, b.op1('Mul', [logits, hotY]));
      const [top, topIdx] = b.op('TopK', [logits, b.int64s([3])], { axis: axis(1) }, { outputs: 2 }) as [string, string];
      const col = (t: string, k: number) => b.op1('Gather', [t, b.constant([k], [], 'int64')], { axis: axis(1) });
      const den = b.op1('Add', [b.op1('Sub', [col(top, 0), col(top, 2)]), b.scalar(1e-12)]);
      const d = b.op1('Sub', [zy, other.value]);
      const perExample = b.op1('Neg', [b.op1('Div', [d, den])]);
      const unsq = (t: string) => b.op1('Unsqueeze', [t, b.int64s([1])]);
      // dL/dz = -(e_y - e_j*) / den + d / den^2 * (e_pi1 - e_pi3)
      const first = b.op1('Div', [b.op1('Sub', [other.hot, hotY]), unsq(den)]);
      const hotTop = b.op1('Sub', [oneHot(b, col(topIdx, 0), classes), oneHot(b, col(topIdx, 2), classes)]);
      const second = b.op1('Mul', [hotTop, unsq(b.op1('Div', [d, b.op1('Mul', [den, den])]))]);
      return { perExample, dLogits: b.op1('Add', [first, second]) };
    }
    case 'targeted-dlr': {
      if (classes < 4) throw new Error('targeted DLR loss needs at least 4 classes');
      const hotT = hotTarget();
      const zt = rowSum(b, b.op1('Mul', [logits, hotT]));
      const zy = rowSum(b, b.op1('Mul', [logits, hotY]));
      const [top, topIdx] = b.op('TopK', [logits, b.int64s([4])], { axis: axis(1) }, { outputs: 2 }) as [string, string];
      const col = (t: string, k: number) => b.op1('Gather', [t, b.constant([k], [], 'int64')], { axis: axis(1) });
      const half = (t: string) => b.op1('Mul', [t, b.scalar(0.5)]);
      const den = b.op1('Add', [b.op1('Sub', [col(top, 0), half(b.op1('Add', [col(top, 2), col(top, 3)]))]), b.scalar(1e-12)]);
      const d = b.op1('Sub', [zy, zt]);
      const perExample = b.op1('Neg', [b.op1('Div', [d, den])]);
      const unsq = (t: string) => b.op1('Unsqueeze', [t, b.int64s([1])]);
      // dL/dz = -(e_y - e_t) / den + d / den^2 * (e_pi1 - (e_pi3 + e_pi4) / 2)
      const first = b.op1('Div', [b.op1('Sub', [hotT, hotY]), unsq(den)]);
      const lower = half(b.op1('Add', [oneHot(b, col(topIdx, 2), classes), oneHot(b, col(topIdx, 3), classes)]));
      const hotTop = b.op1('Sub', [oneHot(b, col(topIdx, 0), classes), lower]);
      const second = b.op1('Mul', [hotTop, unsq(b.op1('Div', [d, b.op1('Mul', [den, den])]))]);
      return { perExample, dLogits: b.op1('Add', [first, second]) };
    }
    case 'logit':
      return { perExample: rowSum(b, b.op1('Mul', [logits, hotY])), dLogits: hotY };
    case 'logit-difference': {
      const hotT = hotTarget();
      const diff = b.op1('Sub', [hotT, hotY]);
      return { perExample: rowSum(b, b.op1('Mul', [logits, diff])), dLogits: diff };
    }
  }
}

/** Loss kinds whose graphs take a second int64 feed, `targets` [N], besides the labels. */
export function lossNeedsTargets(kind: LossKind): boolean {
  return kind === 'targeted-dlr' || kind === 'logit-difference';
}
