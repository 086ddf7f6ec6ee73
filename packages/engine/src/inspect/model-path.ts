import { openInsideRoots, PathRefusedError, type OpenedInside } from '@transferlab/sdk';

export class ModelPathError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`model file '${path}': ${reason}`);
    this.name = 'ModelPathError';
  }
}

/** A model file opened inside a model root: read it through `handle` only; `name` is relative to its root. */
export type OpenedModelFile = OpenedInside;

/**
 * Open a user-given model path under the configured model roots (the sdk's openInsideRoots):
 * a relative path is tried under each root in order, an absolute one must lie inside a root.
 * The file is opened without following links and the opened descriptor is checked (real path
 * inside the root, reached through no link, a regular file with a single name), so it cannot
 * be swapped between the check and the read. The caller reads the handle and closes it.
 */
export async function openModelFile(roots: readonly string[], userPath: string): Promise<OpenedModelFile> {
  if (roots.length === 0) throw new ModelPathError(userPath, 'no model roots are configured; reading model files is disabled');
  try {
    return await openInsideRoots(roots, userPath, { kind: 'file', rootsLabel: 'model roots' });
  } catch (e) {
    if (!(e instanceof PathRefusedError)) throw e;
    throw new ModelPathError(e.path, e.code === 'missing' ? `${e.reason} under the model roots` : e.reason);
  }
}
