import type { EngineApi, ImageBatch, ModelRef } from '@transferlab/sdk';
import { argmaxRows } from './threat-ball';

/** A failed reliability check (AutoAttack's checks, named): stored with the trial's result. */
export interface RobustnessFlag {
  readonly name: FlagName;
  readonly message: string;
}

export const FLAG_NAMES = ['non-finite-output', 'softmax-output', 'nondeterministic-forward', 'zero-gradients', 'non-monotone-eps', 'black-box-beats-white-box'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

/** Attacks that only query outputs: when one beats the gradient attacks, the gradients likely mislead (masking). */
export const BLACK_BOX_ATTACKS: ReadonlySet<string> = new Set(['square']);

const pct = (v: number): string => `${(100 * v).toFixed(1)}%`;

/**
 * Before attacking (on a sample of the test subset): the output is finite logits rather than
 * probabilities, two forwards agree (a random or stateful forward breaks every attack's
 * bookkeeping), and the input gradient of a scale-free loss is not zero on the correctly
 * classified images (DLR: a saturated softmax cannot fake zero there, so zeros mean masked or
 * shattered gradients).
 */
export async function checksBeforeAttack(engine: EngineApi, model: ModelRef, batch: ImageBatch, zeroGradientShare: number): Promise<RobustnessFlag[]> {
  const flags: RobustnessFlag[] = [];
  const first = await engine.logits(model, batch.images);
  const second = await engine.logits(model, batch.images);
  const n = batch.labels.length;
  const c = n > 0 ? first.data.length / n : 0;

  if (first.data.some((v) => !Number.isFinite(v))) flags.push({ name: 'non-finite-output', message: 'the model returned non-finite outputs (NaN or Infinity)' });
  let rowsLikeProbabilities = 0;
  for (let i = 0; i < n; i++) {
    const row = first.data.subarray(i * c, (i + 1) * c);
    const sum = row.reduce((a, v) => a + v, 0);
    if (row.every((v) => v >= 0 && v <= 1) && Math.abs(sum - 1) < 1e-3) rowsLikeProbabilities++;
  }
  if (n > 0 && rowsLikeProbabilities === n) {
    flags.push({ name: 'softmax-output', message: 'the outputs look like probabilities (in [0,1], rows sum to 1); attacks expect logits, and cross-entropy on probabilities saturates' });
  }

  let worst = 0;
  first.data.forEach((v, i) => {
    worst = Math.max(worst, Math.abs(v - (second.data[i] ?? 0)) / (1 + Math.abs(v)));
  });
  if (worst > 1e-5) flags.push({ name: 'nondeterministic-forward', message: `two forward passes on the same images differ (largest relative difference ${worst.toExponential(2)}): a random or stateful model defeats the attacks' bookkeeping` });

  // Only correctly classified images, the ones attacks work on: DLR is constant (1) with zero
  // gradient on a misclassified image whose label ranks third, which is no sign of masking.
  const predicted = argmaxRows(first.data, n);
  const kept = Array.from({ length: n }, (_, i) => i).filter((i) => predicted[i] === batch.labels[i]);
  const m = kept.length;
  if (m === 0) return flags;
  const size = batch.images.data.length / n;
  const images = new Float32Array(m * size);
  kept.forEach((i, j) => images.set(batch.images.data.subarray(i * size, (i + 1) * size), j * size));
  const loss = c >= 3 ? 'dlr' : 'cw-margin';
  const { gradient } = await engine.inputGradient(model, { data: images, dims: [m, ...batch.images.dims.slice(1)] }, Int32Array.from(kept, (i) => batch.labels[i]!), { loss });
  let zero = 0;
  for (let i = 0; i < m; i++) {
    let allZero = true;
    for (let j = i * size; j < (i + 1) * size; j++) {
      if (gradient.data[j] !== 0) {
        allZero = false;
        break;
      }
    }
    if (allZero) zero++;
  }
  if (zero / m > zeroGradientShare) {
    flags.push({ name: 'zero-gradients', message: `${zero} of ${m} correctly classified images (${pct(zero / m)}) have an all-zero input gradient of the ${loss} loss: gradient attacks cannot move them, so their robustness is not measured` });
  }
  return flags;
}

/** Robust accuracy must not rise with eps: a larger ball holds every smaller one's adversarial points. */
export function monotoneCheck(curve: readonly { eps: number; accuracy: number }[]): RobustnessFlag[] {
  const sorted = [...curve].sort((a, b) => a.eps - b.eps);
  for (let k = 1; k < sorted.length; k++) {
    const [lo, hi] = [sorted[k - 1]!, sorted[k]!];
    if (hi.accuracy > lo.accuracy) {
      return [{ name: 'non-monotone-eps', message: `robust accuracy rises from ${pct(lo.accuracy)} at eps ${lo.eps} to ${pct(hi.accuracy)} at eps ${hi.eps}: the attack missed points at the larger eps that it found at the smaller` }];
    }
  }
  return [];
}

/**
 * A black-box attack that fools points the gradient attacks missed, beyond the margin (as a
 * share of the images), means the gradients did not point the way (AutoAttack's check on Square).
 */
export function blackBoxCheck(eps: number, blackBoxAttack: string, blackBoxOnlyShare: number, margin: number): RobustnessFlag[] {
  if (blackBoxOnlyShare <= margin) return [];
  return [{ name: 'black-box-beats-white-box', message: `at eps ${eps}, ${blackBoxAttack} fooled ${pct(blackBoxOnlyShare)} of the images that the gradient attacks had not (margin ${pct(margin)}): the gradients may be masked` }];
}
