import { readAt, readOpened } from '@transferlab/sdk';
import { constants, gunzipSync, inflateSync } from 'node:zlib';
import { DatasetInputError } from './errors';
import { bytesOf } from './bytes';
import type { DataFile } from './paths';

/** What a format learns from the first bytes: the exact size the whole (decompressed) file must have. */
export type HeaderCheck = (head: Uint8Array) => { readonly totalBytes: number };

const HEAD_BYTES = 4096;
// Ample for the formats read here; beyond this a header is lying or the file is not data.
export const MAX_DATASET_BYTES = 4 * 1024 ** 3 - 1;

function isGzip(b: Uint8Array): boolean {
  return b[0] === 0x1f && b[1] === 0x8b;
}

function sizeProblem(file: string, declared: number, actual: number): DatasetInputError {
  return actual < declared
    ? new DatasetInputError(file, `truncated: the header declares ${declared} bytes, the file has ${actual}`)
    : new DatasetInputError(
        file,
        `the header declares ${declared} bytes, but the file has ${actual} (extra data after the payload)`,
      );
}

/**
 * Read a binary data file (raw, or gzip-compressed when it starts with the gzip magic)
 * whose header states its full size, through its opened handle only. The header is checked
 * first, from the first bytes of the file (decompressing only a prefix for gzip), and the
 * payload is read or inflated only when the declared size agrees with the file, capped at
 * that size.
 */
export async function readCheckedBinary(f: DataFile, check: HeaderCheck): Promise<Uint8Array> {
  const { name: file, size } = f;
  const head = bytesOf(await readAt(f.handle, 0, Math.min(size, HEAD_BYTES)));
  if (!isGzip(head)) {
    const { totalBytes } = check(head);
    if (totalBytes !== size) throw sizeProblem(file, totalBytes, size);
    const all = await readOpened(f);
    if (all.length !== size) throw sizeProblem(file, totalBytes, all.length);
    return bytesOf(all);
  }
  const compressed = await readOpened(f);
  let prefix: Buffer;
  try {
    prefix = gunzipSync(compressed.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    throw new DatasetInputError(file, `not a readable gzip stream (${(e as Error).message})`);
  }
  const { totalBytes } = check(new Uint8Array(prefix.buffer, prefix.byteOffset, prefix.length));
  if (totalBytes > MAX_DATASET_BYTES)
    throw new DatasetInputError(
      file,
      `the header declares ${totalBytes} bytes, more than the ${MAX_DATASET_BYTES} allowed`,
    );
  let out: Buffer;
  try {
    // One byte of slack so that a longer stream is detected rather than silently cut.
    out = gunzipSync(compressed, { maxOutputLength: totalBytes + 1 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new DatasetInputError(
        file,
        `decompresses to more than the ${totalBytes} bytes its header declares`,
      );
    }
    throw new DatasetInputError(file, `truncated or corrupt gzip stream (${err.message})`);
  }
  if (out.length !== totalBytes) throw sizeProblem(file, totalBytes, out.length);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Inflate a zlib stream (MAT-file miCOMPRESSED elements) whose size is known beforehand. */
export function inflateExactly(file: string, what: string, data: Uint8Array, totalBytes: number): Uint8Array {
  let out: Buffer;
  try {
    out = inflateSync(data, { maxOutputLength: totalBytes + 1 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new DatasetInputError(
        file,
        `${what} inflates to more than the ${totalBytes} bytes its header declares`,
      );
    }
    throw new DatasetInputError(file, `${what}: truncated or corrupt compressed data (${err.message})`);
  }
  if (out.length !== totalBytes) {
    throw new DatasetInputError(
      file,
      `${what}: truncated: declares ${totalBytes} bytes, inflates to ${out.length}`,
    );
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Inflate just the start of a zlib stream, to read a header without inflating the rest. */
export function inflatePrefix(file: string, what: string, data: Uint8Array): Uint8Array {
  try {
    const out = inflateSync(data.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    throw new DatasetInputError(file, `${what}: not a readable zlib stream (${(e as Error).message})`);
  }
}
