import { readOpened, type OpenedInside } from '@transferlab/sdk';

export interface CsvSplit {
  readonly pixels: Uint8Array;
  readonly labels: Int32Array;
}

/**
 * Parse a Kaggle-style image CSV, read through the handle openInsideRoots gave (never
 * reopened by path): a header row `label,pixel0,...,pixel{N-1}`, then one image per row,
 * grey values 0..255. Everything is checked before the split is returned; an error names
 * the file (relative to its dataset root), the line and the problem.
 */
export async function readCsvImages(
  opened: OpenedInside,
  pixelsPerImage: number,
  numClasses: number,
): Promise<CsvSplit> {
  const file = opened.name;
  const lines = (await readOpened(opened))
    .toString('utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines[0]?.split(',') ?? [];
  if (header[0] !== 'label' || header.length !== 1 + pixelsPerImage) {
    throw new Error(
      `${file}:1: header must be 'label' and ${pixelsPerImage} pixel columns, found ${header.length} columns`,
    );
  }
  const n = lines.length - 1;
  if (n === 0) throw new Error(`${file}: has no images`);
  const pixels = new Uint8Array(n * pixelsPerImage);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const fields = (lines[i + 1] ?? '').split(',');
    const where = `${file}:${i + 2}`;
    if (fields.length !== 1 + pixelsPerImage)
      throw new Error(`${where}: ${fields.length} columns, expected ${1 + pixelsPerImage}`);
    const label = Number(fields[0]);
    if (!Number.isInteger(label) || label < 0 || label >= numClasses) {
      throw new Error(`${where}: label ${fields[0]} is out of range (${numClasses} classes)`);
    }
    labels[i] = label;
    for (let j = 0; j < pixelsPerImage; j++) {
      const v = Number(fields[j + 1]);
      if (!Number.isInteger(v) || v < 0 || v > 255)
        throw new Error(`${where}: pixel ${j} = '${fields[j + 1]}' is not 0..255`);
      pixels[i * pixelsPerImage + j] = v;
    }
  }
  return { pixels, labels };
}
