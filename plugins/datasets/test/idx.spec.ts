import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { assertConformance } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { idx, loadIdx } from '../src/formats/idx-plugin';
import { idxParams } from '../src/formats/idx-plugin';
import { idxBytes } from './fixtures/idx-writer';
import { patternBytes, tempRoot } from './fixtures/roots';

const H = 5;
const W = 4;
const trainPixels = patternBytes(6 * H * W, 1);
const trainLabels = Uint8Array.from([0, 1, 2, 2, 1, 0]);
const testPixels = patternBytes(3 * H * W, 2);
const testLabels = Uint8Array.from([2, 0, 1]);
const classes = ['a', 'b', 'c'];

function writeSet(gzip: boolean) {
  const t = tempRoot();
  t.write('set/train-images', idxBytes([6, H, W], trainPixels, { gzip }));
  t.write('set/train-labels', idxBytes([6], trainLabels, { gzip }));
  t.write('set/test-images', idxBytes([3, H, W], testPixels, { gzip }));
  t.write('set/test-labels', idxBytes([3], testLabels, { gzip }));
  const params = {
    trainImages: 'set/train-images',
    trainLabels: 'set/train-labels',
    testImages: 'set/test-images',
    testLabels: 'set/test-labels',
    classes,
  };
  return { ...t, params };
}

