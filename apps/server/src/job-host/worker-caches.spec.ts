import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processCacheBudget, type JobContext } from '@transferlab/engine';
import type { CacheKind } from '@transferlab/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDescriptor } from './model-descriptor';
import { hostJob } from './plugin-host';
import { workerCacheUse } from './worker-caches';
import { datasetBytes, releaseWorkerDatasets } from './worker-datasets';
import { resetWorkerEngines } from './worker-engine';

const ZOO = join(__dirname, '../../../../plugins/models/zoo');
const MB = 2 ** 20;

interface ZooEntry { id: string; file: string; architecture: string; training: ModelDescriptor['training']; input: ModelDescriptor['input']; numClasses: number; featureTensor: string; blocks: string[] }

async function zooModels(ids: readonly string[]): Promise<ModelDescriptor[]> {
  const manifest = JSON.parse(await readFile(join(ZOO, 'manifest.json'), 'utf8')) as { models: ZooEntry[] };
  return Promise.all(ids.map(async (id) => {
    const m = manifest.models.find((e) => e.id === id)!;
    const file = join(ZOO, m.file);
    const checksum = createHash('sha256').update(await readFile(file)).digest('hex');
    return { id, name: id, origin: 'zoo', checksum, file, architecture: m.architecture, numClasses: m.numClasses, input: m.input, training: m.training, featureTensor: m.featureTensor, blocks: m.blocks, metrics: null };
  }));
}

const job: JobContext = { config: { threads: 1, executionProvider: 'cpu' }, progress: () => undefined, signal: new AbortController().signal };

describe('a worker\'s caches under one budget', { timeout: 180_000 }, () => {
  let dataDir: string;
  const limitMb = 80;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tl-worker-caches-'));
    // What the worker loop does with WorkerConfig.cacheMb at a worker's start.
    processCacheBudget.setLimit(limitMb * MB);
  });
  afterAll(async () => {
    await resetWorkerEngines();
    releaseWorkerDatasets();
    processCacheBudget.setLimit(Number.POSITIVE_INFINITY);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps datasets, prefix features and sessions under the limit over jobs on several datasets and models, evicting the least recently used', async () => {
    const models = await zooModels(['fashion-mnist-a-resnet8-w16-natural', 'fashion-mnist-a-resnet8-w16-l2-0.5']);
    const base = { pluginConfigFile: undefined, dataDir, datasetRoots: [join(dataDir, 'datasets')], modelRoots: [join(dataDir, 'models')] };
    const seen = new Set<CacheKind>();
    const totals: number[] = [];
    const mnistBytes = datasetBytes({ imageShape: [1, 28, 28], sizes: { train: 60_000, test: 10_000 } });
    for (const dataset of ['mnist', 'fashion-mnist', 'mnist']) {
      for (const d of models) {
        const { context, engine } = await hostJob(base, job, models);
        const ds = await context.data.dataset(dataset);
        const train = Array.from({ length: 64 }, (_, i) => i);
        const test = Array.from({ length: 32 }, (_, i) => i);
        const hyper = { epochs: 1, batchSize: 32, lr: 0.01, momentum: 0.9, weightDecay: 0, schedule: 'constant' as const, augment: false };
        await engine.fineTune!({ model: { id: d.id }, depth: 0, data: { kind: 'dataset', dataset: ds, train, test }, hyper, seed: 0 });
        const use = workerCacheUse();
        for (const k of ['datasets', 'features', 'sessions'] as const) if (use.bytes[k] > 0) seen.add(k);
        totals.push(use.totalBytes);
        expect(use.totalBytes).toBeLessThanOrEqual(use.limitBytes);
        expect(use.totalBytes).toBe(use.bytes.datasets + use.bytes.features + use.bytes.sessions);
      }
    }
    const use = workerCacheUse();
    expect(use.limitBytes).toBe(limitMb * MB);
    expect([...seen].sort()).toEqual(['datasets', 'features', 'sessions']);
    // Two decoded datasets (55 MB each) do not fit 80 MB together: each switch evicted the other.
    expect(mnistBytes).toBeGreaterThan(50 * MB);
    expect(use.evictions).toBeGreaterThanOrEqual(2);
    expect(Math.max(...totals)).toBeGreaterThan(mnistBytes);
  });
});
