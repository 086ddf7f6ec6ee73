import type { FineTuneDepth } from '@transferlab/sdk';

/** Ranks 1..n of the values, ties given their average rank (Spearman's convention). */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = r;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's of the tie-averaged ranks; null when either side is constant. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  if (a.length !== b.length) throw new Error(`spearman: lengths differ (${a.length} and ${b.length})`);
  const n = a.length;
  if (n < 2) return null;
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (n + 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const [x, y] = [ra[i]! - mean, rb[i]! - mean];
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  return saa > 0 && sbb > 0 ? Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb))) : null;
}

/** A step of the cascade: how deep the model is re-drawn (EngineApi.randomized's depth). */
export type CascadeDepth = FineTuneDepth;

/**
 * The cascade from the output down (Adebayo et al. 2018): the final layer (0), then the last block
 * too (1), the last two (2), ... up to every block but the first, then every layer ('all'). A model
 * with no blocks has only its final layer.
 */
export function cascadeDepths(blocks: number): CascadeDepth[] {
  if (blocks === 0) return [0];
  return [...Array.from({ length: blocks }, (_, k) => k), 'all'];
}

export function depthLabel(depth: CascadeDepth): string {
  if (depth === 'all') return 'all layers';
  if (depth === 0) return 'final layer';
  return `final layer + last ${depth} block${depth === 1 ? '' : 's'}`;
}

/** The mean rank correlation above which a method fails the test. */
export const SANITY_THRESHOLD = 0.5;

/**
 * The step whose correlation decides: the final layer and the last block re-drawn (depth 1), or
 * the deepest step a model without blocks has.
 */
export function decidingStep(depths: readonly CascadeDepth[]): number {
  const at = depths.indexOf(1);
  return at >= 0 ? at : depths.length - 1;
}

/**
 * A method fails the randomisation test when its absolute maps stay similar after the top of the
 * model is re-drawn: mean Spearman correlation with the original maps above SANITY_THRESHOLD at
 * the deciding step. Null when no image gave a correlation.
 */
export function sanityVerdict(meanAtDecidingStep: number | null): 'pass' | 'fail' | null {
  if (meanAtDecidingStep === null) return null;
  return meanAtDecidingStep > SANITY_THRESHOLD ? 'fail' : 'pass';
}

/** What a trial keeps of the test: the steps, and per method, per step, per image the correlation. */
export interface RandomisationDetails {
  readonly depths: readonly CascadeDepth[];
  /** Test indices of the images re-mapped (the first of the subset). */
  readonly indices: readonly number[];
  readonly seed: number;
  readonly rho: Readonly<Record<string, readonly (readonly (number | null)[])[]>>;
}

/**
 * The cascading test: per step, `randomized(depth)` maps the same images on a copy of the model
 * re-drawn to that depth ([N, H, W] maps per method, released after the step), and each method's
 * maps are compared with its `original` ones, image by image, by the rank correlation of their
 * absolute values. Returns per method, per step, per image the correlation.
 */
export async function cascade(
  depths: readonly CascadeDepth[],
  original: Readonly<Record<string, Float32Array>>,
  pixels: number,
  randomized: (depth: CascadeDepth) => Promise<{ maps: Readonly<Record<string, Float32Array>>; release: () => Promise<void> }>,
): Promise<Record<string, (number | null)[][]>> {
  const out: Record<string, (number | null)[][]> = Object.fromEntries(Object.keys(original).map((m) => [m, []]));
  for (const depth of depths) {
    const { maps, release } = await randomized(depth);
    try {
      for (const [method, before] of Object.entries(original)) {
        const after = maps[method];
        if (!after || after.length !== before.length)
          throw new Error(`saliency: the randomised model gave no maps of ${before.length / pixels} images for '${method}'`);
        const n = before.length / Math.max(1, pixels);
        out[method]!.push(
          Array.from({ length: n }, (_, j) =>
            spearman(
              before.subarray(j * pixels, (j + 1) * pixels).map(Math.abs),
              after.subarray(j * pixels, (j + 1) * pixels).map(Math.abs),
            ),
          ),
        );
      }
    } finally {
      await release();
    }
  }
  return out;
}
