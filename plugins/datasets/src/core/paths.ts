import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DatasetInputError } from './errors';

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`));
}

function realRoot(root: string): string | undefined {
  try {
    return realpathSync(root);
  } catch {
    return undefined;
  }
}

/**
 * Resolve a user-given path against the configured data roots. A relative path is tried
 * under each root in order, an absolute one must already lie inside a root. The result
 * must exist, stay inside its root, and reach its target without passing through a
 * symbolic link (a link could point anywhere on the machine).
 */
export function resolveDataPath(
  roots: readonly string[],
  userPath: string,
  kind: 'file' | 'directory',
): string {
  if (roots.length === 0)
    throw new DatasetInputError(userPath, 'no dataset roots are configured (TRANSFERLAB_DATASET_ROOTS)');
  if (userPath.includes('\0')) throw new DatasetInputError(userPath, 'path contains a NUL byte');
  let firstProblem: DatasetInputError | undefined;
  for (const root of roots) {
    const base = realRoot(root);
    if (base === undefined) continue;
    // An absolute path written against the configured root (which may itself be a link,
    // as /tmp is on macOS) is mapped onto the root's real location.
    const target =
      isAbsolute(userPath) && inside(resolve(root), resolve(userPath))
        ? resolve(base, relative(resolve(root), userPath))
        : resolve(base, userPath);
    if (!inside(base, target)) {
      firstProblem ??= new DatasetInputError(
        userPath,
        `path is outside the dataset roots (${roots.join(', ')})`,
      );
      continue;
    }
    let stat: Stats;
    try {
      stat = lstatSync(target);
    } catch {
      firstProblem ??= new DatasetInputError(target, 'does not exist');
      continue;
    }
    // realpath differs from the lexical path exactly when some component is a link.
    if (stat.isSymbolicLink() || realpathSync(target) !== target) {
      throw new DatasetInputError(target, 'path goes through a symbolic link; links are refused');
    }
    if (kind === 'file' && !stat.isFile()) throw new DatasetInputError(target, 'is not a regular file');
    if (kind === 'directory' && !stat.isDirectory()) throw new DatasetInputError(target, 'is not a folder');
    return target;
  }
  throw (
    firstProblem ?? new DatasetInputError(userPath, `none of the dataset roots exists (${roots.join(', ')})`)
  );
}

/** Join a name found by readdir onto a checked folder, refusing links and anything odd. */
export function checkedChild(dir: string, name: string, kind: 'file' | 'directory'): string {
  const p = resolve(dir, name);
  if (!inside(dir, p) || p === dir) throw new DatasetInputError(p, 'entry escapes its folder');
  let stat: Stats;
  try {
    stat = lstatSync(p);
  } catch {
    throw new DatasetInputError(p, 'does not exist');
  }
  if (stat.isSymbolicLink()) throw new DatasetInputError(p, 'is a symbolic link; links are refused');
  if (kind === 'file' && !stat.isFile()) throw new DatasetInputError(p, 'is not a regular file');
  if (kind === 'directory' && !stat.isDirectory()) throw new DatasetInputError(p, 'is not a folder');
  return p;
}
