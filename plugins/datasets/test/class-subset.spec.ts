import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { classSubset } from '../src/core/class-subset';
import { classSubsetPlugin } from '../src/core/class-subset-plugin';
import { u8Dataset } from '../src/core/u8-dataset';
import { patternBytes } from './fixtures/roots';

// 4 classes, 2x3 colour images; train labels 0,1,2,3,0,1,2,3; test labels 3,2,1,0.
const base = u8Dataset({
  name: 'four',
  classes: ['a', 'b', 'c', 'd'],
  imageShape: [3, 2, 3],
  train: { pixels: patternBytes(8 * 18, 1), labels: Int32Array.from([0, 1, 2, 3, 0, 1, 2, 3]) },
  test: { pixels: patternBytes(4 * 18, 2), labels: Int32Array.from([3, 2, 1, 0]) },
});

describe('classSubset', () => {
  it('keeps the listed classes, renumbered in the order given, reading through the base', async () => {
    const v = await classSubset(base, [3, 1], 'db');
    expect(v.classes).toEqual(['d', 'b']);
    expect(v.sizes).toEqual({ train: 4, test: 2 });
    expect(Array.from(await v.labels('train'))).toEqual([1, 0, 1, 0]);
    const b = await v.read('train', [2, 1]);
    // View index 2 is base index 5 (label b -> 1), view index 1 is base index 3 (d -> 0).
    expect(Array.from(b.labels)).toEqual([1, 0]);
    expect(b.images.data).toEqual((await base.read('train', [5, 3])).images.data);
    expect(await v.thumbnail('test', 0)).toEqual(await base.thumbnail('test', 0));
    expect(v.checksum).not.toBe(base.checksum);
    expect((await classSubset(base, [1, 3])).checksum).not.toBe(v.checksum);
    await expect(v.read('test', [2])).rejects.toThrow(/index 2 outside the test split of 2/);
  });

  it('refuses unknown, repeated or too few classes', async () => {
    await expect(classSubset(base, [0, 4])).rejects.toThrow(/class 4 is not a class of four \(0\.\.3\)/);
    await expect(classSubset(base, [1, 1])).rejects.toThrow(/class 1 is listed twice/);
    await expect(classSubset(base, [2])).rejects.toThrow(/needs at least 2 classes/);
  });

  it('as a plugin, views any registered dataset and passes the conformance kit', async () => {
    const ctx = createTestContext({ datasets: { four: base } });
    await assertConformance(classSubsetPlugin, { params: { dataset: 'four', classes: [2, 0] }, ctx });
    await assertConformance(classSubsetPlugin, { params: { dataset: 'synthetic', classes: [1, 0] } });
  });
});

describe('u8Dataset', () => {
  it('thumbnails are PNGs that decode back to the stored pixels', async () => {
    const png = await base.thumbnail('train', 6);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
    const chw = patternBytes(8 * 18, 1).subarray(6 * 18, 7 * 18);
    for (let ch = 0; ch < 3; ch++) for (let p = 0; p < 6; p++) expect(data[p * 3 + ch]).toBe(chw[ch * 6 + p]);
  });

  it('refuses bad indices and inconsistent splits', async () => {
    await expect(base.read('train', [8])).rejects.toThrow(/index 8 outside the train split of 8/);
    await expect(base.thumbnail('test', -1)).rejects.toThrow(/index -1 outside/);
    expect(() =>
      u8Dataset({
        name: 'bad',
        classes: ['a', 'b'],
        imageShape: [1, 2, 2],
        train: { pixels: new Uint8Array(7), labels: new Int32Array(2) },
        test: { pixels: new Uint8Array(4), labels: new Int32Array(1) },
      }),
    ).toThrow(/bad\/train: 7 pixel bytes for 2 images of 4/);
  });
});
