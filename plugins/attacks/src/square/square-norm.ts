/** One norm of the Square Attack: the starting point and the random proposals, per example (flat C x H x W). */
export interface SquareNorm {
  init(orig: Float32Array, dims: readonly number[], eps: number, random: () => number): Float32Array;
  /** A candidate from the best point so far, changing a square of side sqrt(p * H * W). */
  propose(orig: Float32Array, best: Float32Array, dims: readonly number[], eps: number, p: number, random: () => number): Float32Array;
}
