import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TransferlabConfig } from '@transferlab/sdk/config';

/** A folder of the server's and the placeholder that stands for it in messages. */
export interface NamedRoot {
  readonly path: string;
  readonly name: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folders whose absolute paths API messages must not show, longest first (a dataset root inside the data dir wins). */
export function serverRoots(config: Pick<TransferlabConfig, 'dataDir' | 'datasetRoots' | 'modelRoots'>): NamedRoot[] {
  const named = [
    ...config.datasetRoots.map((path) => ({ path, name: '<dataset root>' })),
    ...config.modelRoots.map((path) => ({ path, name: '<model root>' })),
    { path: config.dataDir, name: '<data dir>' },
  ];
  // Plugins report real locations too (a root may be reached through a link, as /tmp is on macOS).
  const withReal = named.flatMap((r) => {
    let real: string | undefined;
    try {
      real = realpathSync(r.path);
    } catch {
      real = undefined;
    }
    return real !== undefined && real !== resolve(r.path) ? [{ ...r, path: resolve(r.path) }, { ...r, path: real }] : [{ ...r, path: resolve(r.path) }];
  });
  return withReal.filter((r) => r.path !== '/').sort((a, b) => b.path.length - a.path.length);
}

/**
 * A message for API clients with the server's folders named by placeholder instead of their
 * absolute path: `/srv/tl/data/datasets/cifar` becomes `<dataset root>/cifar`. Only whole path
 * segments match (`/srv/tl/data2` is not the data dir).
 */
export function relativeToRoots(message: string, roots: readonly NamedRoot[]): string {
  let out = message;
  for (const root of roots) {
    out = out.replace(new RegExp(`(?<![\\w.~/-])${escape(root.path)}(?![\\w.~-])`, 'g'), root.name);
  }
  return out;
}
