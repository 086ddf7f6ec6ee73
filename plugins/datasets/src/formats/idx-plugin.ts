import { defineDataset, type Dataset, type PluginContext } from '@transferlab/sdk';
import { z } from 'zod';
import { DatasetInputError } from '../core/errors';
import { openDataPath, withOpened, type DataFile } from '../core/paths';
import { u8Dataset, type U8Split } from '../core/u8-dataset';
import { readIdx } from './idx';
import { checkedLabels, digitNames } from './labels';

export const idxParams = z.object({
  trainImages: z
    .string()
    .min(1)
    .default('train-images-idx3-ubyte.gz')
    .describe('IDX images file, relative to a dataset root; raw or gzip'),
  trainLabels: z.string().min(1).default('train-labels-idx1-ubyte.gz'),
  testImages: z.string().min(1).default('t10k-images-idx3-ubyte.gz'),
  testLabels: z.string().min(1).default('t10k-labels-idx1-ubyte.gz'),
  classes: z
    .array(z.string().min(1))
    .min(2)
    .default(digitNames(10))
    .describe('Class names; labels must lie in 0..classes-1'),
  labelOffset: z
    .number()
    .int()
    .min(0)
    .max(255)
    .default(0)
    .describe('Subtracted from every label (EMNIST letters count from 1)'),
  transpose: z.boolean().default(false).describe('Swap height and width (EMNIST stores images transposed)'),
});
export type IdxParams = z.output<typeof idxParams>;

async function readSplit(
  p: IdxParams,
  imagesFile: DataFile,
  labelsFile: DataFile,
): Promise<{ split: U8Split; h: number; w: number }> {
  const lab = await readIdx(labelsFile, 1);
  const labels = checkedLabels(labelsFile.name, lab.data, p.classes.length, p.labelOffset);
  const img = await readIdx(imagesFile, 3);
  const [n = 0, h = 0, w = 0] = img.dims;
  if (n !== labels.length) {
    throw new DatasetInputError(
      imagesFile.name,
      `has ${n} images but ${labelsFile.name} has ${labels.length} labels`,
    );
  }
  const pixels = img.data;
  if (p.transpose) {
    const per = h * w;
    const tmp = new Uint8Array(per);
    for (let k = 0; k < n; k++) {
      const im = pixels.subarray(k * per, (k + 1) * per);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) tmp[x * h + y] = im[y * w + x] ?? 0;
      im.set(tmp);
    }
  }
  return p.transpose ? { split: { pixels, labels }, h: w, w: h } : { split: { pixels, labels }, h, w };
}

export async function loadIdx(
  p: IdxParams,
  ctx: Pick<PluginContext, 'roots'>,
  name = 'idx',
): Promise<Dataset> {
  const roots = ctx.roots.datasets;
  // Every path is checked (opened) before any file is read.
  const paths = [p.trainImages, p.trainLabels, p.testImages, p.testLabels];
  const { train, test } = await withOpened(
    paths.map((f) => () => openDataPath(roots, f, 'file')),
    async (files) => {
      const [trI, trL, teI, teL] = files as [DataFile, DataFile, DataFile, DataFile];
      const train = await readSplit(p, trI, trL);
      const test = await readSplit(p, teI, teL);
      if (train.h !== test.h || train.w !== test.w) {
        throw new DatasetInputError(
          teI.name,
          `images are ${test.h}x${test.w} but the train images are ${train.h}x${train.w}`,
        );
      }
      return { train, test };
    },
  );
  return u8Dataset({
    name,
    classes: p.classes,
    imageShape: [1, train.h, train.w],
    train: train.split,
    test: test.split,
  });
}

export const idx = defineDataset({
  name: 'idx',
  version: '1.0.0',
  description:
    'Grey images in IDX files (raw or gzip), as MNIST, Fashion-MNIST, KMNIST and EMNIST ship, read from a dataset root.',
  params: idxParams,
  load: (params, ctx) => loadIdx(params, ctx),
});
