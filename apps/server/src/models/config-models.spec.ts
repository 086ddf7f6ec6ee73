import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigModels } from './config-models';
import { fieldOfImportError } from './jobs/import-job';

const spec = { channels: 3, height: 32, width: 32, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };

function configFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-cfg-')), 'transferlab.config.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('readConfigModels', () => {
  it('reads the models entries of transferlab.config.json (none when there is no file or no entry)', () => {
    expect(readConfigModels(undefined)).toEqual([]);
    expect(readConfigModels(configFile({ plugins: [] }))).toEqual([]);
    const entry = { id: 'r18', file: 'r18.onnx', input: spec, training: { kind: 'adversarial', norm: 'L2', eps: 3 } };
    expect(readConfigModels(configFile({ models: [entry] }))).toEqual([entry]);
  });

  it.each([
    [{ id: 'Bad', file: 'a.onnx', input: spec, training: { kind: 'natural' } }, /models\[0\] \('Bad'\): id: id must match/],
    [{ id: 'a', input: spec, training: { kind: 'natural' } }, /models\[0\] \('a'\): file: /],
    [{ id: 'a', file: 'a.onnx', input: { ...spec, mean: [0.5] }, training: { kind: 'natural' } }, /input: mean and std need one value per channel/],
    [{ id: 'a', file: 'a.onnx', input: spec, training: { kind: 'adversarial', norm: 'L2' } }, /training: an adversarially trained model needs norm and eps/],
    [{ id: 'a', file: 'a.onnx', input: spec, training: { kind: 'natural' }, extra: 1 }, /models\[0\] \('a'\): \(entry\): Unrecognized key/],
  ])('names the entry and the field of a bad entry (%#)', (entry, message) => {
    expect(() => readConfigModels(configFile({ models: [entry] }))).toThrow(message);
  });

  it('refuses an id listed twice', () => {
    const e = { id: 'a', file: 'a.onnx', input: spec, training: { kind: 'natural' } };
    expect(() => readConfigModels(configFile({ models: [e, e] }))).toThrow(/models\[1\] \('a'\): id 'a' is already used by models\[0\]/);
  });
});

describe('fieldOfImportError', () => {
  it.each([
    ["input 'input' has shape [N, 3, 32, 32], the input spec says [N, 3, 64, 32]", 'input'],
    ["feature tensor 'x' is produced by no node", 'featureTensor'],
    ['block boundaries name tensors no node produces: b', 'blocks'],
    ['an adversarially trained model needs training.norm and training.eps', 'training'],
    ["the first output 'logits' must be logits of static shape [N, classes >= 2], got null", undefined],
  ])('%s -> %s', (message, field) => {
    expect(fieldOfImportError(message)).toBe(field);
  });
});
