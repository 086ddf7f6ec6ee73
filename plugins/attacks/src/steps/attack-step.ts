/**
 * One attack step in a norm ball around the original images, in the shape of the robustness
 * library's AttackerStep: `project` back into the ball (and the [0,1] box), `step` along the
 * gradient, `randomPerturb` to start inside the ball. Arrays are flat NCHW; `size` is C*H*W.
 */
export abstract class AttackStep {
  constructor(
    protected readonly orig: Float32Array,
    protected readonly size: number,
    readonly eps: number,
    readonly stepSize: number,
    protected readonly random: () => number,
  ) {}

  /** Project x in place into the eps ball around orig, then into [0,1]. */
  abstract project(x: Float32Array): void;
  /**
   * Move x in place by stepSize in the steepest-ascent direction of the norm, given the
   * gradient; `sizes`, when given, are per-example step sizes instead (APGD adapts each).
   */
  abstract step(x: Float32Array, grad: Float32Array, sizes?: ArrayLike<number>): void;
  /** Set x in place to a random point of the eps ball around orig. */
  abstract randomPerturb(x: Float32Array): void;

  protected clipToBox(x: Float32Array): void {
    for (let i = 0; i < x.length; i++) x[i] = Math.min(1, Math.max(0, x[i] ?? 0));
  }

  protected examples(): number {
    return this.orig.length / this.size;
  }
}
