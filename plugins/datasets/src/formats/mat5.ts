import { inflatePrefix } from '../core/binary-file';
import type { MatSource } from './mat5-source';
import { DatasetInputError } from '../core/errors';

// MAT-file level 5 (MATLAB's -v5/-v6/-v7 files; the format scipy.io.loadmat reads), numeric
// arrays only. Reference: MathWorks, "MAT-File Format", chapter 1 (level 5 MAT-files).
export const MI = {
  INT8: 1,
  UINT8: 2,
  INT16: 3,
  UINT16: 4,
  INT32: 5,
  UINT32: 6,
  SINGLE: 7,
  DOUBLE: 9,
  INT64: 12,
  UINT64: 13,
  MATRIX: 14,
  COMPRESSED: 15,
} as const;
export const MX = {
  DOUBLE: 6,
  SINGLE: 7,
  INT8: 8,
  UINT8: 9,
  INT16: 10,
  UINT16: 11,
  INT32: 12,
  UINT32: 13,
  INT64: 14,
  UINT64: 15,
} as const;

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 2, 5: 4, 6: 4, 7: 4, 9: 8, 12: 8, 13: 8 };
const HEADER_BYTES = 128;

/** A numeric array's header: where its real part lies inside the (inflated) matrix element. */
export interface MatArrayHeader {
  readonly name: string;
  readonly mxClass: number;
  readonly dims: readonly number[];
  readonly dataType: number;
  readonly dataOffset: number;
  readonly dataBytes: number;
  /** Bytes of the whole miMATRIX element, tag included. */
  readonly elementBytes: number;
}

export interface MatArray extends MatArrayHeader {
  readonly littleEndian: boolean;
  /** The real part, stored type, file byte order. */
  readonly data: Uint8Array;
}

interface Tag {
  type: number;
  bytes: number;
  dataAt: number;
  next: number;
}

