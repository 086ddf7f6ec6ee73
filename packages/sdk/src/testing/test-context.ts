import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttackPlugin } from '../attack';
import type { DataApi, PluginContext } from '../context';
import { datasetKey, type Dataset, type DatasetSpec, type Split } from '../dataset';
import type { SourceModel } from '../model-source';
import { LinearEngine } from './linear-engine';
import { seededRandom } from '../random';

// 1-pixel PNG, enough for a thumbnail shape check in the synthetic dataset.
const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** A tiny two-class dataset of 1x4x4 images: class 1 is brighter than class 0. */
export function syntheticDataset(size = { train: 16, test: 8 }): Dataset {
  const make = (split: Split) => {
    const n = size[split];
    const rnd = seededRandom(split === 'train' ? 1 : 2);
    const images = new Float32Array(n * 16);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = i % 2;
      for (let j = 0; j < 16; j++) images[i * 16 + j] = Math.min(1, rnd() * 0.5 + (i % 2) * 0.5);
    }
    return { images, labels };
  };
  const data = { train: make('train'), test: make('test') };
  return {
    name: 'synthetic',
    classes: ['dark', 'bright'],
    imageShape: [1, 4, 4],
    sizes: { ...size },
    checksum: 'synthetic-v1',
    labels: (split) => Promise.resolve(data[split].labels.slice()),
    read: (split, indices) => {
      const idx = Array.from(indices);
      const images = new Float32Array(idx.length * 16);
      const labels = new Int32Array(idx.length);
      idx.forEach((k, i) => {
        if (k < 0 || k >= size[split]) throw new RangeError(`index ${k} outside ${split} split of ${size[split]}`);
        images.set(data[split].images.subarray(k * 16, (k + 1) * 16), i * 16);
        labels[i] = data[split].labels[k] ?? 0;
      });
      return Promise.resolve({ images: { data: images, dims: [idx.length, 1, 4, 4] }, labels });
    },
    thumbnail: () => Promise.resolve(TINY_PNG),
  };
}

export interface TestContextOptions {
  /**
   * Extra datasets by key: a plugin name (the dataset loaded with default params), or
   * datasetKey({ name, params }) for a dataset with params. 'synthetic' is always there.
   */
  readonly datasets?: Readonly<Record<string, Dataset>>;
  readonly attacks?: Readonly<Record<string, AttackPlugin>>;
  readonly onProgress?: (fraction: number, message?: string) => void;
}

let processCacheDir: string | undefined;

/**
 * One cache folder per test process, removed when the process exits: plugins that cache
 * (decoded datasets, prefix features) reuse it across contexts and leave nothing behind.
 */
function testCacheDir(): string {
  if (!processCacheDir) {
    const dir = mkdtempSync(join(tmpdir(), 'transferlab-test-'));
    processCacheDir = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return processCacheDir;
}

/** A PluginContext with the linear reference engine, the synthetic dataset and a 'linear' model. */
export function createTestContext(options: TestContextOptions = {}): PluginContext {
  const rnd = seededRandom(7);
  const weights = Float32Array.from({ length: 2 * 16 }, (_, i) => (i < 16 ? -1 : 1) * (0.5 + rnd() * 0.1));
  const datasets: Record<string, Dataset> = { synthetic: syntheticDataset(), ...options.datasets };
  const dataset = (spec: DatasetSpec): Promise<Dataset> => {
    const key = datasetKey(spec);
    const d = datasets[key];
    if (!d) return Promise.reject(new Error(`no dataset '${key}'; available: ${Object.keys(datasets).join(', ')}`));
    return Promise.resolve(d);
  };
  const engine = new LinearEngine(weights, new Float32Array([4, -4]), 2);
  const linearModel: SourceModel = {
    id: 'linear',
    architecture: 'linear',
    training: { kind: 'natural' },
    input: { channels: 1, height: 4, width: 4, mean: [0], std: [1] },
    numClasses: 2,
    featureTensor: 'input',
    blocks: [],
    checksum: 'linear-v1',
    bytes: () => Promise.resolve(new Uint8Array()),
  };
  const data: DataApi = {
    dataset,
    model: (ref) =>
      ref.id === 'linear' ? Promise.resolve(linearModel) : Promise.reject(new Error(`no model '${ref.id}'; available: linear`)),
    attack: (name) => {
      const a = options.attacks?.[name];
      if (!a) throw new Error(`no attack '${name}'; available: ${Object.keys(options.attacks ?? {}).join(', ') || '(none)'}`);
      return a;
    },
  };
  return {
    engine,
    data,
    progress: { report: (f, m) => options.onProgress?.(f, m) },
    log: { info: () => undefined, warn: () => undefined },
    signal: new AbortController().signal,
    cacheDir: testCacheDir(),
    roots: { datasets: [], models: [] },
  };
}
