import { readOpened } from '@transferlab/sdk';
import { DatasetInputError } from '../core/errors';
import { openOptionalEntry, type DataFile } from '../core/paths';
import type { U8Split } from '../core/u8-dataset';

export const CIFAR_PIXELS = 3 * 32 * 32;

export interface CifarLayout {
  /** Label bytes before the pixels: 1 for CIFAR-10, 2 (coarse, fine) for CIFAR-100. */
  readonly labelBytes: number;
  /** Which of the label bytes is the label used. */
  readonly labelIndex: number;
  readonly numClasses: number;
}

/**
 * Read CIFAR binary batches: fixed-size records of label byte(s) then 3072 pixel bytes,
 * already channel-planar (R plane, G plane, B plane, each 32x32 row-major), so pixels are
 * copied as they are. Every file's length is checked against the record size before the
 * split is allocated; labels are checked as they are copied.
 */
export async function readCifarSplit(files: readonly DataFile[], layout: CifarLayout): Promise<U8Split> {
  const record = layout.labelBytes + CIFAR_PIXELS;
  const counts: number[] = [];
  for (const { name, size } of files) {
    if (size === 0 || size % record !== 0) {
      throw new DatasetInputError(
        name,
        `truncated or not a CIFAR batch: ${size} bytes is not a whole number of ${record}-byte records`,
      );
    }
    counts.push(size / record);
  }
  const n = counts.reduce((a, b) => a + b, 0);
  const pixels = new Uint8Array(n * CIFAR_PIXELS);
  const labels = new Int32Array(n);
  let k = 0;
  for (const f of files) {
    const buf = await readOpened(f);
    if (buf.length !== f.size)
      throw new DatasetInputError(f.name, `truncated while read: ${buf.length} of ${f.size} bytes`);
    for (let off = 0; off < buf.length; off += record, k++) {
      const l = buf[off + layout.labelIndex] ?? 0;
      if (l >= layout.numClasses) {
        throw new DatasetInputError(
          f.name,
          `label ${l} in record ${off / record} is out of range (${layout.numClasses} classes)`,
        );
      }
      labels[k] = l;
      pixels.set(buf.subarray(off + layout.labelBytes, off + record), k * CIFAR_PIXELS);
    }
  }
  return { pixels, labels };
}

/** Class names from a meta file (one per line) when the folder has it, else the built-in list. */
export async function classNames(
  dir: DataFile,
  metaFile: string,
  fallback: readonly string[],
): Promise<string[]> {
  const file = await openOptionalEntry(dir, metaFile);
  if (!file) return [...fallback];
  let text: string;
  try {
    text = (await readOpened(file)).toString('utf8');
  } finally {
    await file.handle.close();
  }
  const names = text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length !== fallback.length) {
    throw new DatasetInputError(file.name, `lists ${names.length} class names, expected ${fallback.length}`);
  }
  return names;
}
