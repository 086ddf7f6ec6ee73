import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '@transferlab/sdk';
import { contentChecksum, u8Dataset, type U8DatasetSpec, type U8Split } from '../core/u8-dataset';

// Decoding the bundled JSON takes about a second per process; every worker loads the same
// bytes. The decoded splits are cached as one file in ctx.cacheDir:
//   64 bytes   content checksum (hex)
//   16 bytes   uint32 LE: train images, test images, bytes per image, reserved
//   then train pixels, train labels (int32 LE), test pixels, test labels.
// A cache hit is accepted only if the recomputed content checksum matches the stored one.

const HEAD = 80;

type Splits = Pick<U8DatasetSpec, 'train' | 'test'>;

export async function readDecodedCache(
  file: string,
  perImage: number,
  spec: Omit<U8DatasetSpec, 'train' | 'test' | 'name'>,
): Promise<(Splits & { checksum: string }) | undefined> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(HEAD);
    await fh.read(head, 0, HEAD, 0);
    const checksum = head.toString('latin1', 0, 64);
    const [nTrain, nTest, per] = [head.readUInt32LE(64), head.readUInt32LE(68), head.readUInt32LE(72)];
    if (per !== perImage) return undefined;
    const { size } = await fh.stat();
    if (size !== HEAD + (nTrain + nTest) * (per + 4)) return undefined;
    let at = HEAD;
    const part = async (n: number): Promise<U8Split> => {
      const pixels = new Uint8Array(n * per);
      const labels = new Int32Array(n);
      await fh.read(pixels, 0, pixels.length, at);
      at += pixels.length;
      await fh.read(new Uint8Array(labels.buffer), 0, labels.byteLength, at);
      at += labels.byteLength;
      return { pixels, labels };
    };
    const train = await part(nTrain);
    const test = await part(nTest);
    if (contentChecksum({ ...spec, train, test }) !== checksum) return undefined;
    return { train, test, checksum };
  } catch {
    return undefined;
  } finally {
    await fh.close();
  }
}

/** Write atomically (temp file, then rename) so a concurrent reader never sees half a file. */
export async function writeDecodedCache(
  file: string,
  dir: string,
  perImage: number,
  s: Splits,
  checksum: string,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const head = Buffer.alloc(HEAD);
  head.write(checksum, 0, 'latin1');
  head.writeUInt32LE(s.train.labels.length, 64);
  head.writeUInt32LE(s.test.labels.length, 68);
  head.writeUInt32LE(perImage, 72);
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const bytes = (a: Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  try {
    const fh = await open(tmp, 'w');
    try {
      for (const b of [head, s.train.pixels, bytes(s.train.labels), s.test.pixels, bytes(s.test.labels)])
        await fh.write(b);
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true });
  }
}

export function decodedCacheFile(cacheDir: string, key: string): { dir: string; file: string } {
  const dir = join(cacheDir, 'datasets');
  return { dir, file: join(dir, `${key}.u8`) };
}

/**
 * Load a bundled dataset through the decoded cache: a verified hit skips decoding; a miss
 * decodes and writes the cache for the next process. Without a cacheDir it just decodes.
 */
export async function loadThroughCache(
  spec: Omit<U8DatasetSpec, 'train' | 'test'>,
  key: string,
  cacheDir: string | undefined,
  decode: () => Promise<Splits>,
): Promise<Dataset> {
  const [c, h, w] = spec.imageShape;
  const per = c * h * w;
  const where = cacheDir ? decodedCacheFile(cacheDir, key) : undefined;
  const hit = where ? await readDecodedCache(where.file, per, spec) : undefined;
  if (hit) return u8Dataset({ ...spec, train: hit.train, test: hit.test }, hit.checksum);
  const splits = await decode();
  const ds = u8Dataset({ ...spec, ...splits });
  if (where) await writeDecodedCache(where.file, where.dir, per, splits, ds.checksum);
  return ds;
}
