import { GraphBuilder } from '../onnx/builder';
import type { ModelDef } from '../onnx/ir';

/** Shapes and SGD settings shared by the T final layers of a batched group. */
export interface StackedHeadsShape {
  readonly heads: number;
  readonly features: number;
  readonly classes: number;
  readonly momentum: number;
  readonly weightDecay: number;
}

/** Graph input and output names of the stacked training step (the order of `state` is w, b, mw, mb). */
export const STACKED = {
  x: 'x', target: 'target', lr: 'lr', active: 'active',
  state: ['w', 'b', 'mw', 'mb'] as const,
  next: ['w_next', 'b_next', 'mw_next', 'mb_next'] as const,
  loss: 'loss',
  logits: 'logits',
} as const;

/**
 * One SGD step of T independent linear heads on their own batches, as one graph: x [T, B, F],
 * w [T, F, C], b [T, 1, C]. `target` [T, B, C] is each row's one-hot label divided by its
 * head's batch size (zero rows pad the shorter batches), so the summed loss is each head's
 * mean cross-entropy and its gradient is softmax * rowsum - target. The update is PyTorch's
 * SGD (weight decay added to the gradient, buf = m * buf + g, p -= lr * buf); `active` [T, 1, 1]
 * leaves a head without a batch this step exactly as it was (Where, not a multiply by 0).
 */
export function stackedHeadsStep(s: StackedHeadsShape): ModelDef {
  const b = new GraphBuilder({ name: 'stacked_heads_step' });
  const { heads: t, features: f, classes: c } = s;
  const x = b.input(STACKED.x, 'float32', [t, 'B', f]);
  const target = b.input(STACKED.target, 'float32', [t, 'B', c]);
  const lr = b.input(STACKED.lr, 'float32', [t, 1, 1]);
  const active = b.input(STACKED.active, 'bool', [t, 1, 1]);
  const [w, bias, mw, mb] = STACKED.state.map((name, i) => b.input(name, 'float32', i % 2 === 0 ? [t, f, c] : [t, 1, c]));
  const logits = b.op1('Add', [b.op1('MatMul', [x, w!]), bias!]);
  const logp = b.op1('LogSoftmax', [logits], { axis: { type: 'int', value: 2 } });
  const sum = (v: string, axes: number[], keep: number) => b.op1('ReduceSum', [v, b.int64s(axes)], { keepdims: { type: 'int', value: keep } });
  b.op1('Neg', [sum(b.op1('Mul', [target, logp]), [1, 2], 0)], {}, { outputs: [STACKED.loss] });
  const probs = b.op1('Softmax', [logits], { axis: { type: 'int', value: 2 } });
  const dLogits = b.op1('Sub', [b.op1('Mul', [probs, sum(target, [2], 1)]), target]);
  const dW = b.op1('MatMul', [b.op1('Transpose', [x], { perm: { type: 'ints', value: [0, 2, 1] } }), dLogits]);
  const dB = sum(dLogits, [1], 1);
  const update = (p: string, grad: string, buf: string, pNext: string, bufNext: string) => {
    const g = s.weightDecay !== 0 ? b.op1('Add', [grad, b.op1('Mul', [p, b.scalar(s.weightDecay)])]) : grad;
    const next = b.op1('Add', [b.op1('Mul', [buf, b.scalar(s.momentum)]), g]);
    b.op1('Where', [active, next, buf], {}, { outputs: [bufNext] });
    b.op1('Where', [active, b.op1('Sub', [p, b.op1('Mul', [next, lr])]), p], {}, { outputs: [pNext] });
  };
  update(w!, dW, mw!, STACKED.next[0], STACKED.next[2]);
  update(bias!, dB, mb!, STACKED.next[1], STACKED.next[3]);
  b.output(STACKED.loss, 'float32', [t]);
  STACKED.next.forEach((name, i) => b.output(name, 'float32', i % 2 === 0 ? [t, f, c] : [t, 1, c]));
  return b.build();
}

/** Logits of T heads on shared features: x [1, N, F] -> [T, N, C]. */
export function stackedHeadsLogits(s: Pick<StackedHeadsShape, 'heads' | 'features' | 'classes'>): ModelDef {
  const b = new GraphBuilder({ name: 'stacked_heads_logits' });
  const x = b.input(STACKED.x, 'float32', [1, 'N', s.features]);
  const w = b.input(STACKED.state[0], 'float32', [s.heads, s.features, s.classes]);
  const bias = b.input(STACKED.state[1], 'float32', [s.heads, 1, s.classes]);
  b.op1('Add', [b.op1('MatMul', [x, w]), bias], {}, { outputs: [STACKED.logits] });
  b.output(STACKED.logits, 'float32', [s.heads, 'N', s.classes]);
  return b.build();
}
