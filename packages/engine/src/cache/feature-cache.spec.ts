import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFloats } from '../../test/fixtures/tiny-models';
import { ByteBudget } from './byte-budget';
import { FeatureCache } from './feature-cache';
import { featureKeyHash, type FeatureKey } from './feature-key';
import { readFeatureFile, type Features } from './feature-file';

const key = (over: Partial<FeatureKey> = {}): FeatureKey => ({
  modelChecksum: 'm1', datasetChecksum: 'd1', preprocessing: '{"resize":"half_pixel"}', cut: 'layer3', indices: Int32Array.from([0, 1, 2, 5]), ...over,
});
const feats = (seed: number, n = 4): Features => ({ dims: [n, 2, 3], data: fixtureFloats(n * 6, seed) });

describe('featureKeyHash', () => {
  it('changes with every field, including the indices', () => {
    const base = featureKeyHash(key());
    const variants = [
      key({ modelChecksum: 'm2' }), key({ datasetChecksum: 'd2' }), key({ preprocessing: '{}' }), key({ cut: 'layer4' }),
      key({ indices: Int32Array.from([0, 1, 2, 6]) }), key({ indices: Int32Array.from([0, 1, 2]) }),
    ].map(featureKeyHash);
    expect(new Set([base, ...variants]).size).toBe(7);
    expect(featureKeyHash(key())).toBe(base);
  });
});

describe('FeatureCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tl-featcache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('misses once, then hits memory, then disk in a fresh cache', async () => {
    const cache = new FeatureCache({ dir, maxMemoryBytes: 1 << 20 });
    let computed = 0;
    const compute = () => {
      computed++;
      return Promise.resolve(feats(1));
    };
    const a = await cache.getOrCompute(key(), compute);
    const b = await cache.getOrCompute(key(), compute);
    expect(computed).toBe(1);
    expect(b).toEqual(a);
    expect(cache.stats).toMatchObject({ misses: 1, memoryHits: 1, diskHits: 0 });
    const fresh = new FeatureCache({ dir, maxMemoryBytes: 1 << 20 });
    const c = await fresh.getOrCompute(key(), compute);
    expect(computed).toBe(1);
    expect(c.dims).toEqual([4, 2, 3]);
    expect(c.data).toEqual(a.data);
    expect(fresh.stats).toMatchObject({ misses: 0, diskHits: 1 });
    // Only the final file remains: the temporary one was renamed.
    expect(await readdir(dir)).toEqual([`${featureKeyHash(key())}.feat`]);
  });

  it('computes once for concurrent requests of one key', async () => {
    const cache = new FeatureCache({ dir, maxMemoryBytes: 1 << 20 });
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return feats(2);
    };
    const all = await Promise.all([1, 2, 3].map(() => cache.getOrCompute(key(), compute)));
    expect(computed).toBe(1);
    expect(all[1]).toBe(all[0]);
  });

  it.each([
    ['a flipped payload byte', (b: Buffer) => { b[b.length - 3]! ^= 0xff; return b; }],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 5)],
    ['garbage', () => Buffer.from('not a feature file at all')],
  ])('treats %s on disk as a miss, recomputes and rewrites it', async (_label, damage) => {
    const cache = new FeatureCache({ dir, maxMemoryBytes: 1 << 20 });
    await cache.set(key(), feats(3));
    const path = cache.pathFor(key())!;
    await writeFile(path, damage(await readFile(path)));
    const fresh = new FeatureCache({ dir, maxMemoryBytes: 1 << 20 });
    let computed = 0;
    const got = await fresh.getOrCompute(key(), () => {
      computed++;
      return Promise.resolve(feats(3));
    });
    expect(computed).toBe(1);
    expect(fresh.stats.corrupt).toBe(1);
    expect(got.data).toEqual(feats(3).data);
    expect((await readFeatureFile(path, featureKeyHash(key())))!.data).toEqual(feats(3).data);
  });

  it('refuses a file written for another key', async () => {
    const cache = new FeatureCache({ dir, maxMemoryBytes: 1 << 20 });
    await cache.set(key(), feats(4));
    await expect(readFeatureFile(cache.pathFor(key())!, 'other')).rejects.toThrow(/written for key .*, expected other/);
  });

  it('evicts the least recently used entries beyond the byte bound', async () => {
    const one = feats(5).data.byteLength; // 96 bytes
    const cache = new FeatureCache({ maxMemoryBytes: 3 * one });
    const k = (cut: string) => key({ cut });
    for (const c of ['a', 'b', 'c']) await cache.set(k(c), feats(5));
    expect(cache.bytesInMemory).toBe(3 * one);
    await cache.get(k('a')); // a is now the most recent
    await cache.set(k('d'), feats(6)); // evicts b
    expect(await cache.get(k('b'))).toBeUndefined();
    expect(await cache.get(k('a'))).toBeDefined();
    expect(await cache.get(k('c'))).toBeDefined();
    expect(await cache.get(k('d'))).toBeDefined();
    expect(cache.bytesInMemory).toBe(3 * one);
    // An entry larger than the whole bound is not kept in memory.
    await cache.set(k('huge'), feats(7, 100));
    expect(await cache.get(k('huge'))).toBeUndefined();
  });

  it('charges a shared budget: evicted by another cache, an entry is read again from disk', async () => {
    const one = feats(8).data.byteLength;
    const budget = new ByteBudget(2 * one);
    const cache = new FeatureCache({ dir, budget });
    await cache.set(key(), feats(8));
    expect(budget.use().bytes.features).toBe(one);
    // A dataset of another cache, then a touch of it, leaves the features the least recently used.
    budget.charge('datasets', 'mnist', one, () => undefined);
    budget.charge('sessions', 's', one, () => undefined);
    expect(cache.bytesInMemory).toBe(0);
    expect(budget.use()).toMatchObject({ evictions: 1, bytes: { features: 0 } });
    let computed = 0;
    const got = await cache.getOrCompute(key(), () => {
      computed++;
      return Promise.resolve(feats(8));
    });
    expect(computed).toBe(0);
    expect(got.data).toEqual(feats(8).data);
    expect(cache.stats).toMatchObject({ diskHits: 1, memoryHits: 0 });
    // Back in memory, charged again (and it pushed the dataset out).
    expect(cache.bytesInMemory).toBe(one);
    expect(budget.has('datasets', 'mnist')).toBe(false);
    cache.clearMemory();
    expect(budget.use().bytes.features).toBe(0);
  });
});
