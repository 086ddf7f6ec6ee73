import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Block boundaries of real torch.onnx.export graphs, one small-width model per torchvision
 * family (test/fixtures/torchvision-small.py), and at every boundary tail(prefix(x)) = model(x).
 * Skipped where no Python has torch and torchvision (Debian's python3-torch is /usr/bin/python3).
 */
const EXPECTED_BLOCKS: Record<string, number> = {
  resnet: 5, // BasicBlocks [2, 1, 1, 1]
  vit: 3, // encoder layers (the last with the final ln)
  swin: 6, // patch embedding, 2 + 2 Swin blocks, patch merging
  convnext: 6, // stem, 2 + 2 CNBlocks, downsampling
  densenet: 6, // stem, 3 dense blocks (the last with norm5), 2 transitions
  mobilenet_v2: 19, // stem conv, 17 inverted residuals, last conv
  mobilenet_v3: 13, // stem conv, 11 inverted residuals, last conv
  efficientnet: 12, // stem conv, 10 MBConvs, last conv
  mnasnet: 18, // stem, 16 inverted residuals, last conv
  vgg: 3, // conv groups, each ending in a MaxPool
  squeezenet: 9, // stem, 8 Fire modules
  shufflenet: 8, // conv1, 2 units per stage, conv5
  regnet: 5, // stem, 4 ResBottleneck blocks
};

function torchPython(): string | undefined {
  for (const py of [process.env.TORCH_PYTHON, '/usr/bin/python3', 'python3']) {
    if (!py) continue;
    try {
      execFileSync(py, ['-c', 'import torch, torchvision'], { stdio: 'ignore' });
      return py;
    } catch {
      // next
    }
  }
  return undefined;
}

const python = torchPython();
let dir = '';

describe.skipIf(!python)('blocks of torchvision families (torch.onnx.export)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tv-blocks-'));
    const log = execFileSync(python!, [join(__dirname, 'fixtures/torchvision-small.py'), dir, ...Object.keys(EXPECTED_BLOCKS)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(log).not.toContain('FAIL');
  }, 180_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const load = (family: string): { model: ModelDef; x: { dims: number[]; data: Float32Array }; logits: Float32Array } => {
    const ref = JSON.parse(readFileSync(join(dir, `${family}.json`), 'utf8')) as { size: number; x: number[]; logits: number[] };
    return { model: decodeModel(readFileSync(join(dir, `${family}.onnx`))), x: { dims: [2, 3, ref.size, ref.size], data: Float32Array.from(ref.x) }, logits: Float32Array.from(ref.logits) };
  };

  it.each(Object.entries(EXPECTED_BLOCKS))('%s: %i blocks, and every boundary splits the model', async (family, count) => {
    const { model, x, logits } = load(family);
    const blocks = blockBoundaries(model);
    expect(blocks).toHaveLength(count);
    const full = (await runOrt(model, { input: x })).logits!;
    expect(maxAbsDiff(full.data, logits)).toBeLessThan(1e-4);
    for (const cut of blocks) {
      const { prefix, tail } = splitModel(model, cut);
      const mid = (await runOrt(prefix, { input: x }))[cut]!;
      const out = (await runOrt(tail, { [cut]: { dims: [...mid.dims], data: mid.data } })).logits!;
      expect(maxAbsDiff(out.data, full.data), `cut ${cut}`).toBeLessThan(1e-5);
    }
  }, 60_000);

  describe('SqueezeNet 1.1: a 1x1 Conv head (Dropout -> Conv -> Relu -> GlobalAveragePool -> Flatten)', () => {
    it('imports with the Conv input as features and gets a fresh Conv head, as torchvision replaces classifier[1]', async () => {
      const { model, x } = load('squeezenet');
      const layer = findLastLayer(model, 'logits');
      expect(layer).toMatchObject({ kind: 'conv', weight: 'classifier.1.weight', bias: 'classifier.1.bias' });
      const layout = inspectClassifier(model, { input: { channels: 3, height: 64, width: 64, mean: [0, 0, 0], std: [1, 1, 1] } });
      expect(layout.featureTensor).toBe(layer.features);
      expect(layout.numClasses).toBe(10);
      expect(cutForDepth(model, 0)).toBe(layer.features);
      const headed = withNewHead(model, 4, 7);
      const w = headed.graph.initializers.find((t) => t.name === 'classifier.1.weight')!;
      expect(w.dims).toEqual([4, 512, 1, 1]);
      expect(Math.max(...Array.from(w.values as Float32Array, Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(512));
      expect((await runOrt(headed, { input: x })).logits!.dims).toEqual([2, 4]);
    });

    it('input gradients (attacks, saliency) use the logits only', async () => {
      const { model, x } = load('squeezenet');
      const g = deriveInputGradient(model, { loss: 'cross-entropy' });
      const session = await InferenceSession.create(encodeModel(g.model));
      const out = await session.run({ input: new Tensor('float32', x.data, x.dims), labels: new Tensor('int64', BigInt64Array.from([1n, 2n]), [2]) });
      await session.release();
      const grad = out[g.outputs.grad]!.data as Float32Array;
      expect(grad.length).toBe(x.data.length);
      expect(grad.every(Number.isFinite)).toBe(true);
      expect(grad.some((v) => v !== 0)).toBe(true);
    });

    it.each([0, 1] as const)('fine-tunes at depth %i', async (depth) => {
      const { model } = load('squeezenet');
      const n = 12;
      const per = 3 * 64 * 64;
      const images = Float32Array.from({ length: n * per }, (_, i) => Math.sin(i * 0.37) * 0.5 + 0.5);
      const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
      const split = { images, labels, indices: Int32Array.from({ length: n }, (_, i) => i) };
      const run = await fineTune({
        model, modelChecksum: 'squeezenet', preprocessing: 'none', depth, numClasses: 3, datasetChecksum: 'sines', imageShape: [3, 64, 64], train: split, test: split,
        hyper: { epochs: 2, batchSize: 6, lr: 0.01, momentum: 0.9, weightDecay: 0, schedule: 'step', augment: false }, seed: 1,
      });
      expect(run.epochs).toHaveLength(2);
      for (const e of run.epochs) expect(Number.isFinite(e.testLoss)).toBe(true);
    }, 60_000);
  });
});
