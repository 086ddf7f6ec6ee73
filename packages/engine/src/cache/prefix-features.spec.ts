import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFloats, maxAbsDiff, runOrt } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { WorkerPool } from '../pool/worker-pool';
import { splitModel } from '../split/split-model';
import { FeatureCache } from './feature-cache';
import { cachedPrefixFeatures } from './prefix-features';

describe('cachedPrefixFeatures', { timeout: 60_000 }, () => {
  let pool: WorkerPool;
  let dir: string;
  beforeAll(async () => {
    pool = new WorkerPool({ size: 1, config: { threads: 1, executionProvider: 'cpu' } });
    dir = await mkdtemp(join(tmpdir(), 'tl-prefix-'));
  });
  afterAll(async () => {
    await pool.shutdown();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the frozen prefix in the pool in batches, once per key, and the tail reproduces the model', async () => {
    const m = tinyResNet();
    const { prefix, tail } = splitModel(m, 'block1_out');
    const images = fixtureFloats(10 * 72, 4);
    const indices = Int32Array.from([9, 0, 3, 4, 7]);
    const cache = new FeatureCache({ dir: join(dir, 'features'), maxMemoryBytes: 1 << 20 });
    const run = { pool, prefix, modelDir: join(dir, 'models'), images, imageShape: [2, 6, 6] as const, indices, batchSize: 2 };
    const key = { modelChecksum: 'tiny', datasetChecksum: 'fixture', preprocessing: 'none', cut: 'block1_out', indices };
    const f = await cachedPrefixFeatures(cache, key, run);
    expect(f.dims).toEqual([5, 4, 6, 6]);
    await cachedPrefixFeatures(cache, key, run);
    expect(cache.stats).toMatchObject({ misses: 1, memoryHits: 1 });

    const chosen = new Float32Array(5 * 72);
    indices.forEach((src, i) => chosen.set(images.subarray(src * 72, (src + 1) * 72), i * 72));
    const full = (await runOrt(m, { x: { dims: [5, 2, 6, 6], data: chosen } })).logits!;
    const viaTail = (await runOrt(tail, { block1_out: { dims: [...f.dims], data: f.data } })).logits!;
    expect(maxAbsDiff(viaTail.data, full.data)).toBeLessThan(1e-6);
  });
});
