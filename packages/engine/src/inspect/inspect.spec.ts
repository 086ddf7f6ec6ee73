import { encodeModel, LocalEngine, ModelValidationCode, ModelValidationError, type ModelDef } from '@transferlab/engine';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResNet } from '../architecture/resnet';
import { ModelImportError } from './inspect';
import { ModelPathError } from './model-path';
import { importOnnxModel, onnxSource } from './onnx-plugin';

const spec = { channels: 3 as const, height: 32, width: 32, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
const natural = { kind: 'natural' as const };

/** What torch.onnx.export writes for a torchvision ResNet: its layout and names, no transferlab metadata. */
function torchvisionStyle(opset: number, batchNorm: 'separate' | 'fused') {
  const built = buildResNet({ input: spec, classes: 10, width: 8, blocks: [2, 1], stem: 'imagenet', batchNorm, opset, seed: 5 });
  const model: ModelDef = { ...built.model, producerName: 'pytorch', metadata: {} };
  return { built, model, bytes: encodeModel(model) };
}

function ctxWithRoot(root: string) {
  return { ...createTestContext(), roots: { datasets: [], models: [root] } };
}

describe('onnx model source: torchvision-layout ResNets', () => {
  for (const opset of [13, 17]) {
    for (const bn of ['separate', 'fused'] as const) {
      it(`opset ${opset}, ${bn === 'fused' ? 'BatchNorm folded into Conv' : 'Conv + BatchNormalization'}: finds the features and the block boundaries`, () => {
        const { built, model, bytes } = torchvisionStyle(opset, bn);
        expect(model.graph.nodes.some((n) => n.opType === 'BatchNormalization')).toBe(bn === 'separate');
        expect(model.graph.nodes.map((n) => n.opType)).toContain('MaxPool');
        const m = importOnnxModel(bytes, { id: 'tv', input: spec, training: natural });
        expect(m.featureTensor).toBe('/Flatten_output_0');
        expect(m.featureTensor).toBe(built.featureTensor);
        expect(m.blocks).toEqual(['/layer1/layer1.0/relu_1/Relu_output_0', '/layer1/layer1.1/relu_1/Relu_output_0', '/layer2/layer2.0/relu_1/Relu_output_0']);
        expect(m.numClasses).toBe(10);
        expect(m.input).toEqual(spec);
        expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
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
    const explicit = importOnnxModel(encodeModel({ ...built.model, metadata: {} }), { id: 'x', input: spec, training: natural, blocks: [built.blocks[1]!], featureTensor: built.blocks[2]! });
    expect(explicit.blocks).toEqual([built.blocks[1]]);
    expect(explicit.featureTensor).toBe(built.blocks[2]);
    const fromMetadata = importOnnxModel(encodeModel(built.model), { id: 'y', training: natural });
    expect(fromMetadata.input).toEqual(spec);
    expect(fromMetadata.blocks).toEqual(built.blocks);
  });

  it('refuses malformed and unsupported models with the engine messages', () => {
    const { model, bytes } = torchvisionStyle(17, 'separate');
    const refusal = (b: Uint8Array) => {
      try {
        importOnnxModel(b, { id: 'bad', input: spec, training: natural });
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
  });

  it('refuses a model without an input spec, training info, or a final linear layer', () => {
    const { model, bytes } = torchvisionStyle(17, 'separate');
    expect(() => importOnnxModel(bytes, { id: 'a', training: natural })).toThrow(/declare the input spec/);
    expect(() => importOnnxModel(bytes, { id: 'a', input: spec })).toThrow(/declare how the model was trained/);
    expect(() => importOnnxModel(bytes, { id: 'a', input: spec, training: { kind: 'adversarial', norm: 'L2' } })).toThrow(/needs training.norm and training.eps/);
    expect(() => importOnnxModel(bytes, { id: 'a', input: { ...spec, height: 64 }, training: natural })).toThrow(/the input spec says \[N, 3, 64, 32\]/);
    // Logits straight from a Relu: no Gemm/MatMul to take the features from.
    const g = model.graph;
    const gemm = g.nodes.find((n) => n.opType === 'Gemm')!;
    const noLinear = { ...model, graph: { ...g, nodes: g.nodes.map((n) => (n === gemm ? { ...n, opType: 'Relu', inputs: [n.inputs[0]!], attributes: {} } : n)), outputs: [{ name: 'logits', dataType: 'float32' as const, shape: ['batch', 32] }] } };
    expect(() => importOnnxModel(encodeModel(noLinear), { id: 'a', input: spec, training: natural })).toThrow(ModelImportError);
    expect(() => importOnnxModel(encodeModel(noLinear), { id: 'a', input: spec, training: natural })).toThrow(/cannot find the feature tensor/);
  });

  it('reads a file under the model root, refuses paths outside it and symbolic links', async () => {
    const root = mkdtempSync(join(tmpdir(), 'models-root-'));
    const outside = mkdtempSync(join(tmpdir(), 'models-outside-'));
    const { bytes } = torchvisionStyle(17, 'fused');
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'r.onnx'), bytes);
    writeFileSync(join(outside, 'o.onnx'), bytes);
    symlinkSync(join(outside, 'o.onnx'), join(root, 'link.onnx'));
    const ctx = ctxWithRoot(root);
    const list = (file: string) => onnxSource.list(onnxSource.params.parse({ id: 'r', file, input: spec, training: natural }), ctx);
    const [m] = await list('sub/r.onnx');
    expect(Buffer.from(await m!.bytes()).equals(Buffer.from(bytes))).toBe(true);
    expect((await list(join(root, 'sub', 'r.onnx')))[0]!.checksum).toBe(m!.checksum);
    await expect(list('../' + join(outside.split('/').pop()!, 'o.onnx'))).rejects.toThrow(/outside the model roots/);
    await expect(list(join(outside, 'o.onnx'))).rejects.toBeInstanceOf(ModelPathError);
    await expect(list('link.onnx')).rejects.toThrow(/symbolic link/);
    await expect(list('missing.onnx')).rejects.toThrow(/does not exist/);
    await expect(onnxSource.list(onnxSource.params.parse({ id: 'r', input: spec, training: natural }), ctx)).rejects.toThrow(/exactly one of file or bytesBase64/);
    await expect(onnxSource.list(onnxSource.params.parse({ id: 'r', file: 'sub/r.onnx', bytesBase64: 'AAAA', input: spec, training: natural }), ctx)).rejects.toThrow(/exactly one/);
    await expect(onnxSource.list(onnxSource.params.parse({ id: 'r', file: 'sub/r.onnx', input: spec, training: natural }), createTestContext())).rejects.toThrow(/no model roots are configured/);
  });

  it('passes the sdk conformance kit, from a file and from bytes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'models-root-'));
    const { bytes } = torchvisionStyle(13, 'separate');
    writeFileSync(join(root, 'resnet.onnx'), bytes);
    await assertConformance(onnxSource, { params: { id: 'tv-file', file: 'resnet.onnx', input: spec, training: natural }, ctx: ctxWithRoot(root) });
    await assertConformance(onnxSource, { params: { id: 'tv-bytes', bytesBase64: Buffer.from(bytes).toString('base64'), input: spec, training: { kind: 'adversarial', norm: 'L2', eps: 3 } } });
  });
});
