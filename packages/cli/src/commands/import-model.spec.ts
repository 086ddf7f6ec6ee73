import { describe, expect, it } from 'vitest';
import { importInput, parseChannelValues, parseInputShape } from './import-model';

describe('import-model options', () => {
  it('parses CxHxW and per-channel values, repeating a single one', () => {
    expect(parseInputShape('3x224x224')).toEqual({ channels: 3, height: 224, width: 224 });
    expect(parseChannelValues('--mean', '0.485, 0.456,0.406', 3, 0)).toEqual([0.485, 0.456, 0.406]);
    expect(parseChannelValues('--std', '0.5', 3, 1)).toEqual([0.5, 0.5, 0.5]);
    expect(parseChannelValues('--std', undefined, 1, 1)).toEqual([1]);
  });

  it.each([
    [() => parseInputShape('224'), /expected CHANNELSxHEIGHTxWIDTH/],
    [() => parseChannelValues('--mean', '0.1,0.2', 3, 0), /--mean has 2 values; the input has 3 channels/],
    [() => parseChannelValues('--mean', 'a,b,c', 3, 0), /expected numbers separated by commas/],
  ])('refuses malformed values (%#)', (f, message) => {
    expect(f).toThrow(message);
  });

  it('builds the importModel input with only the options given', () => {
    expect(importInput('u1', { id: 'r18', input: '3x32x32', kind: 'adversarial', norm: 'Linf', eps: '0.0157', blocks: 'a, b' })).toEqual({
      uploadId: 'u1',
      id: 'r18',
      blocks: ['a', 'b'],
      input: { channels: 3, height: 32, width: 32, mean: [0, 0, 0], std: [1, 1, 1] },
      training: { kind: 'adversarial', norm: 'Linf', eps: 0.0157 },
    });
  });
});
