import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeModel } from '../src/onnx/codec';
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
});
