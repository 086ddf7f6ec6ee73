import { DatasetInputError } from '../core/errors';

/** Widen uint8 labels to int32 after an offset, refusing any outside 0..numClasses-1. */
export function checkedLabels(
  file: string,
  raw: ArrayLike<number>,
  numClasses: number,
  offset = 0,
): Int32Array {
  const out = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const l = (raw[i] ?? 0) - offset;
    if (l < 0 || l >= numClasses) {
      throw new DatasetInputError(
        file,
        `label ${raw[i]} at index ${i} is out of range (${numClasses} classes${offset ? `, offset ${offset}` : ''})`,
      );
    }
    out[i] = l;
  }
  return out;
}

export function digitNames(k: number): string[] {
  return Array.from({ length: k }, (_, i) => String(i));
}
