import { deflateSync } from 'node:zlib';
import { assertConformance } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { readMat5 } from '../src/formats/mat5';
import { bufferSource } from '../src/formats/mat5-source';
import { openDataPath, withOpened } from '../src/core/paths';
import { readSvhnFile, svhn } from '../src/formats/svhn';
import { matFile, matHeader, matrixElement, svhnVariables } from './fixtures/mat5-writer';
import { patternBytes, tempRoot } from './fixtures/roots';

/** readSvhnFile on a file under the temp root, opened as the plugin opens it. */
const readSvhnAt = (root: string, file: string) =>
  withOpened([() => openDataPath([root], file, 'file')], ([f]) => readSvhnFile(f!));

// Images defined in CHW by a formula, so the reader's transposition is checked independently.
const pixel = (k: number, ch: number, row: number, col: number) =>
  (k * 31 + ch * 80 + row * 5 + col * 3) & 0xff;
const images = (n: number, salt = 0) =>
  Array.from({ length: n }, (_, k) =>
    Uint8Array.from({ length: 3072 }, (_, i) => pixel(k + salt, i >> 10, (i >> 5) & 31, i & 31)),
  );

describe('MAT-file level 5 reader and svhn', () => {
  it.each([
    ['compressed, y as double', { compress: true }, 9],
    ['uncompressed, y as double', { compress: false }, 9],
    ['compressed, y stored as uint8', { compress: true }, 2],
    ['big-endian, uncompressed', { compress: false, littleEndian: false }, 9],
  ] as const)('reads %s; label 10 means digit 0', async (_name, opts, yType) => {
    const { root, write } = tempRoot();
    const labels = [10, 1, 5, 9];
    const file = write('train_32x32.mat', matFile(svhnVariables(images(4), labels, yType), opts));
    const s = await readSvhnAt(root, file);
    expect(Array.from(s.labels)).toEqual([0, 1, 5, 9]);
    const want = Buffer.concat(images(4));
    expect(Buffer.from(s.pixels).equals(want)).toBe(true);
  });

  it('reads a variable whose short name uses the small element format, and reports what it found', async () => {
    const { write } = tempRoot();
    const buf = matFile([{ name: 'abc', mxClass: 6, dims: [1, 3], type: 9, values: [1.5, -2, 3] }]);
    const file = write('v.mat', buf);
    const m = await readMat5(bufferSource(file, buf), ['abc']);
    expect(m.get('abc')?.dims).toEqual([1, 3]);
    await expect(readMat5(bufferSource(file, buf), ['X'])).rejects.toThrow(
      /v\.mat: has no variable 'X' \(found: abc\)/,
    );
  });

  it('passes the conformance kit on compressed train and test files', async () => {
    const { write, ctx } = tempRoot();
    write('svhn/train_32x32.mat', matFile(svhnVariables(images(5), [1, 2, 3, 10, 4]), { compress: true }));
    write('svhn/test_32x32.mat', matFile(svhnVariables(images(3, 7), [10, 10, 7]), { compress: true }));
    await assertConformance(svhn, {
      params: { train: 'svhn/train_32x32.mat', test: 'svhn/test_32x32.mat' },
      ctx,
    });
    const ds = await svhn.load(
      svhn.params.parse({ train: 'svhn/train_32x32.mat', test: 'svhn/test_32x32.mat' }),
      ctx,
    );
    expect(ds.sizes).toEqual({ train: 5, test: 3 });
    expect(ds.imageShape).toEqual([3, 32, 32]);
  });

  const good = () => svhnVariables(images(2), [1, 2]);
  const malformed: [string, () => Uint8Array, RegExp][] = [
    ['not a MAT-file', () => patternBytes(300), /x\.mat: wrong magic: not a MATLAB level 5 MAT-file/],
    [
      'a v7.3 (HDF5) file',
      () => Buffer.concat([Buffer.from('MATLAB 7.3 MAT-file, Platform: GLNXA64'), Buffer.alloc(200)]),
      /x\.mat: MATLAB v7\.3 \(HDF5\) files are not supported/,
    ],
    [
      'a bad endian indicator',
      () => {
        const b = matFile(good());
        b.write('XX', 126, 'latin1');
        return b;
      },
      /x\.mat: wrong endian indicator 'XX'/,
    ],
    [
      'a truncated file',
      () => matFile(good()).subarray(0, 2000),
      /x\.mat: truncated: element at byte 128 declares \d+ bytes, \d+ remain/,
    ],
    [
      'a truncated compressed element',
      () => {
        const x = deflateSync(matrixElement(good()[0]!));
        const half = x.subarray(0, Math.floor(x.length / 2));
        const tag = Buffer.alloc(8);
        tag.writeUInt32LE(15, 0);
        tag.writeUInt32LE(half.length, 4);
        return Buffer.concat([matHeader(), tag, half, matFile([good()[1]!]).subarray(128)]);
      },
      /x\.mat: variable 'X': truncated or corrupt compressed data/,
    ],
    [
      'dims that disagree with the data',
      () => Buffer.concat([matHeader(), matrixElement(good()[0]!, true, 100), matrixElement(good()[1]!)]),
      /x\.mat: variable 'X': dimensions 32x32x3x2 need 6144 bytes, the data holds 100/,
    ],
    [
      'X of the wrong shape',
      () =>
        matFile([
          { name: 'X', mxClass: 9, dims: [28, 28, 1, 2], type: 2, values: new Uint8Array(1568) },
          good()[1]!,
        ]),
      /x\.mat: X has dimensions 28x28x1x2, expected 32x32x3xN/,
    ],
    [
      'y of another length',
      () => matFile([good()[0]!, { name: 'y', mxClass: 6, dims: [3, 1], type: 9, values: [1, 2, 3] }]),
      /x\.mat: y has dimensions 3x1 but X holds 2 images/,
    ],
    [
      'label 0 (out of 1..10)',
      () => matFile(svhnVariables(images(2), [1, 0])),
      /x\.mat: label 0 at index 1 is out of range \(1\.\.10\)/,
    ],
    [
      'label 11',
      () => matFile(svhnVariables(images(2), [11, 1]), { compress: true }),
      /x\.mat: label 11 at index 0 is out of range/,
    ],
    [
      'a missing y',
      () => matFile([good()[0]!], { compress: true }),
      /x\.mat: has no variable 'y' \(found: X\)/,
    ],
    [
      'garbage inside a compressed element',
      () => {
        const b = matFile(good(), { compress: true });
        b.fill(0x55, 128 + 8 + 2, 128 + 8 + 40);
        return b;
      },
      /x\.mat: compressed element at byte 128: not a readable zlib stream|x\.mat: variable 'X'/,
    ],
    [
      'a compressed element inflating past its size',
      () => {
        const m = matrixElement(good()[1]!);
        const z = deflateSync(Buffer.concat([m, Buffer.alloc(64)]));
        const tag = Buffer.alloc(8);
        tag.writeUInt32LE(15, 0);
        tag.writeUInt32LE(z.length, 4);
        return Buffer.concat([matFile([good()[0]!]), tag, z]);
      },
      /x\.mat: variable 'y' inflates to more than the \d+ bytes its header declares/,
    ],
  ];
  it.each(malformed)('refuses %s, naming the file', async (_name, make, message) => {
    const { root, write } = tempRoot();
    write('x.mat', make());
    await expect(readSvhnAt(root, 'x.mat')).rejects.toThrow(message);
  });
});
