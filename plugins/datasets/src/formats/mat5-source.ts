import { readAt } from '@transferlab/sdk';
import { pipeline } from 'node:stream/promises';
import { createInflate } from 'node:zlib';
import { inflateExactly } from '../core/binary-file';
import { DatasetInputError } from '../core/errors';
import type { DataFile } from '../core/paths';

/** Where MAT-file bytes come from: a buffer (tests, small files) or a file read piecewise. */
export interface MatSource {
  readonly file: string;
  readonly size: number;
  /** Up to len bytes at a position (fewer at the end of the file). */
  read(at: number, len: number): Promise<Uint8Array>;
  /** Inflate the zlib stream stored at [at, at + len) to exactly total bytes. */
  inflate(at: number, len: number, total: number, what: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function bufferSource(file: string, buf: Uint8Array): MatSource {
  return {
    file,
    size: buf.length,
    read: (at, len) => Promise.resolve(buf.subarray(at, Math.min(buf.length, at + len))),
    inflate: (at, len, total, what) =>
      new Promise((done) => done(inflateExactly(file, what, buf.subarray(at, at + len), total))),
    close: () => Promise.resolve(),
  };
}

/**
 * An opened MAT-file read in pieces through its handle: headers by positional reads,
 * compressed variables inflated as a stream straight into a buffer of their declared size.
 * Peak memory for SVHN's 182 MB train file is then the 225 MB of pixels, not the compressed
 * file as well. The handle stays the caller's: close() leaves it open.
 */
export function fileSource(f: DataFile): MatSource {
  const { handle: fh, name: file, size } = f;
  return {
    file,
    size,
    read: async (at, len) => {
      const out = await readAt(fh, at, Math.max(0, Math.min(len, size - at)));
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    },
    inflate: async (at, len, total, what) => {
      const out = new Uint8Array(total);
      let filled = 0;
      try {
        await pipeline(
          fh.createReadStream({ start: at, end: at + len - 1, highWaterMark: 1 << 20, autoClose: false }),
          createInflate(),
          async (chunks: AsyncIterable<Buffer>) => {
            for await (const chunk of chunks) {
              if (filled + chunk.length > total) {
                throw new DatasetInputError(
                  file,
                  `${what} inflates to more than the ${total} bytes its header declares`,
                );
              }
              out.set(chunk, filled);
              filled += chunk.length;
            }
          },
        );
      } catch (e) {
        if (e instanceof DatasetInputError) throw e;
        throw new DatasetInputError(
          file,
          `${what}: truncated or corrupt compressed data (${(e as Error).message})`,
        );
      }
      if (filled !== total)
        throw new DatasetInputError(
          file,
          `${what}: truncated: declares ${total} bytes, inflates to ${filled}`,
        );
      return out;
    },
    close: () => Promise.resolve(),
  };
}
