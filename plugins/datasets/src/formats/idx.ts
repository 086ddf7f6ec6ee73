import { DatasetInputError } from '../core/errors';
import { readCheckedBinary } from '../core/binary-file';
import type { DataFile } from '../core/paths';

const TYPE_NAMES: Record<number, string> = {
  0x08: 'unsigned byte',
  0x09: 'signed byte',
  0x0b: 'int16',
  0x0c: 'int32',
  0x0d: 'float32',
  0x0e: 'float64',
};

export interface IdxArray {
  readonly dims: readonly number[];
  /** The uint8 payload, row-major, without the header. */
  readonly data: Uint8Array;
}

/**
 * Check an IDX header (as in LeCun's MNIST files): two zero bytes, the element type
 * (only 0x08, unsigned byte, is used by image datasets), the number of dimensions, then
 * each dimension as a big-endian uint32. Returns the dims and the exact file size.
 */
export function parseIdxHeader(
  file: string,
  head: Uint8Array,
  ndims: number,
): { dims: number[]; headerBytes: number; totalBytes: number } {
  if (head.length < 4)
    throw new DatasetInputError(file, `truncated: ${head.length} bytes, too short for an IDX header`);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const magic = view.getUint32(0);
  if (head[0] !== 0 || head[1] !== 0) {
    throw new DatasetInputError(
      file,
      `wrong magic number 0x${magic.toString(16).padStart(8, '0')}: not an IDX file`,
    );
  }
  const type = head[2] ?? 0;
  if (type !== 0x08) {
    const name = TYPE_NAMES[type];
    throw new DatasetInputError(
      file,
      name
        ? `IDX element type ${name} is not supported; expected unsigned byte (0x08)`
        : `wrong magic number 0x${magic.toString(16).padStart(8, '0')}: unknown IDX element type 0x${type.toString(16)}`,
    );
  }
  if (head[3] !== ndims)
    throw new DatasetInputError(file, `IDX array has ${head[3]} dimensions, expected ${ndims}`);
  const headerBytes = 4 + 4 * ndims;
  if (head.length < headerBytes)
    throw new DatasetInputError(file, `truncated: the IDX header needs ${headerBytes} bytes`);
  const dims = Array.from({ length: ndims }, (_, i) => view.getUint32(4 + 4 * i));
  if (dims.some((d) => d === 0))
    throw new DatasetInputError(file, `IDX dimensions ${dims.join('x')} contain a zero`);
  return { dims, headerBytes, totalBytes: headerBytes + dims.reduce((a, b) => a * b, 1) };
}

/** Read an opened IDX file (raw or gzip) of unsigned bytes with the given number of dimensions. */
export async function readIdx(f: DataFile, ndims: number): Promise<IdxArray> {
  const file = f.name;
  let header: ReturnType<typeof parseIdxHeader> | undefined;
  const bytes = await readCheckedBinary(f, (head) => (header = parseIdxHeader(file, head, ndims)));
  if (!header) throw new DatasetInputError(file, 'no IDX header');
  return { dims: header.dims, data: bytes.subarray(header.headerBytes) };
}
