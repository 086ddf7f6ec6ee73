// FAB-T as it was before its projections sorted with sorted-indices.ts: the run (fab-run.ts,
// unchanged but for the projections it calls) and the component (fab-t.ts), for the reference
// ensemble that the new one must equal.
import type { PluginContext } from '@transferlab/sdk';
import { checkCancelled, toAttack, type AttackRun } from '../../src/attack-run';
import type { FabRunInput, FabRunOptions } from '../../src/fab/fab-run';
import type { FabSettings } from '../../src/fab/fab-t';
import { gaussian } from '../../src/random';
import { gatherRows, pick, predictions } from '../../src/rows';
import type { Norm } from '../../src/steps';
import { rankedTargets } from '../../src/targets';
import { referenceProjectL2, referenceProjectLinf } from './projections';

const PROJECT = { Linf: referenceProjectLinf, L2: referenceProjectL2 } as const;

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
export async function referenceFabRun(input: FabRunInput, o: FabRunOptions, random: () => number, ctx: PluginContext): Promise<{ adv: Float32Array; norm: Float64Array }> {
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

/** The previous fabTComponent (fab-t.ts) on referenceFabRun. */
export async function referenceFabTComponent(run: AttackRun, s: FabSettings, name = 'fab-t'): Promise<void> {
  const ranked = rankedTargets(run);
  const size = run.outcome.size;
  for (let k = 0; k < Math.min(s.targetClasses, run.classes - 1); k++) {
    for (let r = 0; r < s.restarts; r++) {
      checkCancelled(run.ctx);
      const rows = toAttack(run);
      if (rows.length === 0) return;
      const res = await referenceFabRun(
        {
          model: run.model,
          orig: gatherRows(run.batch.images.data, rows, size),
          dims: [rows.length, ...run.batch.images.dims.slice(1)],
          labels: pick(run.batch.labels, rows),
          targets: Int32Array.from(rows, (i) => ranked[i]?.[k] ?? 0),
        },
        { ...s, randomStart: r > 0 },
        run.random,
        run.ctx,
      );
      rows.forEach((i, j) => {
        if ((res.norm[j] ?? Infinity) <= s.eps) run.outcome.fool(i, res.adv.subarray(j * size, (j + 1) * size), res.norm[j] ?? 0, name);
      });
    }
  }
}
