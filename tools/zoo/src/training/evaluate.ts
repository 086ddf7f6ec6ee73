import { stratifiedSample } from '@transferlab/plugins-datasets';
import type { PluginContext, Tensor } from '@transferlab/sdk';
import type { LoadedSplit } from './data';
import type { Norm } from './recipes';

export interface RobustEvaluation {
  readonly cleanAccuracy: number;
  /** Robust accuracy under PGD by key `robust:<norm>:<eps label>`, over a stratified sample of `robustCount` test images. */
  readonly robust: Readonly<Record<string, number>>;
  readonly robustCount: number;
  /** Clean accuracy on that sample (robust accuracy never exceeds it). */
  readonly cleanOnRobustSample: number;
  /** AutoAttack-style sanity checks run before trusting the numbers. */
  readonly checks: { readonly deterministic: boolean; readonly zeroGradientFraction: number };
}

export function epsLabel(norm: Norm, eps: number): string {
  const k = eps * 255;
  return norm === 'Linf' && Math.abs(k - Math.round(k)) < 1e-9 ? `${Math.round(k)}/255` : String(Number(eps.toPrecision(6)));
}

export const robustKey = (norm: Norm, eps: number): string => `robust:${norm}:${epsLabel(norm, eps)}`;

function argmaxCorrect(logits: Tensor, labels: Int32Array): boolean[] {
  const [n = 0, c = 1] = logits.dims;
  return Array.from({ length: n }, (_, i) => {
    let best = 0;
    for (let k = 1; k < c; k++) if (logits.data[i * c + k]! > logits.data[i * c + best]!) best = k;
    return best === labels[i];
  });
}

function slice(s: LoadedSplit, idx: readonly number[]): { images: Tensor; labels: Int32Array } {
  const size = s.shape[0] * s.shape[1] * s.shape[2];
  const data = new Float32Array(idx.length * size);
  idx.forEach((k, i) => data.set(s.images.subarray(k * size, (k + 1) * size), i * size));
  return { images: { data, dims: [idx.length, ...s.shape] }, labels: Int32Array.from(idx, (k) => s.labels[k]!) };
}

function norms(a: Float32Array, b: Float32Array, size: number): { l2: number; linf: number }[] {
  const out: { l2: number; linf: number }[] = [];
  for (let i = 0; i < a.length / size; i++) {
    let l2 = 0;
    let linf = 0;
    for (let k = i * size; k < (i + 1) * size; k++) {
      const d = Math.abs(a[k]! - b[k]!);
      l2 += d * d;
      linf = Math.max(linf, d);
    }
    out.push({ l2: Math.sqrt(l2), linf });
  }
  return out;
}

/**
 * Clean accuracy on the whole split and PGD robust accuracy on a seeded, class-stratified
 * sample of `robustCount` images at each eps, attacking only the points still classified correctly (as AutoAttack
 * does). Before the attacks: the forward pass must be deterministic and the gradients not
 * all zero (gradient masking); after each: the images must lie in [0,1] and in the eps ball.
 */
export async function evaluateRobustness(ctx: PluginContext, model: { readonly id: string }, test: LoadedSplit,
  o: { readonly grid: Readonly<Record<Norm, readonly number[]>>; readonly pgdSteps: number; readonly robustCount: number; readonly batchSize?: number; readonly seed?: number },
  onProgress?: (done: number, total: number) => void): Promise<RobustEvaluation> {
  const bs = o.batchSize ?? 200;
  const size = test.shape[0] * test.shape[1] * test.shape[2];
  const correct: boolean[] = [];
  for (let s = 0; s < test.count; s += bs) {
    const b = slice(test, Array.from({ length: Math.min(bs, test.count - s) }, (_, i) => s + i));
    correct.push(...argmaxCorrect(await ctx.engine.logits(model, b.images), b.labels));
  }
  const cleanAccuracy = correct.filter(Boolean).length / test.count;

  const probe = slice(test, Array.from({ length: Math.min(bs, test.count) }, (_, i) => i));
  const [l1, l2] = [await ctx.engine.logits(model, probe.images), await ctx.engine.logits(model, probe.images)];
  // Equal up to float noise (GPU kernels may sum in a different order); a stochastic layer (dropout) fails by far.
  const deterministic = l1.data.every((v, i) => Math.abs(v - l2.data[i]!) <= 1e-5 * Math.max(1, Math.abs(v)));
  if (!deterministic) throw new Error('evaluation: the forward pass is not deterministic; robust accuracy would be unreliable');
  const g = await ctx.engine.inputGradient(model, probe.images, probe.labels, { loss: 'cross-entropy' });
  let zero = 0;
  for (let i = 0; i < probe.labels.length; i++) if (g.gradient.data.subarray(i * size, (i + 1) * size).every((v) => v === 0)) zero++;
  const zeroGradientFraction = zero / probe.labels.length;
  if (zeroGradientFraction > 0) ctx.log.warn(`evaluation: ${zero} of ${probe.labels.length} examples have an all-zero input gradient (gradient masking?)`);

  const count = Math.min(o.robustCount, test.count);
  const sample = count < test.count ? [...stratifiedSample(test.labels, count, o.seed ?? 0)] : Array.from({ length: count }, (_, i) => i);
  const targets = sample.filter((i) => correct[i]);
  const pgd = ctx.data.attack('pgd');
  const robust: Record<string, number> = {};
  const settings = (Object.keys(o.grid) as Norm[]).flatMap((norm) => o.grid[norm].map((eps) => ({ norm, eps })));
  let done = 0;
  for (const { norm, eps } of settings) {
    let survived = 0;
    for (let s = 0; s < targets.length; s += bs) {
      const b = slice(test, targets.slice(s, s + bs));
      const params = pgd.params.parse({ norm, eps, steps: o.pgdSteps, randomStart: true, seed: o.seed ?? 0 });
      const adv = await pgd.perturb({ model, batch: b }, params, ctx);
      if (adv.images.data.some((v) => !(v >= 0 && v <= 1))) throw new Error(`evaluation: PGD ${norm} ${eps} left the [0,1] box`);
      const over = norms(adv.images.data, b.images.data, size).find((d) => (norm === 'L2' ? d.l2 > eps * (1 + 1e-4) + 1e-6 : d.linf > eps + 1e-6));
      if (over) throw new Error(`evaluation: PGD ${norm} ${eps} left its eps ball (L2 ${over.l2}, Linf ${over.linf})`);
      survived += argmaxCorrect(await ctx.engine.logits(model, adv.images), b.labels).filter(Boolean).length;
      done += b.labels.length;
      onProgress?.(done, targets.length * settings.length);
    }
    robust[robustKey(norm, eps)] = count > 0 ? survived / count : 0;
  }
  return { cleanAccuracy, robust, robustCount: count, cleanOnRobustSample: count > 0 ? targets.length / count : 0, checks: { deterministic, zeroGradientFraction } };
}
