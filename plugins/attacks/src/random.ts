export { seededRandom } from '@transferlab/sdk';

/** Standard normal samples by Box-Muller. */
export function gaussian(rnd: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}
