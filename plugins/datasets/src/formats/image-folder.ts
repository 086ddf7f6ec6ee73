import { defineDataset, readOpened, type PluginContext } from '@transferlab/sdk';
import sharp from 'sharp';
import { z } from 'zod';
import { DatasetInputError } from '../core/errors';
import { openDataPath, openEntry, withOpened, type DataFile } from '../core/paths';
import { u8Dataset, type U8Split } from '../core/u8-dataset';
import { listClassFolders, splitByNameHash, type ClassFiles } from './image-folder-files';

export const imageFolderParams = z.object({
  train: z
    .string()
    .min(1)
    .describe('Folder with one sub-folder of images per class, relative to a dataset root'),
  test: z
    .string()
    .min(1)
    .optional()
    .describe('Test folder with the same class sub-folders; without it the train folder is split'),
  testFraction: z
    .number()
    .gt(0)
    .lt(1)
    .default(0.2)
    .describe('Share of each class held out for test when no test folder is given'),
  width: z.number().int().min(1).max(1024).default(32),
  height: z.number().int().min(1).max(1024).default(32),
  channels: z
    .union([z.literal(1), z.literal(3)])
    .default(3)
    .describe('1: grey, 3: RGB (alpha is dropped)'),
  fit: z
    .enum(['cover', 'contain', 'fill'])
    .default('cover')
    .describe('How images are resized to width x height (sharp fit)'),
  maxImages: z.number().int().min(1).default(200_000).describe('Refuse folders with more images than this'),
});
type Params = z.output<typeof imageFolderParams>;

/** Open an image under the opened folder, read it through that descriptor only, and decode it. */
async function decodeInto(
  dir: DataFile,
  entry: string,
  p: Params,
  out: Uint8Array,
  at: number,
): Promise<void> {
  const f = await openEntry(dir, entry, 'file');
  const file = f.name;
  let bytes: Buffer;
  try {
    bytes = await readOpened(f);
  } finally {
    await f.handle.close();
  }
  let data: Buffer;
  try {
    let img = sharp(bytes, { failOn: 'error' }).removeAlpha();
    img = p.channels === 1 ? img.grayscale() : img.toColourspace('srgb');
    data = await img.resize(p.width, p.height, { fit: p.fit }).raw().toBuffer();
  } catch (e) {
    throw new DatasetInputError(file, `unreadable image (${(e as Error).message})`);
  }
  const hw = p.width * p.height;
  const c = p.channels;
  if (data.length !== hw * c)
    throw new DatasetInputError(file, `decoded to ${data.length} bytes, expected ${hw * c}`);
  // sharp gives interleaved HWC; the dataset holds CHW.
  for (let ch = 0; ch < c; ch++) for (let q = 0; q < hw; q++) out[at + ch * hw + q] = data[q * c + ch] ?? 0;
}

interface Progress {
  readonly signal?: AbortSignal;
  readonly report: (done: number) => void;
}

async function decodeSplit(dir: DataFile, c: ClassFiles, p: Params, progress: Progress): Promise<U8Split> {
  const items = c.files.flatMap((files, k) => files.map((f) => ({ f, k })));
  const per = p.channels * p.width * p.height;
  const pixels = new Uint8Array(items.length * per);
  const labels = Int32Array.from(items, (it) => it.k);
  // Two decodes in flight: sharp works on libuv threads, and the machines are small.
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      progress.signal?.throwIfAborted();
      const i = next++;
      const it = items[i];
      if (it) await decodeInto(dir, it.f, p, pixels, i * per);
      progress.report(1);
    }
  };
  await Promise.all([worker(), worker()]);
  return { pixels, labels };
}

export const imageFolder = defineDataset({
  name: 'image-folder',
  version: '1.0.0',
  description:
    'Images in class sub-folders (PNG, JPEG, WebP), decoded with sharp and resized to a declared size.',
  params: imageFolderParams,
  load: async (p, ctx) => {
    const roots = ctx.roots.datasets;
    const folders = [() => openDataPath(roots, p.train, 'directory')];
    if (p.test) {
      const test = p.test;
      folders.push(() => openDataPath(roots, test, 'directory'));
    }
    return withOpened(folders, async ([trainDir, testDir = trainDir]) =>
      loadFolders(p, ctx, trainDir as DataFile, testDir as DataFile),
    );
  },
});

/** The image folder(s), opened and checked, listed, split and decoded. */
async function loadFolders(p: Params, ctx: PluginContext, trainDir: DataFile, testDir: DataFile) {
  const all = await listClassFolders(trainDir);
  let split: { train: ClassFiles; test: ClassFiles };
  if (testDir !== trainDir) {
    const test = await listClassFolders(testDir);
    if (test.classes.join('\n') !== all.classes.join('\n')) {
      throw new DatasetInputError(
        testDir.name,
        `class folders [${test.classes.join(', ')}] differ from the train folder's [${all.classes.join(', ')}]`,
      );
    }
    split = { train: all, test };
  } else {
    split = splitByNameHash(trainDir, all, p.testFraction);
  }
  const total = [split.train, split.test].reduce((s, c) => s + c.files.reduce((a, f) => a + f.length, 0), 0);
  if (total > p.maxImages)
    throw new DatasetInputError(trainDir.name, `holds ${total} images, more than maxImages = ${p.maxImages}`);
  let done = 0;
  const progress: Progress = {
    signal: ctx.signal,
    report: (k) => {
      done += k;
      if (done % 64 === 0 || done === total)
        ctx.progress.report(done / total, `decoded ${done} of ${total} images`);
    },
  };
  const train = await decodeSplit(trainDir, split.train, p, progress);
  const test = await decodeSplit(testDir, split.test, p, progress);
  return u8Dataset({
    name: 'image-folder',
    classes: all.classes,
    imageShape: [p.channels, p.height, p.width],
    train,
    test,
  });
}
