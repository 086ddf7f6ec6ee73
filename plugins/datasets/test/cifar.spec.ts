import { assertConformance } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { cifar10, cifar100 } from '../src/formats/cifar-plugins';
import { CIFAR100_COARSE, CIFAR100_FINE, CIFAR10_CLASSES } from '../src/formats/cifar-names';
import { cifarBytes } from './fixtures/cifar-writer';
import { patternBytes, tempRoot } from './fixtures/roots';

const rec = (labels: number[], salt: number) => ({ labels, pixels: patternBytes(3072, salt) });

describe('cifar-10 binary', () => {
  const setup = () => {
    const t = tempRoot();
    t.write('c10/data_batch_1.bin', cifarBytes([rec([3], 1), rec([9], 2)]));
    t.write('c10/data_batch_2.bin', cifarBytes([rec([0], 3)]));
    t.write('c10/test_batch.bin', cifarBytes([rec([5], 4), rec([1], 5)]));
    const params = {
      dir: 'c10',
      trainFiles: ['data_batch_1.bin', 'data_batch_2.bin'],
      testFiles: ['test_batch.bin'],
    };
    return { ...t, params };
  };

  it('reads records across batches with their labels and channel-planar pixels', async () => {
    const { ctx, params } = setup();
    const ds = await cifar10.load(cifar10.params.parse(params), ctx);
    expect(ds.sizes).toEqual({ train: 3, test: 2 });
    expect(ds.classes).toEqual(CIFAR10_CLASSES);
    expect(Array.from(await ds.labels('train'))).toEqual([3, 9, 0]);
    const b = await ds.read('train', [2]);
    const want = patternBytes(3072, 3);
    // Green channel, row 7, column 11 of the third image.
    expect(b.images.data[1024 + 7 * 32 + 11]).toBeCloseTo(want[1024 + 7 * 32 + 11]! / 255, 6);
    expect(Array.from(b.images.data.subarray(0, 50), (v) => Math.round(v * 255))).toEqual(
      Array.from(want.subarray(0, 50)),
    );
  });

  it('takes class names from batches.meta.txt when present', async () => {
    const { ctx, params, write } = setup();
    write('c10/batches.meta.txt', 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n\n');
    expect((await cifar10.load(cifar10.params.parse(params), ctx)).classes).toEqual('abcdefghij'.split(''));
    write('c10/batches.meta.txt', 'a\nb\n');
    await expect(cifar10.load(cifar10.params.parse(params), ctx)).rejects.toThrow(
      /batches\.meta\.txt: lists 2 class names, expected 10/,
    );
  });

  it('passes the conformance kit', async () => {
    const { ctx, params } = setup();
    await assertConformance(cifar10, { params, ctx });
  });

  it.each([
    [
      'a truncated batch',
      (t: ReturnType<typeof setup>) =>
        t.write('c10/data_batch_2.bin', cifarBytes([rec([0], 3)]).subarray(0, 3000)),
      /data_batch_2\.bin: truncated or not a CIFAR batch: 3000 bytes is not a whole number of 3073-byte records/,
    ],
    [
      'an empty batch',
      (t: ReturnType<typeof setup>) => t.write('c10/test_batch.bin', new Uint8Array()),
      /test_batch\.bin: truncated or not a CIFAR batch: 0 bytes/,
    ],
    [
      'a label out of range',
      (t: ReturnType<typeof setup>) => t.write('c10/test_batch.bin', cifarBytes([rec([5], 4), rec([10], 5)])),
      /test_batch\.bin: label 10 in record 1 is out of range \(10 classes\)/,
    ],
    [
      'a missing batch',
      (t: ReturnType<typeof setup>) => t.write('c10/other', 'x'),
      /c10\/data_batch_3\.bin: does not exist/,
    ],
  ])('refuses %s, naming the file', async (name, spoil, message) => {
    const t = setup();
    spoil(t);
    const params = name === 'a missing batch' ? { ...t.params, trainFiles: ['data_batch_3.bin'] } : t.params;
    await expect(cifar10.load(cifar10.params.parse(params), t.ctx)).rejects.toThrow(message);
  });
});

describe('cifar-100 binary', () => {
  const setup = () => {
    const t = tempRoot();
    t.write('c100/train.bin', cifarBytes([rec([4, 99], 1), rec([19, 0], 2), rec([0, 50], 3)]));
    t.write('c100/test.bin', cifarBytes([rec([7, 12], 4)]));
    return { ...t, params: { dir: 'c100' } };
  };

  it('reads fine or coarse labels from the two label bytes', async () => {
    const { ctx, params } = setup();
    const fine = await cifar100.load(cifar100.params.parse(params), ctx);
    expect(fine.classes).toEqual(CIFAR100_FINE);
    expect(CIFAR100_FINE).toHaveLength(100);
    expect(Array.from(await fine.labels('train'))).toEqual([99, 0, 50]);
    const coarse = await cifar100.load(cifar100.params.parse({ ...params, labels: 'coarse' }), ctx);
    expect(coarse.classes).toEqual(CIFAR100_COARSE);
    expect(CIFAR100_COARSE).toHaveLength(20);
    expect(Array.from(await coarse.labels('train'))).toEqual([4, 19, 0]);
    expect(coarse.checksum).not.toBe(fine.checksum);
    const b = await fine.read('test', [0]);
    expect(Array.from(b.images.data.subarray(3000, 3072), (v) => Math.round(v * 255))).toEqual(
      Array.from(patternBytes(3072, 4).subarray(3000)),
    );
  });

  it('passes the conformance kit', async () => {
    const { ctx, params } = setup();
    await assertConformance(cifar100, { params, ctx });
  });

  it('refuses a fine label of 100 and a truncated file', async () => {
    const t = setup();
    t.write('c100/test.bin', cifarBytes([rec([7, 100], 4)]));
    await expect(cifar100.load(cifar100.params.parse(t.params), t.ctx)).rejects.toThrow(
      /test\.bin: label 100 in record 0 is out of range \(100 classes\)/,
    );
    t.write('c100/test.bin', cifarBytes([rec([7, 1], 4)]).subarray(0, 3073));
    await expect(cifar100.load(cifar100.params.parse(t.params), t.ctx)).rejects.toThrow(
      /test\.bin: truncated or not a CIFAR batch: 3073 bytes is not a whole number of 3074-byte records/,
    );
  });
});
