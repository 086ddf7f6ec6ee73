import type { AttackInput, AttackResult, LossKind, PluginContext } from '@transferlab/sdk';
import { seededRandom } from './random';
import { STEPS, type Norm } from './steps';

export interface GradientAttackOptions {
  readonly norm: Norm;
  readonly eps: number;
  readonly stepSize: number;
  readonly steps: number;
  readonly randomStart: boolean;
  readonly restarts: number;
  readonly loss: LossKind;
  readonly seed: number;
}

/**
 * Projected gradient ascent on the loss (descent for targeted losses), the core of FGSM and PGD.
 * With restarts, each example keeps the perturbation that reached its worst loss.
 */
export async function gradientAttack(input: AttackInput, o: GradientAttackOptions, ctx: PluginContext): Promise<AttackResult> {
  const { images, labels } = input.batch;
  const n = images.dims[0] ?? 0;
  const size = n > 0 ? images.data.length / n : 0;
  const targeted = o.loss === 'targeted-cross-entropy';
  if (targeted && !input.targets) throw new Error('targeted-cross-entropy needs target classes (input.targets)');
  const sign = targeted ? -1 : 1;
  const options = input.targets ? { loss: o.loss, targets: input.targets } : { loss: o.loss };
  const random = seededRandom(o.seed);

  const best = images.data.slice();
  const bestLoss = new Float32Array(n).fill(-Infinity);
  for (let restart = 0; restart < Math.max(1, o.restarts); restart++) {
    if (ctx.signal.aborted) throw new Error('attack cancelled');
    const stepper = new STEPS[o.norm](images.data, size, o.eps, o.stepSize, random);
    const x = images.data.slice();
    if (o.randomStart) stepper.randomPerturb(x);
    for (let s = 0; s < o.steps; s++) {
      const { gradient } = await ctx.engine.inputGradient(input.model, { data: x, dims: images.dims }, labels, options);
      const g = sign === 1 ? gradient.data : gradient.data.map((v) => -v);
      stepper.step(x, g);
      stepper.project(x);
    }
    const { loss } = await ctx.engine.inputGradient(input.model, { data: x, dims: images.dims }, labels, options);
    for (let i = 0; i < n; i++) {
      const score = sign * (loss[i] ?? 0);
      if (score > (bestLoss[i] ?? -Infinity)) {
        bestLoss[i] = score;
        best.set(x.subarray(i * size, (i + 1) * size), i * size);
      }
    }
  }
  return { images: { data: best, dims: images.dims }, loss: bestLoss.map((v) => sign * v) };
}
