import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Features of a block of images: float32 [N, ...]. */
export interface Features {
  readonly dims: readonly number[];
  readonly data: Float32Array;
}

const MAGIC = 'TLFEAT01';

export class CorruptFeatureFileError extends Error {
  constructor(path: string, reason: string) {
    super(`feature cache file ${path} is corrupt: ${reason}`);
    this.name = 'CorruptFeatureFileError';
  }
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/**
 * File layout: 8-byte magic, u32 header length (LE), JSON header {key, dims, sha256 of
 * payload}, then the float32 payload. Written to a temporary name and renamed, so a
 * reader never sees half a file; a crash leaves at most a stray temp file.
 */
export async function writeFeatureFile(path: string, keyHash: string, f: Features): Promise<void> {
  const payload = new Uint8Array(f.data.buffer, f.data.byteOffset, f.data.byteLength);
  const header = Buffer.from(JSON.stringify({ key: keyHash, dims: f.dims, sha256: sha256(payload) }));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writev([Buffer.from(MAGIC), len, header, payload]);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Read and verify (magic, key, sizes, checksum); undefined when the file is absent. */
export async function readFeatureFile(path: string, keyHash: string): Promise<Features | undefined> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const bad = (reason: string): never => {
    throw new CorruptFeatureFileError(path, reason);
  };
  if (buf.length < 12 || buf.subarray(0, 8).toString() !== MAGIC) bad('bad magic');
  const hlen = buf.readUInt32LE(8);
  if (12 + hlen > buf.length) bad('header runs past the end');
  let header: { key?: unknown; dims?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(buf.subarray(12, 12 + hlen).toString()) as typeof header;
  } catch {
    return bad('header is not JSON');
  }
  if (header.key !== keyHash) bad(`written for key ${String(header.key)}, expected ${keyHash}`);
  const dims = header.dims;
  if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && (d as number) >= 0)) return bad('bad dims');
  const payload = buf.subarray(12 + hlen);
  const count = (dims as number[]).reduce((a, b) => a * b, 1);
  if (payload.length !== count * 4) bad(`payload has ${payload.length} bytes, dims need ${count * 4}`);
  if (sha256(payload) !== header.sha256) bad('checksum mismatch');
  // Copy into an aligned buffer: the payload offset need not be a multiple of 4.
  const data = new Float32Array(count);
  new Uint8Array(data.buffer).set(payload);
  return { dims: dims as number[], data };
}
