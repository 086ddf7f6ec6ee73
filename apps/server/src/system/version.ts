import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server package's version. Read from package.json next to src/ and dist/ alike
 * (importing it would put package.json inside the compiled tree).
 */
export function serverVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new Error('apps/server/package.json has no version');
  return pkg.version;
}
