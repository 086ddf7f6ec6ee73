import { defineDataset, type PluginContext } from '@transferlab/sdk';
import { z } from 'zod';
import { openDataPath, openEntry, withOpened, type DataFile } from '../core/paths';
import { u8Dataset } from '../core/u8-dataset';
import { classNames, readCifarSplit } from './cifar';
import { CIFAR100_COARSE, CIFAR100_FINE, CIFAR10_CLASSES } from './cifar-names';

export const cifar10Params = z.object({
  dir: z
    .string()
    .min(1)
    .default('cifar-10-batches-bin')
    .describe('Folder of the CIFAR-10 binary version, relative to a dataset root'),
  trainFiles: z
    .array(z.string().min(1))
    .min(1)
    .default([1, 2, 3, 4, 5].map((i) => `data_batch_${i}.bin`)),
  testFiles: z.array(z.string().min(1)).min(1).default(['test_batch.bin']),
});

export const cifar100Params = z.object({
  dir: z
    .string()
    .min(1)
    .default('cifar-100-binary')
    .describe('Folder of the CIFAR-100 binary version, relative to a dataset root'),
  labels: z.enum(['fine', 'coarse']).default('fine').describe('100 fine classes or 20 coarse superclasses'),
  trainFiles: z.array(z.string().min(1)).min(1).default(['train.bin']),
  testFiles: z.array(z.string().min(1)).min(1).default(['test.bin']),
});

interface CifarFiles {
  readonly folder: DataFile;
  readonly train: DataFile[];
  readonly test: DataFile[];
}

/** Open the folder and every batch file in it (all checked before any is read), then use them. */
function withFiles<T>(
  ctx: Pick<PluginContext, 'roots'>,
  dir: string,
  train: readonly string[],
  test: readonly string[],
  use: (f: CifarFiles) => Promise<T>,
): Promise<T> {
  return withOpened([() => openDataPath(ctx.roots.datasets, dir, 'directory')], ([folder]) => {
    const d = folder as DataFile;
    return withOpened(
      [...train, ...test].map((name) => () => openEntry(d, name, 'file')),
      (files) => use({ folder: d, train: files.slice(0, train.length), test: files.slice(train.length) }),
    );
  });
}

export const cifar10 = defineDataset({
  name: 'cifar-10',
  version: '1.0.0',
  description:
    'CIFAR-10, binary version (data_batch_1..5.bin, test_batch.bin): 32x32 colour images, 10 classes.',
  params: cifar10Params,
  load: (p, ctx) =>
    withFiles(ctx, p.dir, p.trainFiles, p.testFiles, async (f) => {
      const classes = await classNames(f.folder, 'batches.meta.txt', CIFAR10_CLASSES);
      const layout = { labelBytes: 1, labelIndex: 0, numClasses: 10 };
      const train = await readCifarSplit(f.train, layout);
      const test = await readCifarSplit(f.test, layout);
      return u8Dataset({ name: 'cifar-10', classes, imageShape: [3, 32, 32], train, test });
    }),
});

export const cifar100 = defineDataset({
  name: 'cifar-100',
  version: '1.0.0',
  description:
    'CIFAR-100, binary version (train.bin, test.bin): 32x32 colour images, 100 fine or 20 coarse classes.',
  params: cifar100Params,
  load: (p, ctx) =>
    withFiles(ctx, p.dir, p.trainFiles, p.testFiles, async (f) => {
      const fine = p.labels === 'fine';
      const classes = await classNames(
        f.folder,
        fine ? 'fine_label_names.txt' : 'coarse_label_names.txt',
        fine ? CIFAR100_FINE : CIFAR100_COARSE,
      );
      // Records are <coarse label><fine label><3072 pixels>.
      const layout = { labelBytes: 2, labelIndex: fine ? 1 : 0, numClasses: classes.length };
      const train = await readCifarSplit(f.train, layout);
      const test = await readCifarSplit(f.test, layout);
      return u8Dataset({ name: 'cifar-100', classes, imageShape: [3, 32, 32], train, test });
    }),
});
