import { openInside, openInsideRoots, PathRefusedError, type OpenedInside } from '@transferlab/sdk';
import { DatasetInputError } from './errors';

/**
 * A dataset file or folder opened inside a dataset root. Read it only through `handle`
 * (never reopen `path`); `name` is its path relative to its root, for messages.
 */
export type DataFile = OpenedInside;

const ROOTS_LABEL = 'dataset roots';

function asInputError(e: unknown): unknown {
  return e instanceof PathRefusedError ? new DatasetInputError(e.path, e.reason) : e;
}

/**
 * Open a user-given path under the configured data roots, without following links (see the
 * sdk's openInsideRoots): a relative path is tried under each root in order, an absolute
 * one must lie inside a root. Files must be regular with a single name (hard links are
 * refused). The caller closes the handle.
 */
export async function openDataPath(
  roots: readonly string[],
  userPath: string,
  kind: 'file' | 'directory',
): Promise<DataFile> {
  if (roots.length === 0)
    throw new DatasetInputError(userPath, 'no dataset roots are configured (TRANSFERLAB_DATASET_ROOTS)');
  try {
    return await openInsideRoots(roots, userPath, { kind, rootsLabel: ROOTS_LABEL });
  } catch (e) {
    throw asInputError(e);
  }
}

/** Open an entry of an opened folder (a name found by readdir), with the same checks. */
export async function openEntry(dir: DataFile, name: string, kind: 'file' | 'directory'): Promise<DataFile> {
  try {
    return await openInside(dir, name, { kind, linkReason: 'is a symbolic link; links are refused' });
  } catch (e) {
    throw asInputError(e);
  }
}

/** Like openEntry, but undefined when the entry does not exist (an optional file). */
export async function openOptionalEntry(dir: DataFile, name: string): Promise<DataFile | undefined> {
  try {
    return await openInside(dir, name, { kind: 'file', linkReason: 'is a symbolic link; links are refused' });
  } catch (e) {
    if (e instanceof PathRefusedError && e.code === 'missing') return undefined;
    throw asInputError(e);
  }
}

/**
 * Run `use` on files opened all before it (so every path is checked before any is read),
 * closing each afterwards, also when opening a later one fails.
 */
export async function withOpened<T>(
  open: readonly (() => Promise<DataFile>)[],
  use: (files: DataFile[]) => Promise<T>,
): Promise<T> {
  const files: DataFile[] = [];
  try {
    for (const o of open) files.push(await o());
    return await use(files);
  } finally {
    await Promise.all(files.map((f) => f.handle.close()));
  }
}
