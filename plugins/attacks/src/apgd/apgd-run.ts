import type { LossKind, ModelRef, PluginContext } from '@transferlab/sdk';
import { gaussian } from '../random';
import { gatherRows, pick, predictions, scatterRows } from '../rows';
import { STEPS, type Norm } from '../steps';
import { Checkpoints } from './checkpoints';

export interface ApgdRunOptions {
  readonly norm: Norm;
  readonly eps: number;
  readonly steps: number;
  /** Fraction of steps since the last checkpoint that must raise the loss to keep the step size. */
  readonly rho: number;
  /** Ascended: cross-entropy (APGD-CE) or targeted-dlr (APGD-T). */
  readonly loss: LossKind;
}

export interface ApgdRunInput {
  readonly model: ModelRef;
  /** Clean images of the examples attacked, flat NCHW. */
  readonly orig: Float32Array;
  /** Dims of the whole batch of `orig`, [n, C, H, W]. */
  readonly dims: readonly number[];
  readonly labels: Int32Array;
  readonly targets?: Int32Array;
}

export interface ApgdRunResult {
  /** Per example: the highest-loss point and its loss. */
  readonly best: Float32Array;
  readonly bestLoss: Float64Array;
  /** Per example: 1 once misclassified; then `adv` holds the first misclassified point and `advLoss` its loss. */
  readonly fooled: Uint8Array;
  readonly adv: Float32Array;
  readonly advLoss: Float64Array;
}

/** The reference's random start: Linf uniform scaled so its largest coordinate is eps; L2 on the eps sphere. */
function randomStart(orig: Float32Array, size: number, norm: Norm, eps: number, random: () => number): Float32Array {
  const x = new Float32Array(orig.length);
  const normal = gaussian(random);
  for (let e = 0; e < orig.length / size; e++) {
    const t = Float64Array.from({ length: size }, () => (norm === 'Linf' ? 2 * random() - 1 : normal()));
    const scale = norm === 'Linf' ? t.reduce((m, v) => Math.max(m, Math.abs(v)), 0) : Math.sqrt(t.reduce((s, v) => s + v * v, 0)) + 1e-12;
    for (let j = 0; j < size; j++) x[e * size + j] = Math.min(1, Math.max(0, (orig[e * size + j] ?? 0) + (eps * (t[j] ?? 0)) / (scale || 1)));
  }
  return x;
}

/**
 * One run of APGD (Croce & Hein 2020, Algorithm 1) on a batch, as the reference's
 * attack_single_run: step size 2 eps, momentum 0.75 after the first step, and at each
 * checkpoint the step of an example is halved and it restarts from its best point when fewer
 * than rho of the steps since the last checkpoint raised its loss, or when neither its step size
 * nor its best loss changed since then. An example is dropped once misclassified (its first
 * adversarial point is kept), so each step is one engine call for the examples still resisting.
 */
export async function apgdRun(input: ApgdRunInput, o: ApgdRunOptions, random: () => number, ctx: PluginContext): Promise<ApgdRunResult> {
  const n = input.labels.length;
  const size = n > 0 ? input.orig.length / n : 0;
  const rowDims = input.dims.slice(1);
  const x = randomStart(input.orig, size, o.norm, o.eps, random);
  const xOld = x.slice();
  const grad = new Float32Array(x.length);
  const best = x.slice();
  const gradBest = new Float32Array(x.length);
  const bestLoss = new Float64Array(n).fill(-Infinity);
  const fooled = new Uint8Array(n);
  const adv = new Float32Array(x.length);
  const advLoss = new Float64Array(n);
  const stepSize = new Float64Array(n).fill(2 * o.eps);
  const lastLoss = new Float64Array(n);
  const checkpoints = new Checkpoints(o.steps, n, o.rho);

  /** Loss, gradient and prediction at x for the rows given: one engine call. */
  const evaluate = async (rows: number[]) => {
    const images = { data: gatherRows(x, rows, size), dims: [rows.length, ...rowDims] };
    const labels = pick(input.labels, rows);
    const options = input.targets ? { loss: o.loss, targets: pick(input.targets, rows) } : { loss: o.loss };
    const r = await ctx.engine.inputGradient(input.model, images, labels, options);
    scatterRows(grad, rows, size, r.gradient.data);
    const pred = predictions(r.logits ?? (await ctx.engine.logits(input.model, images)));
    rows.forEach((e, j) => {
      const loss = r.loss[j] ?? -Infinity;
      const from = e * size;
      if (pred[j] !== labels[j]) {
        fooled[e] = 1;
        adv.set(x.subarray(from, from + size), from);
        advLoss[e] = loss;
      }
      if (loss > (bestLoss[e] ?? -Infinity)) {
        bestLoss[e] = loss;
        best.set(x.subarray(from, from + size), from);
        gradBest.set(grad.subarray(from, from + size), from);
      }
      checkpoints.record(e, loss > (lastLoss[e] ?? 0));
      lastLoss[e] = loss;
    });
  };

  let active = Array.from({ length: n }, (_, e) => e);
  await evaluate(active);
  checkpoints.reset(bestLoss);
  active = active.filter((e) => !fooled[e]);
  for (let i = 0; i < o.steps && active.length > 0; i++) {
    if (ctx.signal.aborted) throw new Error('attack cancelled');
    const stepper = new STEPS[o.norm](gatherRows(input.orig, active, size), size, o.eps, 0, random);
    const xs = gatherRows(x, active, size);
    const momentum = gatherRows(xOld, active, size);
    for (let j = 0; j < xs.length; j++) momentum[j] = (xs[j] ?? 0) - (momentum[j] ?? 0);
    scatterRows(xOld, active, size, xs);
    // z = P(x + step * direction); x' = P(x + a (z - x) + (1 - a) (x - x_old)), a = 1 at the first step.
    const z = xs.slice();
    stepper.step(z, gatherRows(grad, active, size), Float64Array.from(active, (e) => stepSize[e] ?? 0));
    stepper.project(z);
    const a = i > 0 ? 0.75 : 1;
    for (let j = 0; j < xs.length; j++) z[j] = (xs[j] ?? 0) + a * ((z[j] ?? 0) - (xs[j] ?? 0)) + (1 - a) * (momentum[j] ?? 0);
    stepper.project(z);
    scatterRows(x, active, size, z);

    await evaluate(active);
    active = active.filter((e) => !fooled[e]);
    for (const e of checkpoints.step(active, bestLoss)) {
      // Halve the step and go back to the best point (and its gradient).
      stepSize[e] = (stepSize[e] ?? 0) / 2;
      x.set(best.subarray(e * size, (e + 1) * size), e * size);
      grad.set(gradBest.subarray(e * size, (e + 1) * size), e * size);
    }
  }
  return { best, bestLoss, fooled, adv, advLoss };
}
