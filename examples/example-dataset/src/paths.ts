import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Resolve a user-given file path against the configured dataset roots (ctx.roots.datasets).
 * The platform's rule for every plugin that reads files: the path must stay inside a root,
 * must exist, and must not pass through a symbolic link.
 */
export function resolveInRoots(roots: readonly string[], userPath: string): string {
  for (const root of roots) {
    let base: string;
    try {
      base = realpathSync(root);
    } catch {
      continue; // a configured root that does not exist yet
    }
    const target = resolve(base, userPath);
    const rel = relative(base, target);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    try {
      lstatSync(target);
    } catch {
      continue;
    }
    if (realpathSync(target) !== target)
      throw new Error(`${target}: path goes through a symbolic link; links are refused`);
    return target;
  }
  throw new Error(
    `${userPath}: not found inside the dataset roots (${roots.join(', ') || 'none configured'})`,
  );
}
