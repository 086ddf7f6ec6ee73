import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export class ModelPathError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`model file '${path}': ${reason}`);
    this.name = 'ModelPathError';
  }
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * A user-given model path resolved under the configured model roots: a relative path is
 * tried under each root in order, an absolute one must lie inside a root. The file must
 * exist, be a regular file, stay inside its root, and be reached through no symbolic link.
 */
export function resolveModelPath(roots: readonly string[], userPath: string): string {
  if (roots.length === 0) throw new ModelPathError(userPath, 'no model roots are configured; reading model files is disabled');
  if (userPath.includes('\0')) throw new ModelPathError(userPath, 'path contains a NUL byte');
  let problem: ModelPathError | undefined;
  for (const root of roots) {
    const base = real(root);
    if (base === undefined) continue;
    const lexicalRoot = resolve(root);
    const target = isAbsolute(userPath) && inside(lexicalRoot, resolve(userPath)) ? resolve(base, relative(lexicalRoot, userPath)) : resolve(base, userPath);
    if (!inside(base, target)) {
      problem ??= new ModelPathError(userPath, `path is outside the model roots (${roots.join(', ')})`);
      continue;
    }
    let stat;
    try {
      stat = lstatSync(target);
    } catch {
      problem ??= new ModelPathError(userPath, 'does not exist under the model roots');
      continue;
    }
    // The real path differs from the lexical one exactly when some component is a link.
    if (stat.isSymbolicLink() || real(target) !== target) throw new ModelPathError(userPath, 'path goes through a symbolic link; links are refused');
    if (!stat.isFile()) throw new ModelPathError(userPath, 'is not a regular file');
    return target;
  }
  throw problem ?? new ModelPathError(userPath, `none of the model roots exists (${roots.join(', ')})`);
}
