import type { FineTuneRequest, FineTuneResult } from '@transferlab/sdk';

/**
 * Which test images a transfer trial's fine-tuned model gets right, compactly: a bitset (bit i for
 * the i-th test image of the trial's order, base64) and the test indices (null: the whole split in order).
 */
export interface TransferPerImage {
  readonly testIndices: readonly number[] | null;
  readonly correct: string;
}

/** Bit i set when predictions[i] equals labels[i], as base64. */
export function encodeCorrect(predictions: ArrayLike<number>, labels: ArrayLike<number>): string {
  const bits = new Uint8Array(Math.ceil(predictions.length / 8));
  for (let i = 0; i < predictions.length; i++)
    if (predictions[i] === labels[i]) bits[i >> 3]! |= 1 << (i & 7);
  return Buffer.from(bits).toString('base64');
}

/** Whether the trial's model got test image `index` right; null when the trial did not test it or keeps no per-image outcome. */
export function transferCorrect(
  details: Readonly<Record<string, unknown>> | null | undefined,
  index: number,
  testSize: number,
): boolean | null {
  if (!details || typeof details.correct !== 'string') return null;
  const indices = Array.isArray(details.testIndices) ? (details.testIndices as number[]) : null;
  const at = indices ? indices.indexOf(index) : index < testSize ? index : -1;
  if (at < 0) return null;
  const bits = Buffer.from(details.correct, 'base64');
  return at >> 3 < bits.length ? ((bits[at >> 3]! >> (at & 7)) & 1) === 1 : null;
}

/** The trial's per-image outcome from the engine's test predictions (none when the engine gives none). */
export async function perImageOutcome(request: FineTuneRequest, res: FineTuneResult): Promise<TransferPerImage | null> {
  if (!res.testPredictions || request.data.kind !== 'dataset') return null;
  const all = await request.data.dataset.labels('test');
  const test = request.data.test;
  const whole = test.length === all.length && test.every((t, i) => t === i);
  return {
    testIndices: whole ? null : [...test],
    correct: encodeCorrect(
      res.testPredictions,
      test.map((t) => all[t]!),
    ),
  };
}
