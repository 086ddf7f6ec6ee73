/** Which test images a trial tested (`index`) and whether its model got each right (`right`, 0 or 1), in its test order. */
export interface TrialOutcomes {
  readonly index: Int32Array;
  readonly right: Uint8Array;
}

/**
 * A transfer trial's per-image outcome as stored (per-image.ts): a bitset over the trial's test
 * order and the test indices (null: the whole split in order). None when the trial keeps none.
 */
export function trialOutcomes(
  details: Readonly<Record<string, unknown>> | null,
  accuracy: number,
): TrialOutcomes {
  if (!details || typeof details.correct !== 'string')
    return { index: new Int32Array(0), right: new Uint8Array(0) };
  const bits = Buffer.from(details.correct, 'base64');
  const listed = Array.isArray(details.testIndices) ? (details.testIndices as unknown[]) : null;
  const size = listed ? Math.min(listed.length, 8 * bits.length) : wholeSplitSize(bits, accuracy);
  const index = new Int32Array(size);
  const right = new Uint8Array(size);
  let kept = 0;
  for (let at = 0; at < size; at++) {
    const i = listed ? listed[at] : at;
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0) continue;
    index[kept] = i;
    right[kept++] = (bits[at >> 3]! >> (at & 7)) & 1;
  }
  return { index: index.subarray(0, kept), right: right.subarray(0, kept) };
}

/**
 * How many images a whole-split bitset covers. The bitset pads its last byte, so the size is
 * one of its last 8 bit positions: the one at which the set bits' share equals the stored test
 * accuracy (the engine's accuracy is that exact ratio). When no bit is set the share says
 * nothing, and the smallest size is taken: a padding bit is never reported as an image.
 */
export function wholeSplitSize(bits: Uint8Array, accuracy: number): number {
  if (bits.length === 0) return 0;
  let ones = 0;
  for (const b of bits) for (let v = b; v > 0; v >>= 1) ones += v & 1;
  const lo = Math.max(8 * (bits.length - 1) + 1, ones);
  if (ones === 0 || !(accuracy > 0)) return lo;
  let best = lo;
  for (let s = lo + 1; s <= 8 * bits.length; s++)
    if (Math.abs(ones / s - accuracy) < Math.abs(ones / best - accuracy)) best = s;
  return best;
}
