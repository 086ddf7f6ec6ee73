import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { DatasetInputError } from '../core/errors';
import { checkedChild } from '../core/paths';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp'];

export interface ClassFiles {
  readonly classes: string[];
  /** Per class, its image files (checked paths), sorted by name. */
  readonly files: string[][];
}

/**
 * List an image folder: one sub-folder per class (sorted by name), image files inside
 * each. Hidden entries and files of other types are skipped; links are refused, and so is
 * a class folder without images.
 */
export function listClassFolders(dir: string): ClassFiles {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  const links = entries.filter((e) => e.isSymbolicLink());
  if (links[0])
    throw new DatasetInputError(`${dir}/${links[0].name}`, 'is a symbolic link; links are refused');
  const classes = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (classes.length < 2)
    throw new DatasetInputError(dir, `has ${classes.length} class folder(s); needs at least 2`);
  const files = classes.map((cls) => {
    const classDir = checkedChild(dir, cls, 'directory');
    const names = readdirSync(classDir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && IMAGE_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
    if (names.length === 0) {
      throw new DatasetInputError(classDir, `class folder is empty: no ${IMAGE_EXTENSIONS.join('/')} images`);
    }
    return names.map((n) => checkedChild(classDir, n, 'file'));
  });
  return { classes, files };
}

/**
 * The fixed split used when no test folder is given: in each class, files are ordered by
 * the sha256 of their name and the first round(m * fraction) (at least 1, at most m - 1)
 * are test images. Hash order keeps the split independent of how files were named in time,
 * and a new file does not move others between splits.
 */
export function splitByNameHash(
  dir: string,
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
        `${dir}/${c.classes[k]}`,
        'needs at least 2 images to split into train and test',
      );
    const t = Math.max(1, Math.min(files.length - 1, Math.round(files.length * fraction)));
    const ordered = [...files].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
    test.push(ordered.slice(0, t).sort());
    train.push(ordered.slice(t).sort());
  });
  return { train: { classes: c.classes, files: train }, test: { classes: c.classes, files: test } };
}
