import type { ModelRef, PluginContext } from '@transferlab/sdk';
import { checkCancelled } from '../attack-run';
import { gaussian } from '../random';
import { gatherRows, pick, predictions } from '../rows';
import type { Norm } from '../steps';
import { projectL2 } from './projection-l2';
import { projectLinf } from './projection-linf';

export interface FabRunOptions {
  readonly norm: Norm;
  readonly eps: number;
  readonly steps: number;
  /** The reference's alpha_max, eta (overshoot) and beta (backward step). */
  readonly alphaMax: number;
  readonly eta: number;
  readonly beta: number;
  readonly randomStart: boolean;
}

export interface FabRunInput {
  readonly model: ModelRef;
  readonly orig: Float32Array;
  readonly dims: readonly number[];
  readonly labels: Int32Array;
  readonly targets: Int32Array;
}

const PROJECT = { Linf: projectLinf, L2: projectL2 } as const;

function distance(a: Float32Array, b: Float32Array, norm: Norm): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] ?? 0) - (b[i] ?? 0));
    s = norm === 'Linf' ? Math.max(s, d) : s + d * d;
  }
  return norm === 'Linf' ? s : Math.sqrt(s);
}

/**
 * One run of targeted FAB (Croce & Hein 2020, the reference's attack_single_run_targeted): at
 * each step, project the current point and the original onto the linearised boundary
 * z_t - z_y = 0 (within the box), move to a convex combination of the two projections (weight
 * of the original at most alphaMax, overshoot eta), and once adversarial keep the smallest
 * perturbation and step back toward the original by beta. An example is dropped once its
 * smallest adversarial perturbation is within eps. Per step: one gradient and one logits call.
 * Returns per example the smallest adversarial perturbation's point and norm (Infinity: none).
 */
export async function fabRun(input: FabRunInput, o: FabRunOptions, random: () => number, ctx: PluginContext): Promise<{ adv: Float32Array; norm: Float64Array }> {
  const n = input.labels.length;
  const size = n > 0 ? input.orig.length / n : 0;
  const rowDims = input.dims.slice(1);
  const x = input.orig.slice();
  if (o.randomStart) {
    // The reference's start: half of eps in the norm's shape (the smallest norm so far is infinite).
    const normal = gaussian(random);
    for (let e = 0; e < n; e++) {
      const t = Float64Array.from({ length: size }, () => (o.norm === 'Linf' ? 2 * random() - 1 : normal()));
      const scale = o.norm === 'Linf' ? t.reduce((m, v) => Math.max(m, Math.abs(v)), 0) : Math.sqrt(t.reduce((m, v) => m + v * v, 0));
      for (let j = 0; j < size; j++) x[e * size + j] = Math.min(1, Math.max(0, (input.orig[e * size + j] ?? 0) + (0.5 * o.eps * (t[j] ?? 0)) / (scale || 1)));
    }
  }
  const adv = input.orig.slice();
  const best = new Float64Array(n).fill(Infinity);
  let active = Array.from({ length: n }, (_, e) => e);
  for (let it = 0; it < o.steps && active.length > 0; it++) {
    checkCancelled(ctx);
    const xs = gatherRows(x, active, size);
    const g = await ctx.engine.inputGradient(input.model, { data: xs, dims: [active.length, ...rowDims] }, pick(input.labels, active), {
      loss: 'logit-difference',
      targets: pick(input.targets, active),
    });
    active.forEach((e, j) => {
      const from = e * size;
      const x1 = x.subarray(from, from + size);
      const x0 = input.orig.subarray(from, from + size);
      const w = g.gradient.data.subarray(j * size, (j + 1) * size);
      // The boundary's linearisation at x1: <w, x> = <w, x1> - (z_t - z_y).
      let b = -(g.loss[j] ?? 0);
      for (let k = 0; k < size; k++) b += (w[k] ?? 0) * (x1[k] ?? 0);
      const d1 = PROJECT[o.norm](x1, w, b);
      const d2 = PROJECT[o.norm](x0, w, b);
      const size1 = (d: Float64Array) => Math.max(o.norm === 'Linf' ? d.reduce((m, v) => Math.max(m, Math.abs(v)), 0) : Math.sqrt(d.reduce((m, v) => m + v * v, 0)), 1e-8);
      const [a1, a2] = [size1(d1), size1(d2)];
      const alpha = Math.min(Math.max(a1 / (a1 + a2), 0), o.alphaMax);
      for (let k = 0; k < size; k++) {
        const v = ((x1[k] ?? 0) + o.eta * (d1[k] ?? 0)) * (1 - alpha) + ((x0[k] ?? 0) + o.eta * (d2[k] ?? 0)) * alpha;
        x1[k] = Math.min(1, Math.max(0, v));
      }
    });
    const moved = gatherRows(x, active, size);
    const pred = predictions(await ctx.engine.logits(input.model, { data: moved, dims: [active.length, ...rowDims] }));
    active.forEach((e, j) => {
      if (pred[j] === input.labels[e]) return;
      const from = e * size;
      const x1 = x.subarray(from, from + size);
      const x0 = input.orig.subarray(from, from + size);
      const t = distance(x1, x0, o.norm);
      if (t < (best[e] ?? Infinity)) {
        best[e] = t;
        adv.set(x1, from);
      }
      for (let k = 0; k < size; k++) x1[k] = (x0[k] ?? 0) + ((x1[k] ?? 0) - (x0[k] ?? 0)) * o.beta;
    });
    active = active.filter((e) => !((best[e] ?? Infinity) <= o.eps));
  }
  return { adv, norm: best };
}
