import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCheckpoint } from '../src/training/checkpoint';
import { findRecipe } from '../src/training/recipes';
import { trainRecipe, type TrainOptions } from '../src/training/train-model';

const tiny: TrainOptions = { trainSize: 192, testSize: 50, evalSize: 10, epochs: 3, batchSize: 64, architecture: { width: 4, blocks: [1, 1] }, grid: { L2: [], Linf: [8 / 255] } };

class Interrupted extends Error {}

describe('training checkpoints', () => {
  it('an interrupted adversarial run resumes exactly: the same model as an uninterrupted run', async () => {
    const recipe = findRecipe('fast-linf-8');
    const straight = await trainRecipe(recipe, tiny);
    const checkpoint = join(mkdtempSync(join(tmpdir(), 'ckpt-')), 'run.ckpt.onnx');
    const crash = trainRecipe(recipe, { ...tiny, checkpoint, onEpoch: (e) => { if (e.epoch === 2) throw new Interrupted(); } });
    await expect(crash).rejects.toBeInstanceOf(Interrupted);
    expect(readCheckpoint(checkpoint)).toMatchObject({ epochsDone: 2, state: { step: 6 } });
    const lines: string[] = [];
    const resumed = await trainRecipe(recipe, { ...tiny, checkpoint, log: (m) => lines.push(m) });
    expect(lines[0]).toMatch(/resuming from .* after epoch 2/);
    expect(lines.filter((l) => l.startsWith('epoch '))).toHaveLength(1);
    expect(resumed.epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(resumed.sha256).toBe(straight.sha256);
    expect(existsSync(checkpoint)).toBe(true);
  }, 120_000);

  it('starts afresh over a checkpoint of a different run', async () => {
    const checkpoint = join(mkdtempSync(join(tmpdir(), 'ckpt-')), 'run.ckpt.onnx');
    await trainRecipe(findRecipe('natural'), { ...tiny, epochs: 1, checkpoint });
    const lines: string[] = [];
    const other = await trainRecipe(findRecipe('natural'), { ...tiny, epochs: 2, checkpoint, log: (m) => lines.push(m) });
    expect(lines[0]).toMatch(/from a different run; starting afresh/);
    expect(other.epochs).toHaveLength(2);
  }, 120_000);
});
