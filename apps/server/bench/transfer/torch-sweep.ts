import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel } from '@transferlab/engine';
import { plugins as datasetPlugins } from '@transferlab/plugins-datasets';
import type { ManifestEntry } from '@transferlab/plugins-models';
import { stratifiedSample, type Dataset, type DatasetPlugin } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';

/** The PyTorch references of the sweep (bench/python/transfer_sweep.py). */
export const TORCH_SCRIPT = join(__dirname, '..', 'python', 'transfer_sweep.py');

/**
 * A Python with torch and torchvision (Debian's python3-torch lives in /usr/bin/python3,
 * which a pyenv python3 earlier on the PATH hides), or why there is none.
 */
export function torchPython(candidates: readonly string[] = ['python3', '/usr/bin/python3']): { python?: string; version?: string; reason: string } {
  const tried: string[] = [];
  for (const p of candidates) {
    const r = spawnSync(p, ['-c', 'import torch, torchvision; print(torch.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return { python: p, version: r.stdout.trim(), reason: '' };
    tried.push(`${p}: ${r.error ? r.error.message : (r.stderr.trim().split('\n').at(-1) ?? `exit ${r.status}`)}`);
  }
  return { reason: `no python3 with torch and torchvision (install Debian's python3-torch python3-torchvision): ${tried.join('; ')}` };
}

interface TrialConfig {
  readonly source: string;
  readonly target: string;
  readonly n: number;
  readonly depth: number;
  readonly seed: number;
  readonly lr: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly momentum: number;
  readonly weightDecay: number;
  readonly schedule: string;
}

async function loadTarget(name: string): Promise<Dataset> {
  const plugin = datasetPlugins.find((p) => p.name === name) as DatasetPlugin | undefined;
  if (!plugin) throw new Error(`bench: no built-in dataset '${name}'`);
  return plugin.load(plugin.params.parse({}), createTestContext());
}

const floats = (path: string, data: Float32Array | Int32Array) => writeFileSync(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));

/**
 * Writes what the Python references read: each source's ONNX initializers (one float32 file
 * and an index), each target's images (the union of the trials' stratified samples, as the
 * transfer plugin draws them, and the whole test split) and the trials with their rows.
 */
export async function writeTorchInputs(dir: string, zooDir: string, sources: readonly ManifestEntry[], configs: readonly Record<string, unknown>[]): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const trials = configs as unknown as TrialConfig[];
  const spec = {
    sources: sources.map((e) => {
      const m = decodeModel(readFileSync(join(zooDir, e.file)));
      let offset = 0;
      const tensors = m.graph.initializers.filter((t) => t.dataType === 'float32').map((t) => {
        const entry = { name: t.name, dims: t.dims, offset };
        offset += (t.values as Float32Array).length;
        return entry;
      });
      const all = new Float32Array(offset);
      m.graph.initializers.filter((t) => t.dataType === 'float32').forEach((t, i) => all.set(t.values as Float32Array, tensors[i]!.offset));
      const weights = join(dir, `${e.id}.f32`);
      floats(weights, all);
      return { id: e.id, weights, tensors, mean: e.input?.mean ?? [0], std: e.input?.std ?? [1] };
    }),
    targets: {} as Record<string, unknown>,
    trials: [] as unknown[],
  };
  for (const target of [...new Set(trials.map((t) => t.target))]) {
    const ds = await loadTarget(target);
    const labels = await ds.labels('train');
    const of = trials.filter((t) => t.target === target);
    const samples = of.map((t) => Array.from(stratifiedSample(labels, t.n, t.seed)));
    const union = [...new Set(samples.flat())].sort((a, b) => a - b);
    const row = new Map(union.map((i, k) => [i, k]));
    const testLabels = await ds.labels('test');
    const [train, test] = await Promise.all([ds.read('train', union), ds.read('test', Array.from(testLabels, (_, i) => i))]);
    const files = (split: string, b: typeof train) => {
      const images = join(dir, `${target}-${split}.f32`);
      const labelsFile = join(dir, `${target}-${split}.i32`);
      floats(images, b.images.data);
      floats(labelsFile, b.labels);
      return { images, labels: labelsFile };
    };
    spec.targets[target] = { shape: ds.imageShape, train: files('train', train), test: files('test', test) };
    of.forEach((t, k) => spec.trials.push({ ...t, classes: ds.classes.length, rows: samples[k]!.map((i) => row.get(i)!) }));
  }
  const path = join(dir, 'sweep.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

export interface TorchRun {
  readonly mode: 'careful' | 'reference';
  readonly seconds: number;
  readonly accuracies: readonly number[];
  readonly torch: string;
}

/** The trials of a written spec in `workers` PyTorch processes of `threads` threads; the clock starts once they are up. */
export function runTorchSweep(python: string, specPath: string, mode: TorchRun['mode'], workers: number, threads: number): TorchRun {
  const r = spawnSync(python, [TORCH_SCRIPT, specPath, mode, String(workers), String(threads)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench: the PyTorch reference failed (${mode}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as TorchRun;
}
