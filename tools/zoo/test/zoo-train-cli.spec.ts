import { readManifest } from '@transferlab/plugins-models';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECIPES } from '../src/training/recipes';

const cli = (args: string[]) =>
  execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '..', 'src', 'cli', 'zoo-train.ts'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('zoo:train CLI', () => {
  it('lists every recipe', () => {
    const out = cli(['--list']);
    for (const r of RECIPES) expect(out).toMatch(new RegExp(`^${r.name}\\s`, 'm'));
  }, 60_000);

  it('trains a recipe at test size into a folder and records a complete manifest entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoo-cli-'));
    const out = cli(['--recipe', 'natural', '--out', dir, '--checkpoints', join(dir, 'ckpt'), '--train-size', '256', '--test-size', '100', '--eval-size', '20', '--epochs', '1', '--width', '4']);
    expect(out).toMatch(/natural: epoch 1\/1: loss [\d.]+, train acc [\d.]+%/);
    const [entry] = readManifest(dir)!.models;
    expect(entry).toMatchObject({ file: 'natural.onnx', recipe: 'natural', seed: 0, trainSize: 256, architecture: 'resnet8-w4', robustCount: 20 });
    expect(Object.keys(entry!.robustAccuracy).sort()).toEqual(['robust:L2:0.25', 'robust:L2:0.5', 'robust:L2:1', 'robust:Linf:2/255', 'robust:Linf:4/255', 'robust:Linf:8/255']);
    expect(readFileSync(join(dir, 'natural.onnx')).length).toBe(entry!.bytes);
    expect(existsSync(join(dir, 'ckpt', 'natural.ckpt.onnx'))).toBe(false); // removed once the model is saved
  }, 90_000);

  it('trains recipes in parallel child processes, one manifest writer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoo-cli-'));
    cli(['--recipe', 'natural', '--recipe', 'fast-linf-8', '--jobs', '2', '--out', dir, '--checkpoints', join(dir, 'ckpt'), '--train-size', '128', '--test-size', '50', '--eval-size', '10', '--epochs', '1', '--width', '4']);
    const models = readManifest(dir)!.models;
    expect(models.map((m) => m.recipe)).toEqual(['fast-linf-8', 'natural']);
    expect(models[0]!.training).toMatchObject({ kind: 'adversarial', norm: 'Linf' });
  }, 90_000);

  it('refuses an unknown recipe, naming the available ones', () => {
    expect(() => cli(['--recipe', 'nope'])).toThrow(/no recipe 'nope'; available: natural, l2-0.25/);
  }, 60_000);
});
