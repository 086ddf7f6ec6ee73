import type { AttackInput, AttackResult, ImageBatch, ModelRef, PluginContext, Tensor } from '@transferlab/sdk';
import { BatchOutcome } from './batch-outcome';
import { seededRandom } from './random';
import { crossEntropy, predictions } from './rows';

/**
 * The state that an attack, or each component of an ensemble in turn, works on: the batch, its
 * clean logits, one seeded random stream and the outcome so far.
 */
export interface AttackRun {
  readonly model: ModelRef;
  readonly batch: ImageBatch;
  /** Logits [N, C] at the clean images. */
  readonly clean: Tensor;
  readonly classes: number;
  /** Whether each example is classified correctly at its clean image (only those are attacked). */
  readonly correct: readonly boolean[];
  readonly outcome: BatchOutcome;
  readonly random: () => number;
  readonly ctx: PluginContext;
}

export async function startRun(input: AttackInput, seed: number, ctx: PluginContext): Promise<AttackRun> {
  const clean = await ctx.engine.logits(input.model, input.batch.images);
  const pred = predictions(clean);
  const n = input.batch.labels.length;
  return {
    model: input.model,
    batch: input.batch,
    clean,
    classes: n > 0 ? clean.data.length / n : 0,
    correct: Array.from(input.batch.labels, (y, i) => pred[i] === y),
    outcome: new BatchOutcome(input.batch, crossEntropy(clean, input.batch.labels)),
    random: seededRandom(seed),
    ctx,
  };
}

/** Examples still to attack: correct at the clean point and not fooled yet. */
export function toAttack(run: AttackRun): number[] {
  return run.outcome.pending().filter((i) => run.correct[i]);
}

export function checkCancelled(ctx: PluginContext): void {
  if (ctx.signal.aborted) throw new Error('attack cancelled');
}

/**
 * The result, checked with one more forward pass: the loss is the cross-entropy at the returned
 * images, and an example counts as fooled only if its returned image is misclassified (a point
 * on the decision boundary can flip between batch compositions).
 */
export async function finishRun(run: AttackRun): Promise<AttackResult> {
  const { outcome, batch } = run;
  const logits = await run.ctx.engine.logits(run.model, { data: outcome.images, dims: batch.images.dims });
  const pred = predictions(logits);
  const fooledBy = outcome.fooledBy.map((by, i) => (by !== null && pred[i] !== batch.labels[i] ? by : null));
  return { images: { data: outcome.images, dims: [...batch.images.dims] }, loss: crossEntropy(logits, batch.labels), fooledBy };
}
