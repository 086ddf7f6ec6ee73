import { mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { PluginContext } from '@transferlab/sdk';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { csvImages } from './index';

const W = 4;
const H = 3;
const pixel = (i: number, j: number) => (i * 50 + j * 17) % 256;

function csv(labels: number[]): string {
  const header = ['label', ...Array.from({ length: W * H }, (_, j) => `pixel${j}`)].join(',');
  const rows = labels.map((l, i) => [l, ...Array.from({ length: W * H }, (_, j) => pixel(i, j))].join(','));
  return `${[header, ...rows].join('\n')}\n`;
}

function setup(): { root: string; ctx: PluginContext; params: Record<string, unknown> } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'csv-images-')));
  writeFileSync(join(root, 'train.csv'), csv([0, 1, 2, 1, 0]));
  writeFileSync(join(root, 'test.csv'), csv([2, 0]));
  const ctx = { ...createTestContext(), roots: { datasets: [root], models: [] } };
  return { root, ctx, params: { width: W, height: H, classes: ['a', 'b', 'c'] } };
}

/** Decode our grey PNG independently: concatenate IDAT, inflate, drop each row's filter byte. */
function decodeGreyPng(png: Uint8Array): { width: number; height: number; pixels: number[] } {
  const b = Buffer.from(png);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < b.length) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) pixels.push(...raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)));
  return { width, height, pixels };
}

describe('csv-images example dataset', () => {
  it('passes the conformance kit', async () => {
    const { ctx, params } = setup();
    await assertConformance(csvImages, { params, ctx });
  });

  it('reads pixels as float32 in [0,1] with their labels, and thumbnails the same pixels', async () => {
    const { ctx, params } = setup();
    const ds = await csvImages.load(csvImages.params.parse(params), ctx);
    expect(ds.sizes).toEqual({ train: 5, test: 2 });
    const b = await ds.read('train', [3]);
    expect(Array.from(b.labels)).toEqual([1]);
    expect(Array.from(b.images.data, (v) => Math.round(v * 255))).toEqual(
      Array.from({ length: W * H }, (_, j) => pixel(3, j)),
    );
    const png = decodeGreyPng(await ds.thumbnail('test', 1));
    expect(png).toEqual({
      width: W,
      height: H,
      pixels: Array.from({ length: W * H }, (_, j) => pixel(1, j)),
    });
  });

  it('refuses bad files, naming the file and line', async () => {
    const { root, ctx, params } = setup();
    const load = () => csvImages.load(csvImages.params.parse(params), ctx);
    writeFileSync(join(root, 'test.csv'), csv([2, 3]));
    await expect(load()).rejects.toThrow(/test\.csv:3: label 3 is out of range \(3 classes\)/);
    writeFileSync(join(root, 'test.csv'), csv([2]).replace(/,\d+\n$/, '\n'));
    await expect(load()).rejects.toThrow(/test\.csv:2: 12 columns, expected 13/);
    writeFileSync(join(root, 'test.csv'), 'label,a\n1,2\n');
    await expect(load()).rejects.toThrow(/test\.csv:1: header must be 'label' and 12 pixel columns/);
  });

  it('refuses paths outside the dataset roots and links', async () => {
    const { root, ctx, params } = setup();
    await expect(
      csvImages.load(csvImages.params.parse({ ...params, train: '../../etc/passwd' }), ctx),
    ).rejects.toThrow(/\.\.\/\.\.\/etc\/passwd: path is outside the dataset roots/);
    symlinkSync(join(root, 'train.csv'), join(root, 'link.csv'));
    await expect(
      csvImages.load(csvImages.params.parse({ ...params, train: 'link.csv' }), ctx),
    ).rejects.toThrow(/symbolic link/);
  });
});
