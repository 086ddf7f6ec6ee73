import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../api/local-engine';
import { findLastLayer } from '../derive/last-layer';
import { METADATA_KEYS, readInputSpec } from '../inspect/metadata';
import { encodeModel } from '../onnx/codec';
import { blockBoundaries, detectResidualBlocks } from '../split/blocks';
import { validateModel } from '../validate/validate-model';
import { buildResNet } from './resnet';

const grey28 = { channels: 1 as const, height: 28, width: 28, mean: [0.29], std: [0.35] };
const rgb32 = { channels: 3 as const, height: 32, width: 32, mean: [0.49, 0.48, 0.45], std: [0.25, 0.24, 0.26] };

describe('buildResNet', () => {
  const cases = [
    { input: grey28, width: 8, blocks: [1, 1, 1], name: 'resnet8-w8' },
    { input: rgb32, width: 16, blocks: [2, 2, 2], name: 'resnet14-w16' },
    { input: grey28, width: 4, blocks: [1, 2], name: 'resnet8-w4' },
  ];
  for (const c of cases) {
    it(`${c.name} on ${c.input.channels}x${c.input.height}x${c.input.width}: valid ONNX, metadata names input, features and every block`, async () => {
      const built = buildResNet({ input: c.input, classes: 5, width: c.width, blocks: c.blocks, seed: 3 });
      expect(built.architecture).toBe(c.name);
      const model = validateModel(encodeModel(built.model));
      expect(readInputSpec(model.metadata)).toEqual(c.input);
      expect(model.metadata[METADATA_KEYS.features]).toBe(built.featureTensor);
      // Independent checks: the features feed the final Gemm; the blocks are the residual Add -> Relu outputs.
      expect(findLastLayer(model, 'logits').features).toBe(built.featureTensor);
      expect(blockBoundaries(model)).toEqual(detectResidualBlocks(model));
      expect(built.blocks).toHaveLength(c.blocks.reduce((a, b) => a + b, 0));
      const engine = new LocalEngine({ intraOpNumThreads: 1 });
      engine.register('m', { model, preprocess: { spec: c.input, image: [c.input.channels, c.input.height, c.input.width] } });
      const n = 3;
      const images = { data: new Float32Array(n * c.input.channels * c.input.height * c.input.width).fill(0.5), dims: [n, c.input.channels, c.input.height, c.input.width] };
      expect((await engine.logits({ id: 'm' }, images)).dims).toEqual([n, 5]);
      const last = c.width * 2 ** (c.blocks.length - 1);
      expect((await engine.features({ id: 'm' }, images)).dims).toEqual([n, last]);
      const first = await engine.features({ id: 'm' }, images, built.blocks[0]);
      expect(first.dims).toEqual([n, c.width, c.input.height, c.input.width]);
      expect(first.data.every((v) => v >= 0)).toBe(true); // a block ends in Relu
    });
  }

  it('counts parameters (closed form for ResNet-8)', () => {
    const w = 16;
    const bn = (c: number) => 2 * c;
    const conv = (cin: number, cout: number, k: number) => cin * cout * k * k;
    const expected = conv(1, w, 3) + bn(w)
      + 2 * (conv(w, w, 3) + bn(w))
      + conv(w, 2 * w, 3) + conv(2 * w, 2 * w, 3) + 2 * bn(2 * w) + conv(w, 2 * w, 1) + bn(2 * w)
      + conv(2 * w, 4 * w, 3) + conv(4 * w, 4 * w, 3) + 2 * bn(4 * w) + conv(2 * w, 4 * w, 1) + bn(4 * w)
      + 5 * 4 * w + 5;
    expect(buildResNet({ input: grey28, classes: 5, width: w, blocks: [1, 1, 1] }).parameterCount).toBe(expected);
  });

  it('is deterministic per seed', () => {
    const a = encodeModel(buildResNet({ input: grey28, classes: 5, width: 4, blocks: [1], seed: 1 }).model);
    const b = encodeModel(buildResNet({ input: grey28, classes: 5, width: 4, blocks: [1], seed: 1 }).model);
    const c = encodeModel(buildResNet({ input: grey28, classes: 5, width: 4, blocks: [1], seed: 2 }).model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });
});