class Reader {
  readonly view: DataView;
  constructor(
    readonly file: string,
    readonly buf: Uint8Array,
    readonly le: boolean,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  u32(at: number, what: string): number {
    if (at + 4 > this.buf.length)
      throw new DatasetInputError(this.file, `truncated: ${what} at byte ${at} runs past the end`);
    return this.view.getUint32(at, this.le);
  }
  /** A data element tag, in the normal (8-byte) or small (4-byte, data packed in) format. */
  tag(at: number, what: string, padded: boolean): Tag {
    const w = this.u32(at, what);
    if (w >>> 16 !== 0) return { type: w & 0xffff, bytes: w >>> 16, dataAt: at + 4, next: at + 8 };
    const bytes = this.u32(at + 4, what);
    return { type: w, bytes, dataAt: at + 8, next: at + 8 + (padded ? Math.ceil(bytes / 8) * 8 : bytes) };
  }
}

/** Parse the sub-elements of a numeric miMATRIX element starting at `at` (its tag). */
function matrixHeader(r: Reader, at: number): MatArrayHeader {
  const what = `array at byte ${at}`;
  const top = r.tag(at, what, true);
  if (top.type !== MI.MATRIX)
    throw new DatasetInputError(r.file, `${what}: element type ${top.type} is not a matrix (14)`);
  const flags = r.tag(top.dataAt, `${what} flags`, true);
  const f = r.u32(flags.dataAt, `${what} flags`);
  const mxClass = f & 0xff;
  const dimsTag = r.tag(flags.next, `${what} dimensions`, true);
  if (dimsTag.type !== MI.INT32 || dimsTag.bytes % 4 !== 0)
    throw new DatasetInputError(r.file, `${what}: malformed dimensions`);
  const dims = Array.from({ length: dimsTag.bytes / 4 }, (_, i) =>
    r.u32(dimsTag.dataAt + 4 * i, `${what} dimensions`),
  );
  const nameTag = r.tag(dimsTag.next, `${what} name`, true);
  if (nameTag.dataAt + nameTag.bytes > r.buf.length)
    throw new DatasetInputError(r.file, `truncated: ${what} name runs past the end`);
  const name = Buffer.from(r.buf.subarray(nameTag.dataAt, nameTag.dataAt + nameTag.bytes)).toString('latin1');
  const label = `variable '${name}'`;
  if (mxClass < MX.DOUBLE || mxClass > MX.UINT64)
    throw new DatasetInputError(r.file, `${label}: array class ${mxClass} is not numeric`);
  if (f & 0x800) throw new DatasetInputError(r.file, `${label}: complex arrays are not supported`);
  const real = r.tag(nameTag.next, `${label} data`, true);
  const size = TYPE_SIZE[real.type];
  if (size === undefined)
    throw new DatasetInputError(r.file, `${label}: data type ${real.type} is not numeric`);
  const count = dims.reduce((a, b) => a * b, 1);
  if (real.bytes !== count * size) {
    throw new DatasetInputError(
      r.file,
      `${label}: dimensions ${dims.join('x')} need ${count * size} bytes, the data holds ${real.bytes}`,
    );
  }
  const elementBytes = 8 + top.bytes;
  if (real.dataAt - at + real.bytes > elementBytes) {
    throw new DatasetInputError(r.file, `${label}: data runs past the end of its element`);
  }
  return {
    name,
    mxClass,
    dims,
    dataType: real.type,
    dataOffset: real.dataAt - at,
    dataBytes: real.bytes,
    elementBytes,
  };
}

function fileEndianness(file: string, buf: Uint8Array): boolean {
  const text = Buffer.from(buf.subarray(0, Math.min(116, buf.length))).toString('latin1');
  if (text.startsWith('MATLAB 7.3'))
    throw new DatasetInputError(file, 'MATLAB v7.3 (HDF5) files are not supported; save with -v7');
  if (buf.length < HEADER_BYTES || !text.startsWith('MATLAB 5.0 MAT-file')) {
    throw new DatasetInputError(
      file,
      "wrong magic: not a MATLAB level 5 MAT-file (no 'MATLAB 5.0 MAT-file' header)",
    );
  }
  const e = String.fromCharCode(buf[126] ?? 0, buf[127] ?? 0);
  if (e === 'IM') return true;
  if (e === 'MI') return false;
  throw new DatasetInputError(file, `wrong endian indicator '${e}' in the MAT-file header`);
}

interface Located {
  header: MatArrayHeader;
  compressed: boolean;
  at: number;
  bytes: number;
}

/** Bytes read ahead of an element to parse its header (flags, dims, name, data tag). */
const PEEK = 4096;

/**
 * Read the named numeric variables of a level 5 MAT-file. All top-level headers are read
 * (inflating only a prefix of compressed elements) and checked against their payload
 * sizes before any variable is read or inflated, each to exactly its declared size.
 */
export async function readMat5(src: MatSource, names: readonly string[]): Promise<Map<string, MatArray>> {
  const file = src.file;
  const head = await src.read(0, HEADER_BYTES);
  const le = fileEndianness(file, head);
  const found = new Map<string, Located>();
  for (let at = HEADER_BYTES; at < src.size;) {
    const tagBytes = await src.read(at, 8);
    const t = new Reader(file, tagBytes, le).tag(0, `element at byte ${at}`, true);
    const dataAt = at + t.dataAt;
    if (dataAt + t.bytes > src.size) {
      throw new DatasetInputError(
        file,
        `truncated: element at byte ${at} declares ${t.bytes} bytes, ${src.size - dataAt} remain`,
      );
    }
    if (t.type === MI.COMPRESSED) {
      const prefix = inflatePrefix(
        file,
        `compressed element at byte ${at}`,
        await src.read(dataAt, Math.min(t.bytes, PEEK)),
      );
      const header = matrixHeader(new Reader(file, prefix, le), 0);
      found.set(header.name, { header, compressed: true, at: dataAt, bytes: t.bytes });
    } else if (t.type === MI.MATRIX) {
      const header = matrixHeader(new Reader(file, await src.read(at, Math.min(8 + t.bytes, PEEK)), le), 0);
      found.set(header.name, { header, compressed: false, at, bytes: header.elementBytes });
    }
    // Compressed elements are not padded; others are padded to 8 bytes.
    at = t.type === MI.COMPRESSED ? dataAt + t.bytes : at + t.next;
  }
  const missing = names.filter((n) => !found.has(n));
  if (missing.length) {
    throw new DatasetInputError(
      file,
      `has no variable ${missing.map((m) => `'${m}'`).join(', ')} (found: ${[...found.keys()].join(', ') || 'none'})`,
    );
  }
  const out = new Map<string, MatArray>();
  for (const name of names) {
    const loc = found.get(name);
    if (!loc) continue;
    const h = loc.header;
    const data = loc.compressed
      ? (await src.inflate(loc.at, loc.bytes, h.elementBytes, `variable '${name}'`)).subarray(
          h.dataOffset,
          h.dataOffset + h.dataBytes,
        )
      : await src.read(loc.at + h.dataOffset, h.dataBytes);
    out.set(name, { ...h, littleEndian: le, data });
  }
  return out;
}

/** Element i of a numeric array as a number, whatever type it is stored as. */
export function matNumberReader(a: MatArray): (i: number) => number {
  const v = new DataView(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  const le = a.littleEndian;
  switch (a.dataType) {
    case MI.INT8:
      return (i) => v.getInt8(i);
    case MI.UINT8:
      return (i) => v.getUint8(i);
    case MI.INT16:
      return (i) => v.getInt16(2 * i, le);
    case MI.UINT16:
      return (i) => v.getUint16(2 * i, le);
    case MI.INT32:
      return (i) => v.getInt32(4 * i, le);
    case MI.UINT32:
      return (i) => v.getUint32(4 * i, le);
    case MI.SINGLE:
      return (i) => v.getFloat32(4 * i, le);
    case MI.DOUBLE:
      return (i) => v.getFloat64(8 * i, le);
    case MI.INT64:
      return (i) => Number(v.getBigInt64(8 * i, le));
    default:
      return (i) => Number(v.getBigUint64(8 * i, le));
  }
}
