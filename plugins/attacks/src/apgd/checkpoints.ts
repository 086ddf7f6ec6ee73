/**
 * APGD's checkpoints: the first after max(0.22 steps, 1) steps, then periods shrinking by
 * 0.03 steps to at least 0.06 steps (p_{j+1} = p_j + max(p_j - p_{j-1} - 0.03, 0.06)), in the
 * reference's integer arithmetic. Per example it counts the steps that raised the loss.
 */
export class Checkpoints {
  private period: number;
  private sinceLast = 0;
  private readonly shrink: number;
  private readonly minPeriod: number;
  private readonly increases: Int32Array;
  /** 1 where the step was halved at the last checkpoint (the reference starts with ones). */
  private readonly reducedLast: Uint8Array;
  private bestAtLast: Float64Array;

  constructor(steps: number, n: number, private readonly rho: number) {
    this.period = Math.max(Math.floor(0.22 * steps), 1);
    this.shrink = Math.max(Math.floor(0.03 * steps), 1);
    this.minPeriod = Math.max(Math.floor(0.06 * steps), 1);
    this.increases = new Int32Array(n);
    this.reducedLast = new Uint8Array(n).fill(1);
    this.bestAtLast = new Float64Array(n);
  }

  /** Start counting from here (after the evaluation of the starting point). */
  reset(bestLoss: Float64Array): void {
    this.increases.fill(0);
    this.bestAtLast = bestLoss.slice();
  }

  record(e: number, increased: boolean): void {
    if (increased) this.increases[e] = (this.increases[e] ?? 0) + 1;
  }

  /**
   * After a step: at a checkpoint, the examples (of those given) whose step is to be halved;
   * otherwise none.
   */
  step(examples: readonly number[], bestLoss: Float64Array): number[] {
    if (++this.sinceLast < this.period) return [];
    const reduce = examples.filter((e) => {
      const oscillating = (this.increases[e] ?? 0) <= this.period * this.rho;
      const stalled = !this.reducedLast[e] && (this.bestAtLast[e] ?? 0) >= (bestLoss[e] ?? 0);
      return oscillating || stalled;
    });
    this.reducedLast.fill(0);
    for (const e of reduce) this.reducedLast[e] = 1;
    this.bestAtLast = bestLoss.slice();
    this.increases.fill(0);
    this.period = Math.max(this.period - this.shrink, this.minPeriod);
    this.sinceLast = 0;
    return reduce;
  }
}