describe('idx dataset', () => {
  it.each([false, true])(
    'reads raw and gzip files (gzip %s) to the exact pixels and labels',
    async (gzip) => {
      const { ctx, params } = writeSet(gzip);
      const ds = await loadIdx(idxParams.parse(params), ctx);
      expect(ds.imageShape).toEqual([1, H, W]);
      expect(ds.sizes).toEqual({ train: 6, test: 3 });
      expect(Array.from(await ds.labels('test'))).toEqual([2, 0, 1]);
      const b = await ds.read('train', [4, 0]);
      expect(b.images.dims).toEqual([2, 1, H, W]);
      expect(Array.from(b.labels)).toEqual([1, 0]);
      const per = H * W;
      const expected = [...trainPixels.subarray(4 * per, 5 * per), ...trainPixels.subarray(0, per)].map(
        (v) => v / 255,
      );
      b.images.data.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
    },
  );

  it('gives raw and gzip files the same content checksum', async () => {
    const raw = await loadIdx(idxParams.parse(writeSet(false).params), writeSet(false).ctx);
    const gz = writeSet(true);
    expect((await loadIdx(idxParams.parse(gz.params), gz.ctx)).checksum).toBe(raw.checksum);
    expect(raw.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('transposes EMNIST-style images when asked', async () => {
    const { ctx, params } = writeSet(false);
    const ds = await loadIdx(idxParams.parse({ ...params, transpose: true }), ctx);
    expect(ds.imageShape).toEqual([1, W, H]);
    const b = await ds.read('train', [1]);
    // Pixel (y, x) of the stored image is (x, y) of the transposed one.
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++)
        expect(b.images.data[x * H + y]).toBeCloseTo(trainPixels[H * W + y * W + x]! / 255, 6);
  });

  it('passes the conformance kit', async () => {
    const { ctx, params } = writeSet(true);
    await assertConformance(idx, { params, ctx });
  });

  const malformed: [string, (t: ReturnType<typeof writeSet>) => void, RegExp][] = [
    [
      'wrong magic',
      (t) => t.write('set/train-images', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0])),
      /train-images: wrong magic number 0x504b0304: not an IDX file/,
    ],
    [
      'float element type',
      (t) => t.write('set/train-images', idxBytes([6, H, W], new Uint8Array(6 * H * W * 4), { type: 0x0d })),
      /train-images: IDX element type float32 is not supported/,
    ],
    [
      'header dims larger than the payload',
      (t) => t.write('set/train-images', idxBytes([7, H, W], trainPixels)),
      /train-images: truncated: the header declares 156 bytes, the file has 136/,
    ],
    [
      'payload longer than the header',
      (t) => t.write('set/train-images', idxBytes([5, H, W], trainPixels)),
      /train-images: the header declares 116 bytes, but the file has 136 \(extra data/,
    ],
    [
      'truncated gzip',
      (t) => t.write('set/train-images', idxBytes([6, H, W], trainPixels, { gzip: true }).subarray(0, 40)),
      /train-images: (truncated or corrupt gzip stream|truncated: the header declares)/,
    ],
    [
      'gzip longer than its header',
      (t) => t.write('set/train-images', idxBytes([5, H, W], trainPixels, { gzip: true })),
      /train-images: decompresses to more than the 116 bytes/,
    ],
    [
      'truncated header',
      (t) => t.write('set/train-labels', Buffer.from([0, 0, 8, 1, 0])),
      /train-labels: truncated: the IDX header needs 8 bytes/,
    ],
    [
      'label out of range',
      (t) => t.write('set/test-labels', idxBytes([3], Uint8Array.from([2, 3, 1]))),
      /test-labels: label 3 at index 1 is out of range \(3 classes\)/,
    ],
    [
      'count mismatch',
      (t) => t.write('set/test-labels', idxBytes([2], Uint8Array.from([2, 1]))),
      /test-images: has 3 images but .*test-labels has 2 labels/,
    ],
    [
      'wrong rank',
      (t) => t.write('set/test-images', idxBytes([3, H * W], testPixels)),
      /test-images: IDX array has 2 dimensions, expected 3/,
    ],
  ];
  it.each(malformed)('refuses %s, naming the file', async (_name, spoil, message) => {
    const t = writeSet(false);
    spoil(t);
    await expect(loadIdx(idxParams.parse(t.params), t.ctx)).rejects.toThrow(message);
  });

  it('refuses paths outside the roots and through links', async () => {
    const t = writeSet(false);
    const p = (over: Record<string, string>) => idxParams.parse({ ...t.params, ...over });
    await expect(loadIdx(p({ trainImages: '../../etc/passwd' }), t.ctx)).rejects.toThrow(
      /\.\.\/\.\.\/etc\/passwd: path is outside the dataset roots/,
    );
    await expect(loadIdx(p({ trainImages: '/etc/passwd' }), t.ctx)).rejects.toThrow(
      /path is outside the dataset roots/,
    );
    symlinkSync(join(t.root, 'set/train-images'), join(t.root, 'link-images'));
    await expect(loadIdx(p({ trainImages: 'link-images' }), t.ctx)).rejects.toThrow(
      /link-images: path goes through a symbolic link/,
    );
    mkdirSync(join(t.root, 'real'));
    symlinkSync(join(t.root, 'set'), join(t.root, 'real/dir'));
    await expect(loadIdx(p({ trainImages: 'real/dir/train-images' }), t.ctx)).rejects.toThrow(
      /real\/dir\/train-images: path goes through a symbolic link/,
    );
    await expect(loadIdx(p({ trainImages: 'set/missing' }), t.ctx)).rejects.toThrow(
      /set\/missing: does not exist/,
    );
    await expect(loadIdx(p({}), { roots: { datasets: [], models: [] } })).rejects.toThrow(
      /no dataset roots are configured/,
    );
  });

  it('refuses hard links: to a file outside the roots, and between two names inside them', async () => {
    const t = writeSet(false);
    const elsewhere = tempRoot('tl-ds-outside-');
    const secret = elsewhere.write('train-images', idxBytes([6, H, W], trainPixels, {}));
    linkSync(secret, join(t.root, 'set/linked-images'));
    const p = (over: Record<string, string>) => idxParams.parse({ ...t.params, ...over });
    await expect(loadIdx(p({ trainImages: 'set/linked-images' }), t.ctx)).rejects.toThrow(
      /^set\/linked-images: has 2 hard links; a file with more than one name may be a file from outside the roots, so hard-linked files are refused/,
    );
    linkSync(join(t.root, 'set/train-labels'), join(t.root, 'labels-copy'));
    await expect(loadIdx(p({}), t.ctx)).rejects.toThrow(/^set\/train-labels: has 2 hard links/);
  });
});

describe('dataset roots', () => {
  it('accepts an absolute path inside a root, also when the root is configured through a link', async () => {
    const t = writeSet(false);
    const linkedRoot = `${t.root}-link`;
    symlinkSync(t.root, linkedRoot);
    const abs = (rel: string) => join(linkedRoot, rel);
    const params = idxParams.parse({
      ...t.params,
      trainImages: abs('set/train-images'),
      trainLabels: abs('set/train-labels'),
      testImages: join(t.root, 'set/test-images'),
    });
    const ds = await loadIdx(params, { roots: { datasets: [linkedRoot], models: [] } });
    expect(ds.sizes).toEqual({ train: 6, test: 3 });
  });
});
