import { defineDataset } from '@transferlab/sdk';
import { z } from 'zod';
import { DatasetInputError } from '../core/errors';
import { openDataPath, withOpened, type DataFile } from '../core/paths';
import { u8Dataset, type U8Split } from '../core/u8-dataset';
import { digitNames } from './labels';
import { MI, matNumberReader, readMat5, type MatArray } from './mat5';
import { fileSource } from './mat5-source';

export const svhnParams = z.object({
  train: z
    .string()
    .min(1)
    .default('train_32x32.mat')
    .describe('SVHN cropped digits train file (.mat), relative to a dataset root'),
  test: z.string().min(1).default('test_32x32.mat'),
});

/**
 * One SVHN cropped-digits file: X is 32x32x3xN uint8 in MATLAB's column-major order
 * (row fastest, then column, channel, image), y is Nx1 with labels 1..10 where 10 is the
 * digit 0. Each image's 3072 bytes are transposed in place to channel-planar row-major.
 */
export async function readSvhnFile(f: DataFile): Promise<U8Split> {
  const file = f.name;
  const vars: Map<string, MatArray> = await readMat5(fileSource(f), ['X', 'y']);
  const X = vars.get('X');
  const y = vars.get('y');
  if (!X || !y) throw new DatasetInputError(file, "needs variables 'X' and 'y'");
  const [h = 0, w = 0, c = 0, n = 0] = X.dims;
  if (X.dims.length !== 4 || h !== 32 || w !== 32 || c !== 3) {
    throw new DatasetInputError(file, `X has dimensions ${X.dims.join('x')}, expected 32x32x3xN`);
  }
  if (X.dataType !== MI.UINT8)
    throw new DatasetInputError(file, `X is stored as data type ${X.dataType}, expected uint8 (2)`);
  const ny = y.dims.reduce((a, b) => a * b, 1);
  if (ny !== n || y.dims.filter((d) => d !== 1).length > 1) {
    throw new DatasetInputError(file, `y has dimensions ${y.dims.join('x')} but X holds ${n} images`);
  }
  const at = matNumberReader(y);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = at(i);
    if (!Number.isInteger(v) || v < 1 || v > 10)
      throw new DatasetInputError(file, `label ${v} at index ${i} is out of range (1..10)`);
    labels[i] = v % 10;
  }
  const pixels = X.data;
  const per = 3 * 32 * 32;
  const tmp = new Uint8Array(per);
  for (let k = 0; k < n; k++) {
    const im = pixels.subarray(k * per, (k + 1) * per);
    for (let ch = 0; ch < 3; ch++) {
      for (let col = 0; col < 32; col++) {
        for (let row = 0; row < 32; row++)
          tmp[ch * 1024 + row * 32 + col] = im[ch * 1024 + col * 32 + row] ?? 0;
      }
    }
    im.set(tmp);
  }
  return { pixels, labels };
}

export const svhn = defineDataset({
  name: 'svhn',
  version: '1.0.0',
  description:
    'SVHN cropped digits (train_32x32.mat, test_32x32.mat; MATLAB v5, compressed or not): 32x32 colour digits, label 10 read as 0.',
  params: svhnParams,
  load: async (p, ctx) => {
    const open = (f: string) => () => openDataPath(ctx.roots.datasets, f, 'file');
    return withOpened([open(p.train), open(p.test)], async ([trainFile, testFile]) => {
      const train = await readSvhnFile(trainFile as DataFile);
      const test = await readSvhnFile(testFile as DataFile);
      return u8Dataset({ name: 'svhn', classes: digitNames(10), imageShape: [3, 32, 32], train, test });
    });
  },
});
