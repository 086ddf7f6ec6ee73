import { contentChecksum, u8Dataset } from '@transferlab/plugins-datasets';
import type { Dataset } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { packDataset, unpackDataset } from './dataset-bundle';

/** A 3-class dataset of 2x2 RGB images with every pixel value its own, 5 train and 2 test images. */
function tiny(): Dataset {
  const per = 3 * 2 * 2;
  const split = (n: number, offset: number) => ({
    pixels: Uint8Array.from({ length: n * per }, (_, i) => (i * 7 + offset) % 256),
    labels: Int32Array.from({ length: n }, (_, i) => i % 3),
  });
  return u8Dataset({ name: 'tiny', classes: ['a', 'b', 'c'], imageShape: [3, 2, 2], train: split(5, 0), test: split(2, 100) });
}

describe('dataset bundles', () => {
  it('round-trip a dataset exactly, under its content checksum', async () => {
    const d = tiny();
    const back = unpackDataset(await packDataset(d), d.checksum);
    expect(back.checksum).toBe(d.checksum);
    expect(back.sizes).toEqual(d.sizes);
    expect(back.classes).toEqual(d.classes);
    for (const split of ['train', 'test'] as const) {
      const idx = Array.from({ length: d.sizes[split] }, (_, i) => i);
      const [a, b] = await Promise.all([back.read(split, idx), d.read(split, idx)]);
      expect(Array.from(a.images.data)).toEqual(Array.from(b.images.data));
      expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    }
  });

  it('refuses changed, truncated or extended bytes', async () => {
    const d = tiny();
    const bytes = await packDataset(d);
    const changed = Uint8Array.from(bytes);
    changed[changed.length - 10] = (changed[changed.length - 10]! + 1) % 256;
    expect(() => unpackDataset(changed, d.checksum)).toThrow(/the bytes received have checksum [0-9a-f]{64}, the trial was keyed with [0-9a-f]{64}; refused/);
    expect(() => unpackDataset(bytes.subarray(0, bytes.length - 1), d.checksum)).toThrow(/its header needs more/);
    expect(() => unpackDataset(Uint8Array.from([...bytes, 0]), d.checksum)).toThrow(/1 bytes past its content/);
    expect(() => unpackDataset(bytes, contentChecksum({ classes: ['x'], imageShape: [1, 1, 1], train: { pixels: new Uint8Array(0), labels: new Int32Array(0) }, test: { pixels: new Uint8Array(0), labels: new Int32Array(0) } }))).toThrow(/refused/);
  });

  it('refuses to pack a dataset whose pixels are not 8-bit', async () => {
    const d = tiny();
    const blurred: Dataset = {
      ...d,
      read: async (split, indices) => {
        const b = await d.read(split, indices);
        return { ...b, images: { ...b.images, data: b.images.data.map((v) => v + 0.3 / 255) } };
      },
    };
    await expect(packDataset(blurred)).rejects.toThrow("dataset 'tiny' is not 8-bit images (train image 0); it cannot be shipped to workers");
  });
});
