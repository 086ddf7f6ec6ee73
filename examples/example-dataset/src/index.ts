import { createHash } from 'node:crypto';
import {
  defineDataset,
  openInsideRoots,
  z,
  type Dataset,
  type OpenedInside,
  type Split,
} from '@transferlab/sdk';
import { readCsvImages, type CsvSplit } from './csv';
import { greyPng } from './png';

/** The params form the dashboard renders (zod -> JSON Schema); defaults fill what is left out. */
export const csvImagesParams = z.object({
  train: z.string().min(1).default('train.csv').describe('Train CSV, relative to a dataset root'),
  test: z.string().min(1).default('test.csv').describe('Test CSV, relative to a dataset root'),
  width: z.number().int().min(1).max(512).default(28),
  height: z.number().int().min(1).max(512).default(28),
  classes: z.array(z.string().min(1)).min(2).default(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
});

/** Kaggle-style CSV images as a Transferlab dataset: NCHW float32 in [0,1], int32 labels. */
export const csvImages = defineDataset({
  name: 'csv-images',
  version: '0.1.0',
  description: 'Grey images stored as CSV rows (label, pixel0..pixelN), as Kaggle ships MNIST-like sets.',
  params: csvImagesParams,
  load: async (p, ctx): Promise<Dataset> => {
    // Open both files first, inside a dataset root and through no link (a bad path fails
    // before any file is read); then read each only through its handle.
    const per = p.width * p.height;
    const opened: OpenedInside[] = [];
    let splits: Record<Split, CsvSplit>;
    try {
      for (const f of [p.train, p.test])
        opened.push(await openInsideRoots(ctx.roots.datasets, f, { rootsLabel: 'dataset roots' }));
      const [trainFile, testFile] = opened as [OpenedInside, OpenedInside];
      splits = {
        train: await readCsvImages(trainFile, per, p.classes.length),
        test: await readCsvImages(testFile, per, p.classes.length),
      };
    } finally {
      await Promise.all(opened.map((f) => f.handle.close()));
    }
    // The checksum identifies the content (it becomes part of every trial key).
    const hash = createHash('sha256').update(JSON.stringify([p.width, p.height, p.classes]));
    for (const s of [splits.train, splits.test])
      hash.update(s.pixels).update(new Uint8Array(s.labels.buffer));
    const at = (split: Split, k: number): number => {
      if (!Number.isInteger(k) || k < 0 || k >= splits[split].labels.length)
        throw new RangeError(`index ${k} outside the ${split} split`);
      return k;
    };
    return {
      name: 'csv-images',
      classes: p.classes,
      imageShape: [1, p.height, p.width],
      sizes: { train: splits.train.labels.length, test: splits.test.labels.length },
      checksum: hash.digest('hex'),
      labels: (split) => Promise.resolve(splits[split].labels.slice()),
      read: (split, indices) =>
        new Promise((done) => {
          // Pixels are held as bytes; only the requested batch becomes float32.
          const idx = Array.from(indices, (k) => at(split, k));
          const data = new Float32Array(idx.length * per);
          idx.forEach((k, i) => {
            for (let j = 0; j < per; j++) data[i * per + j] = (splits[split].pixels[k * per + j] ?? 0) / 255;
          });
          const labels = Int32Array.from(idx, (k) => splits[split].labels[k] ?? 0);
          done({ images: { data, dims: [idx.length, 1, p.height, p.width] }, labels });
        }),
      thumbnail: (split, index) =>
        new Promise((done) => {
          const k = at(split, index);
          done(greyPng(splits[split].pixels.subarray(k * per, (k + 1) * per), p.width, p.height));
        }),
    };
  },
});
