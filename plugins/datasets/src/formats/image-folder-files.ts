import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { listingPath } from '@transferlab/sdk';
import { DatasetInputError } from '../core/errors';
import { openEntry, type DataFile } from '../core/paths';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp'];

export interface ClassFiles {
  readonly classes: string[];
  /** Per class, its image files as `class/name` under the listed folder, sorted by name. */
  readonly files: string[][];
}

const LINK = 'is a symbolic link; links are refused';

async function entries(dir: DataFile) {
  return (await readdir(listingPath(dir), { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
}

/**
 * List an opened image folder: one sub-folder per class (sorted by name), image files inside
 * each. Hidden entries and files of other types are skipped; links are refused, and so is
 * a class folder without images. Folders are listed through their opened descriptors; the
 * files are opened (and checked again) when they are read.
 */
export async function listClassFolders(dir: DataFile): Promise<ClassFiles> {
  const top = await entries(dir);
  const link = top.find((e) => e.isSymbolicLink());
  if (link) throw new DatasetInputError(join(dir.name, link.name), LINK);
  const classes = top
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (classes.length < 2)
    throw new DatasetInputError(dir.name, `has ${classes.length} class folder(s); needs at least 2`);
  const files: string[][] = [];
  for (const cls of classes) {
    const classDir = await openEntry(dir, cls, 'directory');
    let images: Dirent[];
    try {
      images = (await entries(classDir)).filter((e) =>
        IMAGE_EXTENSIONS.includes(extname(e.name).toLowerCase()),
      );
    } finally {
      await classDir.handle.close();
    }
    const linked = images.find((e) => e.isSymbolicLink());
    if (linked) throw new DatasetInputError(join(classDir.name, linked.name), LINK);
    if (images.length === 0) {
      throw new DatasetInputError(
        classDir.name,
        `class folder is empty: no ${IMAGE_EXTENSIONS.join('/')} images`,
      );
    }
    files.push(images.map((e) => `${cls}/${e.name}`).sort());
  }
  return { classes, files };
}

/**
 * The fixed split used when no test folder is given: in each class, files are ordered by
 * the sha256 of their name and the first round(m * fraction) (at least 1, at most m - 1)
 * are test images. Hash order keeps the split independent of how files were named in time,
 * and a new file does not move others between splits.
 */
export function splitByNameHash(
  dir: Pick<DataFile, 'name'>,
  c: ClassFiles,
  fraction: number,
): { train: ClassFiles; test: ClassFiles } {
  const hash = (f: string) =>
    createHash('sha256')
      .update(f.slice(f.lastIndexOf('/') + 1))
      .digest('hex');
  const train: string[][] = [];
  const test: string[][] = [];
  c.files.forEach((files, k) => {
    if (files.length < 2)
      throw new DatasetInputError(
        join(dir.name, c.classes[k] ?? ''),
        'needs at least 2 images to split into train and test',
      );
    const t = Math.max(1, Math.min(files.length - 1, Math.round(files.length * fraction)));
    const ordered = [...files].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
    test.push(ordered.slice(0, t).sort());
    train.push(ordered.slice(t).sort());
  });
  return { train: { classes: c.classes, files: train }, test: { classes: c.classes, files: test } };
}
