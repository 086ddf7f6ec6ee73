import { linkSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../api/local-engine';
import { buildResNet } from '../models/resnet';
import { encodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { ModelValidationCode, ModelValidationError } from '../validate/validation-error';
import { inspectClassifier, ModelImportError } from './classifier';
import { importClassifier } from './import';
import { METADATA_KEYS, readTraining, withTraining } from './metadata';
import { ModelPathError, openModelFile } from './model-path';

const spec = { channels: 3 as const, height: 32, width: 32, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
const natural = { kind: 'natural' as const };

/** What torch.onnx.export writes for a torchvision ResNet: its layout and names, no transferlab metadata. */
function torchvisionStyle(opset: number, batchNorm: 'separate' | 'fused') {
  const built = buildResNet({ input: spec, classes: 10, width: 8, blocks: [2, 1], stem: 'imagenet', batchNorm, opset, seed: 5 });
  const model: ModelDef = { ...built.model, producerName: 'pytorch', metadata: {} };
  return { built, model, bytes: encodeModel(model) };
}

describe('importClassifier: torchvision-layout ResNets', () => {
  for (const opset of [13, 17]) {
    for (const bn of ['separate', 'fused'] as const) {
      it(`opset ${opset}, ${bn === 'fused' ? 'BatchNorm folded into Conv' : 'Conv + BatchNormalization'}: finds the features and the block boundaries`, () => {
        const { built, model, bytes } = torchvisionStyle(opset, bn);
        expect(model.graph.nodes.some((n) => n.opType === 'BatchNormalization')).toBe(bn === 'separate');
        expect(model.graph.nodes.map((n) => n.opType)).toContain('MaxPool');
        const m = importClassifier(bytes, { input: spec, training: natural });
        expect(m.layout.featureTensor).toBe('/Flatten_output_0');
        expect(m.layout.featureTensor).toBe(built.featureTensor);
        expect(m.layout.blocks).toEqual(['/layer1/layer1.0/relu_1/Relu_output_0', '/layer1/layer1.1/relu_1/Relu_output_0', '/layer2/layer2.0/relu_1/Relu_output_0']);
        expect(m.layout).toMatchObject({ numClasses: 10, input: spec, logits: 'logits' });
        expect(m.training).toEqual(natural);
        expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(m.model.graph.nodes).toHaveLength(model.graph.nodes.length);
      });
    }
  }

  it('forward output is unchanged by an identity preprocessing prefix', async () => {
    const { bytes } = torchvisionStyle(13, 'separate');
    const engine = new LocalEngine({ intraOpNumThreads: 1 });
    engine.register('raw', { model: bytes });
    engine.register('pre', { model: bytes, preprocess: { spec: { ...spec, mean: [0, 0, 0], std: [1, 1, 1] }, image: [3, 32, 32] } });
    const images = { data: Float32Array.from({ length: 2 * 3 * 32 * 32 }, (_, i) => ((i * 7919) % 1000) / 1000), dims: [2, 3, 32, 32] };
    const [a, b] = [await engine.logits({ id: 'raw' }, images), await engine.logits({ id: 'pre' }, images)];
    a.data.forEach((v, i) => expect(b.data[i]).toBeCloseTo(v, 5));
  });

  it('uses given block boundaries and feature tensor over detection, and reads zoo metadata', () => {
    const { built } = torchvisionStyle(17, 'separate');
    const explicit = importClassifier(encodeModel({ ...built.model, metadata: {} }), { input: spec, training: natural, blocks: [built.blocks[1]!], featureTensor: built.blocks[2]! });
    expect(explicit.layout.blocks).toEqual([built.blocks[1]]);
    expect(explicit.layout.featureTensor).toBe(built.blocks[2]);
    const training = { kind: 'adversarial' as const, norm: 'L2' as const, eps: 3 };
    const fromMetadata = importClassifier(encodeModel(withTraining(built.model, training)));
    expect(fromMetadata.layout.input).toEqual(spec);
    expect(fromMetadata.layout.blocks).toEqual(built.blocks);
    expect(fromMetadata.training).toEqual(training);
    expect(readTraining(fromMetadata.model.metadata)).toEqual(training);
  });

  it('refuses malformed and unsupported models with the engine messages', () => {
    const { model, bytes } = torchvisionStyle(17, 'separate');
    const refusal = (b: Uint8Array) => {
      try {
        importClassifier(b, { input: spec, training: natural });
      } catch (e) {
        return e;
      }
      throw new Error('expected a refusal');
    };
    const truncated = refusal(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(truncated).toBeInstanceOf(ModelValidationError);
    expect([ModelValidationCode.NotOnnx, ModelValidationCode.Malformed]).toContain((truncated as ModelValidationError).code);
    const lp = { ...model, graph: { ...model.graph, nodes: model.graph.nodes.map((n) => (n.opType === 'GlobalAveragePool' ? { ...n, opType: 'GlobalLpPool' } : n)) } };
    const unsupported = refusal(encodeModel(lp)) as ModelValidationError;
    expect(unsupported.code).toBe(ModelValidationCode.UnsupportedOp);
    expect(unsupported.message).toMatch(/node '\/avgpool\/GlobalAveragePool' has op type 'GlobalLpPool', which is not supported/);
    const tooLarge = (() => {
      try {
        importClassifier(bytes, { input: spec, training: natural, validate: { limits: { maxBytes: 1000 } } });
      } catch (e) {
        return e as ModelValidationError;
      }
    })();
    expect(tooLarge?.code).toBe(ModelValidationCode.TooLarge);
  });

  it('refuses a model without an input spec, training info, or a final linear layer', () => {
    const { model, bytes } = torchvisionStyle(17, 'separate');
    expect(() => importClassifier(bytes, { training: natural })).toThrow(/declare the input spec/);
    expect(() => importClassifier(bytes, { input: spec })).toThrow(/declare how the model was trained/);
    expect(() => importClassifier(bytes, { input: spec, training: { kind: 'adversarial', norm: 'L2' } })).toThrow(/needs training.norm and training.eps/);
    expect(() => importClassifier(bytes, { input: { ...spec, height: 64 }, training: natural })).toThrow(/the input spec says \[N, 3, 64, 32\]/);
    // Logits straight from a Relu: no Gemm/MatMul to take the features from.
    const g = model.graph;
    const gemm = g.nodes.find((n) => n.opType === 'Gemm')!;
    const noLinear = { ...model, graph: { ...g, nodes: g.nodes.map((n) => (n === gemm ? { ...n, opType: 'Relu', inputs: [n.inputs[0]!], attributes: {} } : n)), outputs: [{ name: 'logits', dataType: 'float32' as const, shape: ['batch', 32] }] } };
    expect(() => importClassifier(encodeModel(noLinear), { input: spec, training: natural })).toThrow(ModelImportError);
    expect(() => importClassifier(encodeModel(noLinear), { input: spec, training: natural })).toThrow(/cannot find the feature tensor/);
    expect(() => inspectClassifier(model, { input: spec, featureTensor: 'nope' })).toThrow(/feature tensor 'nope' is produced by no node/);
    expect(() => inspectClassifier(model, { input: spec, blocks: ['nope'] })).toThrow(/block boundaries name tensors no node produces: nope/);
  });

  it('malformed transferlab metadata is an import error naming the key', () => {
    const { model } = torchvisionStyle(17, 'separate');
    const withMeta = (metadata: Record<string, string>) => encodeModel({ ...model, metadata });
    const refusal = (b: Uint8Array) => () => importClassifier(b, { training: natural });
    expect(refusal(withMeta({ [METADATA_KEYS.input]: '{not json' }))).toThrow(ModelImportError);
    expect(refusal(withMeta({ [METADATA_KEYS.input]: JSON.stringify({ ...spec, mean: [0.5] }) }))).toThrow(/metadata 'transferlab.input' must be/);
    expect(() => importClassifier(withMeta({ [METADATA_KEYS.training]: '[' }), { input: spec })).toThrow(ModelImportError);
    expect(() => importClassifier(withMeta({ [METADATA_KEYS.blocks]: '["nope"]' }), { input: spec, training: natural })).toThrow(ModelImportError);
  });
});

describe('openModelFile', () => {
  it('opens a file under the model roots, refuses paths outside them, links, hard links, missing files and no roots', async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'models-root-')));
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'models-outside-')));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'r.onnx'), 'x');
    writeFileSync(join(outside, 'o.onnx'), 'x');
    symlinkSync(join(outside, 'o.onnx'), join(root, 'link.onnx'));
    linkSync(join(outside, 'o.onnx'), join(root, 'hard.onnx'));
    const other = mkdtempSync(join(tmpdir(), 'models-other-'));
    const opened = async (roots: string[], p: string) => {
      const f = await openModelFile(roots, p);
      await f.handle.close();
      return { path: f.path, name: f.name, size: f.size };
    };
    const r = { path: join(root, 'sub', 'r.onnx'), name: join('sub', 'r.onnx'), size: 1 };
    expect(await opened([root], 'sub/r.onnx')).toEqual(r);
    expect(await opened([root], join(root, 'sub', 'r.onnx'))).toEqual(r);
    expect(await opened([other, root], 'sub/r.onnx')).toEqual(r);
    await expect(openModelFile([root], '../' + join(outside.split('/').pop()!, 'o.onnx'))).rejects.toThrow(/outside the model roots/);
    await expect(openModelFile([root], join(outside, 'o.onnx'))).rejects.toThrow(ModelPathError);
    await expect(openModelFile([root], 'link.onnx')).rejects.toThrow(/^model file 'link\.onnx': path goes through a symbolic link/);
    await expect(openModelFile([root], 'hard.onnx')).rejects.toThrow(/^model file 'hard\.onnx': has 2 hard links; .* hard-linked files are refused/);
    await expect(openModelFile([root], 'missing.onnx')).rejects.toThrow(/^model file 'missing\.onnx': does not exist under the model roots$/);
    await expect(openModelFile([root], 'sub')).rejects.toThrow(/not a regular file/);
    await expect(openModelFile([root], 'a\0b')).rejects.toThrow(/NUL byte/);
    await expect(openModelFile([], 'sub/r.onnx')).rejects.toThrow(/no model roots are configured/);
    await expect(openModelFile([join(root, 'absent')], 'sub/r.onnx')).rejects.toThrow(/none of the model roots exists/);
  });
});
