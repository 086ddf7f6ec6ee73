import { contentChecksum, u8Dataset, type U8Split } from '@transferlab/plugins-datasets';
import type { Dataset, Split } from '@transferlab/sdk';

/**
 * A dataset as the server ships it to workers: a 4-byte little-endian header length, a JSON
 * header (name, classes, image shape, split sizes), then per split (train, test) the uint8
 * pixels in NCHW order and the int32 little-endian labels: the exact layout the built-in
 * datasets' content checksum hashes, so a worker checks the bytes against the trial's checksum.
 */
interface BundleHeader {
  readonly name: string;
  readonly classes: readonly string[];
  readonly imageShape: readonly [number, number, number];
  readonly sizes: Readonly<Record<Split, number>>;
}

/** Images read per step while packing (bounds the float32 copy in memory). */
const PACK_CHUNK = 2048;

/** Packs a loaded dataset; refuses one whose pixels are not 8-bit (the format would change them). */
export async function packDataset(d: Dataset): Promise<Uint8Array> {
  const [c, h, w] = d.imageShape;
  const per = c * h * w;
  const header: BundleHeader = { name: d.name, classes: [...d.classes], imageShape: [c, h, w], sizes: { train: d.sizes.train, test: d.sizes.test } };
  const json = Buffer.from(JSON.stringify(header));
  const parts: Uint8Array[] = [new Uint8Array(new Uint32Array([json.length]).buffer), json];
  for (const split of ['train', 'test'] as const) {
    const n = d.sizes[split];
    const pixels = new Uint8Array(n * per);
    for (let start = 0; start < n; start += PACK_CHUNK) {
      const idx = Array.from({ length: Math.min(PACK_CHUNK, n - start) }, (_, i) => start + i);
      const { images } = await d.read(split, idx);
      for (let j = 0; j < images.data.length; j++) {
        const v = (images.data[j] ?? 0) * 255;
        const q = Math.round(v);
        if (Math.abs(v - q) > 1e-3) throw new Error(`dataset '${d.name}' is not 8-bit images (${split} image ${start + Math.floor(j / per)}); it cannot be shipped to workers`);
        pixels[start * per + j] = q;
      }
    }
    const labels = await d.labels(split);
    parts.push(pixels, new Uint8Array(labels.buffer, labels.byteOffset, labels.byteLength));
  }
  return Buffer.concat(parts);
}

/** Unpacks a bundle and checks its content against the checksum the trial was keyed with. */
export function unpackDataset(bytes: Uint8Array, expectedChecksum: string): Dataset {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 4) throw new Error('dataset bundle: truncated header');
  const headerLength = view.readUInt32LE(0);
  if (headerLength > 1 << 20 || 4 + headerLength > view.length) throw new Error('dataset bundle: bad header length');
  const header = JSON.parse(view.subarray(4, 4 + headerLength).toString('utf8')) as BundleHeader;
  const [c, h, w] = header.imageShape;
  const per = c * h * w;
  let at = 4 + headerLength;
  const take = (n: number): Uint8Array => {
    if (at + n > view.length) throw new Error(`dataset bundle '${header.name}': ${view.length} bytes, its header needs more`);
    // A copy into its own buffer: Int32Array needs 4-byte alignment.
    const out = new Uint8Array(n);
    out.set(view.subarray(at, at + n));
    at += n;
    return out;
  };
  const split = (n: number): U8Split => {
    const pixels = take(n * per);
    return { pixels, labels: new Int32Array(take(n * 4).buffer, 0, n) };
  };
  const train = split(header.sizes.train);
  const test = split(header.sizes.test);
  if (at !== view.length) throw new Error(`dataset bundle '${header.name}': ${view.length - at} bytes past its content`);
  const spec = { name: header.name, classes: header.classes, imageShape: header.imageShape, train, test };
  const actual = contentChecksum(spec);
  if (actual !== expectedChecksum) throw new Error(`dataset '${header.name}': the bytes received have checksum ${actual}, the trial was keyed with ${expectedChecksum}; refused`);
  return u8Dataset(spec, actual);
}
