import type { SourceModel, Tensor } from '@transferlab/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFloats } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { createEngine } from '../api/engine-facade';
import { encodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { randomizeParameters } from './randomize';

// The tiny ResNet: stem, blocks 'block1_out' and 'block2_out', GlobalAveragePool, 'flat' -> Gemm 'fc' (transB, [3, 4]).
const INPUT = { channels: 1 as const, height: 6, width: 6, mean: [0.4], std: [0.2] };
const model = tinyResNet(3, 1);

function source(id: string, m: ModelDef): SourceModel {
  const bytes = encodeModel(m);
  return {
    id, architecture: 'tiny-resnet', training: { kind: 'natural' }, input: INPUT, numClasses: 3, featureTensor: 'flat', blocks: [],
    checksum: `${id}-checksum`, bytes: () => Promise.resolve(bytes),
  };
}

const N = 5;
const x: Tensor = { data: fixtureFloats(N * 36, 11).map((v) => 0.5 + 0.45 * v), dims: [N, 1, 6, 6] };
const init = (m: ModelDef, name: string): Float32Array => m.graph.initializers.find((t) => t.name === name)!.values as Float32Array;
const differs = (a: Tensor, b: Tensor): boolean => a.data.some((v, i) => Math.abs(v - b.data[i]!) > 1e-4);

describe('randomizeParameters: fresh layers from the output down', () => {
  const opts = { featureTensor: 'flat' };
  it("'none' re-draws nothing; 0 the final layer; 1 the last block too; 'all' every layer", () => {
    expect(randomizeParameters(model, 'none', 1, opts).randomized).toEqual([]);
    expect(randomizeParameters(model, 0, 1, opts).randomized).toEqual(['fc.w', 'fc.b']);
    const one = randomizeParameters(model, 1, 1, opts).randomized;
    expect(one.filter((n) => n.startsWith('block2.')).length).toBe(10);
    expect(one.some((n) => n.startsWith('block1.') || n.startsWith('stem.'))).toBe(false);
    const all = randomizeParameters(model, 'all', 1, opts).randomized;
    expect(new Set(all)).toEqual(new Set(model.graph.initializers.map((t) => t.name)));
  });

  it("draws as fresh layers: Linear/Conv U(±1/sqrt(fanIn)) spread over the bound, BatchNorm 1, 0, 0, 1; seeded", () => {
    const a = randomizeParameters(model, 'all', 7, opts).model;
    const fc = init(a, 'fc.w');
    expect(Math.max(...fc.map(Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(4));
    // Conv 'block2.a.w' is [4, 4, 3, 3]: fanIn 36, bound 1/6; 144 uniform draws reach past half of it.
    const conv = init(a, 'block2.a.w');
    expect(Math.max(...conv.map(Math.abs))).toBeLessThanOrEqual(1 / 6);
    expect(Math.max(...conv.map(Math.abs))).toBeGreaterThan(0.5 / 6);
    expect(Array.from(init(a, 'stem.gamma'))).toEqual([1, 1, 1, 1]);
    expect(Array.from(init(a, 'stem.beta'))).toEqual([0, 0, 0, 0]);
    expect(Array.from(init(a, 'stem.mean'))).toEqual([0, 0, 0, 0]);
    expect(Array.from(init(a, 'stem.var'))).toEqual([1, 1, 1, 1]);
    expect(Array.from(init(randomizeParameters(model, 'all', 7, opts).model, 'fc.w'))).toEqual(Array.from(fc));
    expect(Array.from(init(randomizeParameters(model, 'all', 8, opts).model, 'fc.w'))).not.toEqual(Array.from(fc));
    // The same seed draws a parameter the same at any depth (streams by name).
    expect(Array.from(init(randomizeParameters(model, 0, 7, opts).model, 'fc.w'))).toEqual(Array.from(fc));
    // The model given is not changed.
    expect(Array.from(init(model, 'fc.w'))).not.toEqual(Array.from(fc));
  });
});

describe('EngineFacade.randomized: checked against the engine\'s own outputs', { timeout: 120_000 }, () => {
  const engine = createEngine({
    models: (id) => (id === 'tiny' ? Promise.resolve(source(id, model)) : Promise.reject(new Error(`no '${id}'`))),
    session: { provider: 'cpu', intraOpNumThreads: 1 },
  });
  const tiny = { id: 'tiny' };
  afterAll(() => engine.close());

  it("'none' gives identical logits", async () => {
    const copy = await engine.randomized(tiny, { depth: 'none', seed: 1 });
    expect(copy.id).toMatch(/^randomized:/);
    expect(Array.from((await engine.logits(copy, x)).data)).toEqual(Array.from((await engine.logits(tiny, x)).data));
    await engine.release(copy);
  });

  it('the final layer: penultimate features stay, logits become flat · W^T + b with the drawn W, b', async () => {
    const copy = await engine.randomized(tiny, { depth: 0, seed: 3 });
    const flat = await engine.features(tiny, x);
    expect(Array.from((await engine.features(copy, x)).data)).toEqual(Array.from(flat.data));
    const z = await engine.logits(copy, x);
    expect(differs(z, await engine.logits(tiny, x))).toBe(true);
    const drawn = randomizeParameters(model, 0, 3, { featureTensor: 'flat' }).model;
    const [w, b] = [init(drawn, 'fc.w'), init(drawn, 'fc.b')];
    for (let i = 0; i < N; i++)
      for (let c = 0; c < 3; c++) {
        let s = b[c]!;
        for (let k = 0; k < 4; k++) s += flat.data[i * 4 + k]! * w[c * 4 + k]!;
        expect(z.data[i * 3 + c]).toBeCloseTo(s, 5);
      }
    await engine.release(copy);
  });

  it('the last block: features at the first block stay, penultimate features change; the source is untouched', async () => {
    const before = await engine.logits(tiny, x);
    const copy = await engine.randomized(tiny, { depth: 1, seed: 3 });
    expect(Array.from((await engine.features(copy, x, { block: 0 })).data)).toEqual(Array.from((await engine.features(tiny, x, { block: 0 })).data));
    expect(differs(await engine.features(copy, x), await engine.features(tiny, x))).toBe(true);
    expect(Array.from((await engine.logits(tiny, x)).data)).toEqual(Array.from(before.data));
    // Gradients run on the copy as on any model.
    const g = await engine.inputGradient(copy, x, Int32Array.from([0, 1, 2, 0, 1]), { loss: 'cross-entropy' });
    expect(g.gradient.dims).toEqual([N, 1, 6, 6]);
    await engine.release(copy);
    await expect(engine.logits(copy, x)).rejects.toThrow(/not a randomized model held by this engine, or released/);
  });

  it('a fine-tuned model held by the engine: a copy of it keeps its features at depth 0, and is released alone', async () => {
    const labels = Int32Array.from({ length: N }, (_, i) => i % 3);
    const batch = { images: x, labels };
    const hyper = { epochs: 1, batchSize: 5, lr: 0.1, momentum: 0.9, weightDecay: 0, schedule: 'constant' as const, augment: false };
    const tuned = await engine.fineTune({ model: tiny, depth: 0, hyper, seed: 1, data: { kind: 'tensors', numClasses: 3, train: batch, test: batch } }, { keepModel: true });
    const model = tuned.model!;
    const same = await engine.randomized(model, { depth: 'none', seed: 2 });
    expect(Array.from((await engine.logits(same, x)).data)).toEqual(Array.from((await engine.logits(model, x)).data));
    const copy = await engine.randomized(model, { depth: 0, seed: 2 });
    expect(Array.from((await engine.features(copy, x)).data)).toEqual(Array.from((await engine.features(model, x)).data));
    expect(differs(await engine.logits(copy, x), await engine.logits(model, x))).toBe(true);
    await engine.release(copy);
    await engine.release(same);
    // The fine-tuned model itself is still held.
    expect((await engine.logits(model, x)).dims).toEqual([N, 3]);
    await engine.release(model);
  });

  it('refuses a depth the model has no blocks for, naming the blocks', async () => {
    await expect(engine.randomized(tiny, { depth: 2, seed: 0 })).rejects.toThrow(/depth 2 needs a block boundary.*2 block\(s\)/);
  });
});
