import type { AttackResult, ImageBatch } from '@transferlab/sdk';

/**
 * What an attack returns per example, kept while it runs: once an example is fooled, the first
 * adversarial point found and the name of the attack that found it (it is not attacked again);
 * until then, the best point offered so far by score (e.g. the highest loss).
 */
export class BatchOutcome {
  readonly images: Float32Array;
  readonly loss: Float32Array;
  readonly fooledBy: (string | null)[];
  readonly size: number;
  private readonly score: Float64Array;
  private readonly kind: (string | undefined)[] = [];

  constructor(readonly batch: ImageBatch, initialLoss?: Float32Array) {
    const n = batch.labels.length;
    this.images = batch.images.data.slice();
    this.size = n > 0 ? batch.images.data.length / n : 0;
    this.loss = initialLoss ? initialLoss.slice() : new Float32Array(n);
    this.fooledBy = Array.from({ length: n }, () => null);
    this.score = new Float64Array(n).fill(-Infinity);
  }

  get count(): number {
    return this.fooledBy.length;
  }

  isFooled(i: number): boolean {
    return this.fooledBy[i] !== null;
  }

  /** Examples not fooled yet among those given (default: all). */
  pending(among?: readonly number[]): number[] {
    return (among ?? Array.from({ length: this.count }, (_, i) => i)).filter((i) => !this.isFooled(i));
  }

  fool(i: number, point: Float32Array, loss: number, by: string): void {
    if (this.isFooled(i)) return;
    this.images.set(point, i * this.size);
    this.loss[i] = loss;
    this.fooledBy[i] = by;
  }

  /**
   * A candidate for a not-fooled example: kept when its score beats the best so far. Scores of
   * another kind (another loss) are not comparable: the first kind offered for an example wins,
   * so an ensemble keeps its first component's best points.
   */
  offer(i: number, point: Float32Array, loss: number, score: number, kind: string): void {
    if (this.isFooled(i) || (this.kind[i] ?? kind) !== kind || !(score > (this.score[i] ?? -Infinity))) return;
    this.kind[i] = kind;
    this.score[i] = score;
    this.images.set(point, i * this.size);
    this.loss[i] = loss;
  }

  result(): AttackResult {
    return { images: { data: this.images, dims: [...this.batch.images.dims] }, loss: this.loss, fooledBy: [...this.fooledBy] };
  }
}
