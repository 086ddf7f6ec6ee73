import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { assertConformance } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { imageFolder } from '../src/formats/image-folder';
import { BLUE, RED, writeImage } from './fixtures/image-writer';
import { tempRoot } from './fixtures/roots';

async function setup() {
  const t = tempRoot();
  for (let i = 0; i < 5; i++) {
    await writeImage(t, `imgs/cat/c${i}.png`, RED, 'png');
    await writeImage(t, `imgs/dog/d${i}.${i % 2 ? 'webp' : 'png'}`, BLUE, i % 2 ? 'webp' : 'png', [7, 15]);
  }
  await writeImage(t, 'imgs/dog/photo.JPG', BLUE, 'jpeg');
  t.write('imgs/dog/notes.txt', 'not an image, skipped');
  t.write('imgs/.DS_Store', 'skipped');
  return t;
}

describe('image-folder dataset', () => {
  it('decodes PNG, JPEG and WebP, resizes, and splits each class by name hash', async () => {
    const t = await setup();
    const ds = await imageFolder.load(
      imageFolder.params.parse({ train: 'imgs', width: 8, height: 6, testFraction: 0.4 }),
      t.ctx,
    );
    expect(ds.classes).toEqual(['cat', 'dog']);
    expect(ds.imageShape).toEqual([3, 6, 8]);
    // cat: 5 images -> 2 test; dog: 6 images -> round(2.4) = 2 test.
    expect(ds.sizes).toEqual({ train: 7, test: 4 });
    const labels = await ds.labels('train');
    const all = await ds.read('train', Array.from(labels.keys()));
    const hw = 48;
    labels.forEach((l, i) => {
      const color = l === 0 ? RED : BLUE;
      for (let ch = 0; ch < 3; ch++) {
        const v = all.images.data[i * 3 * hw + ch * hw + 17]!;
        // PNG/WebP lossless are exact; JPEG is close.
        expect(Math.abs(v * 255 - color[ch]!)).toBeLessThan(4);
      }
    });
    const again = await imageFolder.load(
      imageFolder.params.parse({ train: 'imgs', width: 8, height: 6, testFraction: 0.4 }),
      t.ctx,
    );
    expect(again.checksum).toBe(ds.checksum);
  });

  it('uses a separate test folder, and grey output when channels is 1', async () => {
    const t = await setup();
    await writeImage(t, 'test/cat/x.png', RED, 'png');
    await writeImage(t, 'test/dog/y.webp', BLUE, 'webp');
    const ds = await imageFolder.load(
      imageFolder.params.parse({ train: 'imgs', test: 'test', width: 4, height: 4, channels: 1 }),
      t.ctx,
    );
    expect(ds.sizes).toEqual({ train: 11, test: 2 });
    expect(ds.imageShape).toEqual([1, 4, 4]);
    const b = await ds.read('test', [0, 1]);
    // Luma of this red (~50/255) is above that of this blue (~38/255).
    expect(b.images.data[0]).toBeGreaterThan(b.images.data[16]!);
  });

  it('passes the conformance kit', async () => {
    const t = await setup();
    await assertConformance(imageFolder, { params: { train: 'imgs', width: 10, height: 10 }, ctx: t.ctx });
  });

  it('refuses an empty class folder', async () => {
    const t = await setup();
    mkdirSync(join(t.root, 'imgs/bird'));
    t.write('imgs/bird/readme.txt', 'no images here');
    await expect(imageFolder.load(imageFolder.params.parse({ train: 'imgs' }), t.ctx)).rejects.toThrow(
      /imgs\/bird: class folder is empty/,
    );
  });

  it('refuses an unreadable image, naming it', async () => {
    const t = await setup();
    t.write(
      'imgs/cat/broken.png',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 7)]),
    );
    await expect(imageFolder.load(imageFolder.params.parse({ train: 'imgs' }), t.ctx)).rejects.toThrow(
      /imgs\/cat\/broken\.png: unreadable image/,
    );
  });

  it('refuses links to images and to class folders', async () => {
    const t = await setup();
    symlinkSync('/etc/hostname', join(t.root, 'imgs/cat/evil.png'));
    await expect(imageFolder.load(imageFolder.params.parse({ train: 'imgs' }), t.ctx)).rejects.toThrow(
      /imgs\/cat\/evil\.png: is a symbolic link; links are refused/,
    );
    const u = await setup();
    symlinkSync(join(u.root, 'imgs/cat'), join(u.root, 'imgs/lion'));
    await expect(imageFolder.load(imageFolder.params.parse({ train: 'imgs' }), u.ctx)).rejects.toThrow(
      /imgs\/lion: is a symbolic link/,
    );
  });

  it('refuses a hard-linked image, saying why', async () => {
    const t = await setup();
    linkSync(join(t.root, 'imgs/cat/c1.png'), join(t.root, 'imgs/dog/d9.png'));
    await expect(imageFolder.load(imageFolder.params.parse({ train: 'imgs' }), t.ctx)).rejects.toThrow(
      /imgs\/(cat\/c1|dog\/d9)\.png: has 2 hard links; .*hard-linked files are refused/,
    );
  });

  it('refuses folders outside the roots, a single class, mismatched test classes and too many images', async () => {
    const t = await setup();
    const load = (p: object) => imageFolder.load(imageFolder.params.parse(p), t.ctx);
    await expect(load({ train: '../' })).rejects.toThrow(/path is outside the dataset roots/);
    await expect(load({ train: 'imgs/cat' })).rejects.toThrow(
      /imgs\/cat: has 0 class folder\(s\); needs at least 2/,
    );
    await writeImage(t, 'test/cat/x.png', RED, 'png');
    await writeImage(t, 'test/cow/y.png', RED, 'png');
    await expect(load({ train: 'imgs', test: 'test' })).rejects.toThrow(
      /test: class folders \[cat, cow\] differ from the train folder's \[cat, dog\]/,
    );
    await expect(load({ train: 'imgs', maxImages: 5 })).rejects.toThrow(
      /imgs: holds 11 images, more than maxImages = 5/,
    );
  });
});

describe('image-folder progress and cancellation', () => {
  it('reports progress up to 1 and stops when the signal is aborted', async () => {
    const t = await setup();
    const seen: number[] = [];
    const ctx = { ...t.ctx, progress: { report: (f: number) => seen.push(f) } };
    await imageFolder.load(imageFolder.params.parse({ train: 'imgs', width: 4, height: 4 }), ctx);
    expect(seen.at(-1)).toBe(1);
    const abort = new AbortController();
    abort.abort(new Error('cancelled by the user'));
    await expect(
      imageFolder.load(imageFolder.params.parse({ train: 'imgs', width: 4, height: 4 }), {
        ...t.ctx,
        signal: abort.signal,
      }),
    ).rejects.toThrow(/cancelled by the user/);
  });
});
