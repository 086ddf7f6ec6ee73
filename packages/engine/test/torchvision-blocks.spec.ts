import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { findLastLayer } from '../src/derive/last-layer';
import { cutForDepth } from '../src/finetune/cut';
import { fineTune } from '../src/finetune/fine-tune';
import { withNewHead } from '../src/finetune/new-head';
import { inspectClassifier } from '../src/inspect/classifier';
import { decodeModel, encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { blockBoundaries } from '../src/split/blocks';
import { splitModel } from '../src/split/split-model';
import { maxAbsDiff, runOrt } from './fixtures/tiny-models';

/**
 * Block boundaries of real torch.onnx.export graphs: the committed exports of every torchvision
 * family (test/fixtures/torchvision, written by scripts/torchvision_fixtures.py; the models are
 * described there), and at every boundary tail(prefix(x)) = model(x) on the fixture's batch,
 * whose logits match PyTorch's. Every export of a family (opset 13 / 17, folded or not, BatchNorm
 * fused or kept) has the same blocks. The engine README's table lists these counts.
 */
const EXPECTED_BLOCKS: Record<string, number> = {
  resnet: 4, // BasicBlock, layers [1, 1, 1, 1]
  resnext: 4, // Bottleneck, groups 4, layers [1, 1, 1, 1]
  'wide-resnet': 4, // Bottleneck, width_per_group 128, layers [1, 1, 1, 1]
  'vgg-bn': 3, // conv groups, each ending in a MaxPool
  googlenet: 12, // conv1, conv2, conv3 and 9 Inception modules (the pools join them)
  squeezenet: 9, // stem, 8 Fire modules
  densenet: 4, // stem, dense block, transition, dense block (with norm5)
  'mobilenet-v2': 8, // stem conv, 6 inverted residuals, last conv
  'mobilenet-v3': 10, // stem conv, 8 inverted residuals, last conv
  mnasnet: 8, // stem, 6 stacks, last conv
  'shufflenet-v2': 8, // conv1, 2 units per stage, conv5
  efficientnet: 6, // stem conv, 4 MBConv stages, last conv
  'efficientnet-v2': 6, // stem conv, 2 FusedMBConv and 2 MBConv stages, last conv
  regnet: 4, // stem, 3 ResBottleneck blocks
  convnext: 4, // stem, CNBlock, downsampling, CNBlock
  vit: 3, // patch embedding, 2 encoder layers (the last with the final ln)
  swin: 6, // patch embedding, 2 + 2 Swin blocks, patch merging
  maxvit: 7, // stem, per stage its MBConv, window and grid attention
};

const DIR = join(__dirname, 'fixtures', 'torchvision');

interface Fixture {
  readonly family: string;
  readonly input: { readonly name: string; readonly dims: readonly number[] };
  readonly arrays: Readonly<Record<string, { readonly offset: number; readonly length: number }>>;
  readonly exports: readonly { readonly name: string }[];
}

function fixture(family: string): { meta: Fixture; x: { dims: number[]; data: Float32Array }; logits: Float32Array } {
  const meta = JSON.parse(readFileSync(join(DIR, `${family}.json`), 'utf8')) as Fixture;
  const bin = readFileSync(join(DIR, `${family}.bin`));
  const all = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
  const array = (key: string) => {
    const ref = meta.arrays[key]!;
    return Float32Array.from(all.subarray(ref.offset, ref.offset + ref.length));
  };
  return { meta, x: { dims: [...meta.input.dims], data: array('input') }, logits: array('logits') };
}
const load = (name: string): ModelDef => decodeModel(readFileSync(join(DIR, `${name}.onnx`)));

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { families: readonly { family: string; exports: readonly string[] }[] };
const cases = manifest.families.flatMap((f) => f.exports.map((name) => [name, f.family] as const));

describe('blocks of torchvision families (committed torch.onnx.export fixtures)', () => {
  it('cover every exported family', () => {
    expect(manifest.families.filter((f) => f.exports.length > 0).map((f) => f.family).sort()).toEqual(Object.keys(EXPECTED_BLOCKS).sort());
  });

  it.each(cases)('%s: its family\'s block count, and every boundary splits the model', async (name, family) => {
    const { meta, x, logits } = fixture(family);
    const model = load(name);
    const blocks = blockBoundaries(model);
    expect(blocks).toHaveLength(EXPECTED_BLOCKS[family]!);
    const full = (await runOrt(model, { [meta.input.name]: x })).logits!;
    expect(maxAbsDiff(full.data, logits)).toBeLessThan(1e-5);
    for (const cut of blocks) {
      const { prefix, tail } = splitModel(model, cut);
      const mid = (await runOrt(prefix, { [meta.input.name]: x }))[cut]!;
      const out = (await runOrt(tail, { [cut]: { dims: [...mid.dims], data: mid.data } })).logits!;
      expect(maxAbsDiff(out.data, full.data), `cut ${cut}`).toBeLessThan(1e-5);
    }
  }, 60_000);

  /** 12 images of the fixture's size, 3 classes, through fineTune at a depth. */
  const fineTuneAt = async (model: ModelDef, depth: number) => {
    const n = 12;
    const per = 3 * 32 * 32;
    const images = Float32Array.from({ length: n * per }, (_, i) => Math.sin(i * 0.37) * 0.5 + 0.5);
    const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
    const split = { images, labels, indices: Int32Array.from({ length: n }, (_, i) => i) };
    return fineTune({
      model, modelChecksum: `m${depth}`, preprocessing: 'none', depth, numClasses: 3, datasetChecksum: 'sines', imageShape: [3, 32, 32], train: split, test: split,
      hyper: { epochs: 2, batchSize: 6, lr: 0.01, momentum: 0.9, weightDecay: 0, schedule: 'step', augment: false }, seed: 1,
    });
  };

  describe('ViT: the patch embedding is a block, so depth 2 trains both encoder layers', () => {
    it.each([0, 1, 2] as const)('fine-tunes at depth %i', async (depth) => {
      const model = load('vit-op17');
      expect(cutForDepth(model, 2)).toBe('/encoder/Add_output_0');
      expect(() => cutForDepth(model, 3)).toThrow(/has 3 block/);
      const run = await fineTuneAt(model, depth);
      expect(run.epochs).toHaveLength(2);
      for (const e of run.epochs) expect(Number.isFinite(e.testLoss)).toBe(true);
    }, 60_000);
  });

  describe('SqueezeNet 1.1: a 1x1 Conv head (Dropout -> Conv -> Relu -> GlobalAveragePool -> Flatten)', () => {
    const { x } = fixture('squeezenet');
    it('imports with the Conv input as features and gets a fresh Conv head, as torchvision replaces classifier[1]', async () => {
      const model = load('squeezenet-op17');
      const layer = findLastLayer(model, 'logits');
      expect(layer).toMatchObject({ kind: 'conv', weight: 'classifier.1.weight', bias: 'classifier.1.bias' });
      const layout = inspectClassifier(model, { input: { channels: 3, height: 32, width: 32, mean: [0, 0, 0], std: [1, 1, 1] } });
      expect(layout.featureTensor).toBe(layer.features);
      expect(layout.numClasses).toBe(10);
      expect(cutForDepth(model, 0)).toBe(layer.features);
      const headed = withNewHead(model, 4, 7);
      const w = headed.graph.initializers.find((t) => t.name === 'classifier.1.weight')!;
      expect(w.dims).toEqual([4, 64, 1, 1]);
      expect(Math.max(...Array.from(w.values as Float32Array, Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(64));
      expect((await runOrt(headed, { x })).logits!.dims).toEqual([2, 4]);
    });

    it('input gradients (attacks, saliency) use the logits only', async () => {
      const g = deriveInputGradient(load('squeezenet-op17'), { loss: 'cross-entropy' });
      const session = await InferenceSession.create(encodeModel(g.model));
      const out = await session.run({ [g.inputs.input]: new Tensor('float32', x.data, x.dims), labels: new Tensor('int64', BigInt64Array.from([1n, 2n]), [2]) });
      await session.release();
      const grad = out[g.outputs.grad]!.data as Float32Array;
      expect(grad.length).toBe(x.data.length);
      expect(grad.every(Number.isFinite)).toBe(true);
      expect(grad.some((v) => v !== 0)).toBe(true);
    });

    it.each([0, 1] as const)('fine-tunes at depth %i', async (depth) => {
      const run = await fineTuneAt(load('squeezenet-op17'), depth);
      expect(run.epochs).toHaveLength(2);
      for (const e of run.epochs) expect(Number.isFinite(e.testLoss)).toBe(true);
    }, 60_000);
  });
});
