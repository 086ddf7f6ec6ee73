import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMPORT_FORM,
  importInput,
  parseEps,
  parseNumbers,
  uploadModelFile,
  type ImportForm,
} from './import-model';

const form = (over: Partial<ImportForm>): ImportForm => ({ ...DEFAULT_IMPORT_FORM, id: 'resnet18', ...over });

describe('importInput', () => {
  it('offers the torchvision ImageNet input by default and builds the mutation input', () => {
    const r = importInput(form({ name: ' ResNet-18 ', notes: '' }), 'u-1');
    expect(r).toEqual({
      input: {
        uploadId: 'u-1',
        id: 'resnet18',
        name: 'ResNet-18',
        architecture: undefined,
        input: {
          channels: 3,
          height: 224,
          width: 224,
          mean: [0.485, 0.456, 0.406],
          std: [0.229, 0.224, 0.225],
        },
        featureTensor: undefined,
        blocks: undefined,
        training: { kind: 'natural', norm: undefined, eps: undefined, dataset: 'imagenet', notes: undefined },
      },
    });
  });

  it('takes adversarial facts with eps as a number or a fraction, and blocks one per line', () => {
    const r = importInput(
      form({ kind: 'adversarial', norm: 'Linf', eps: '4/255', blocks: 'a\n\n b \n' }),
      'u',
    );
    expect('input' in r && r.input.training).toMatchObject({
      kind: 'adversarial',
      norm: 'Linf',
      eps: 4 / 255,
    });
    expect('input' in r && r.input.blocks).toEqual(['a', 'b']);
  });

  it('names every field to fix before uploading', () => {
    const r = importInput(
      form({ id: 'Bad Id', channels: '1', height: '0', kind: 'adversarial', eps: 'big' }),
      'u',
    );
    expect('problems' in r && r.problems.map((p) => p.split(':')[0])).toEqual([
      'id',
      'height',
      'mean',
      'std',
      'eps',
    ]);
  });
});

describe('parsers', () => {
  it('reads number lists and eps', () => {
    expect(parseNumbers('0.485, 0.456 0.406')).toEqual([0.485, 0.456, 0.406]);
    expect(parseNumbers('0.5, x')).toBeUndefined();
    expect(parseEps('3')).toBe(3);
    expect(parseEps('8/255')).toBeCloseTo(8 / 255, 12);
    expect(parseEps('-1')).toBeUndefined();
  });
});

describe('uploadModelFile', () => {
  it("posts the file as the raw body and returns the receipt, or throws the server's message", async () => {
    const calls: RequestInit[] = [];
    const ok = ((_url: string, init: RequestInit) => {
      calls.push(init);
      return Promise.resolve(Response.json({ uploadId: 'u1', sha256: 'ab', bytes: 3 }, { status: 201 }));
    }) as unknown as typeof fetch;
    expect(await uploadModelFile(new Blob([new Uint8Array(3)]), ok)).toEqual({
      uploadId: 'u1',
      sha256: 'ab',
      bytes: 3,
    });
    expect(calls[0]!.headers).toEqual({ 'content-type': 'application/octet-stream' });
    const tooBig = (() =>
      Promise.resolve(
        Response.json(
          { statusCode: 413, message: 'the model file is 9 bytes, over the limit' },
          { status: 413 },
        ),
      )) as unknown as typeof fetch;
    await expect(uploadModelFile(new Blob([]), tooBig)).rejects.toThrow(
      'the model file is 9 bytes, over the limit',
    );
  });
});
