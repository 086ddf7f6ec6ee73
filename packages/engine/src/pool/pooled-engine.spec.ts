import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testWorkerEntry } from './worker-entry';
import { fixtureFloats, maxAbsDiff } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { LocalEngine } from '../api/local-engine';
import { encodeModel } from '../onnx/codec';
import { ModelValidationCode, type ModelValidationError } from '../validate/validation-error';
import { UnknownPooledModelError, PooledEngine } from './pooled-engine';
import { WorkerPool } from './worker-pool';

describe('PooledEngine', { timeout: 60_000 }, () => {
  let pool: WorkerPool;
  let dir: string;
  let engine: PooledEngine;
  const local = new LocalEngine({ intraOpNumThreads: 1 });

  beforeAll(async () => {
    pool = new WorkerPool({ size: 2, config: { threads: 1, executionProvider: 'cpu' }, entry: testWorkerEntry() });
    dir = await mkdtemp(join(tmpdir(), 'tl-pooled-'));
    engine = new PooledEngine(pool, { modelDir: dir, executionProvider: 'cpu' });
    for (const e of [engine, local]) await e.register('tiny', { model: tinyResNet(5), featureTensor: 'flat' });
  });
  afterAll(async () => {
    await pool.shutdown();
    await rm(dir, { recursive: true, force: true });
  });

  const x = { data: fixtureFloats(3 * 72, 6), dims: [3, 2, 6, 6] };

  it('computes logits and features in the workers, equal to the in-process engine', async () => {
    const [a, b] = [await engine.logits({ id: 'tiny' }, x), await local.logits({ id: 'tiny' }, x)];
    expect(a.dims).toEqual([3, 3]);
    expect(maxAbsDiff(a.data, b.data)).toBeLessThan(1e-6);
    const [f, g] = [await engine.features({ id: 'tiny' }, x, 'block1_out'), await local.features({ id: 'tiny' }, x, 'block1_out')];
    expect(f.dims).toEqual([3, 4, 6, 6]);
    expect(maxAbsDiff(f.data, g.data)).toBeLessThan(1e-6);
  });

  it('computes loss and input gradient in the workers, equal to the in-process engine', async () => {
    const labels = Int32Array.from([0, 2, 1]);
    const a = await engine.inputGradient({ id: 'tiny' }, x, labels, { loss: 'cross-entropy' });
    const b = await local.inputGradient({ id: 'tiny' }, x, labels, { loss: 'cross-entropy' });
    expect(a.gradient.dims).toEqual([3, 2, 6, 6]);
    expect(maxAbsDiff(a.loss, b.loss)).toBeLessThan(1e-6);
    expect(maxAbsDiff(a.gradient.data, b.gradient.data)).toBeLessThan(1e-6);
  });

  it('folds preprocessing in: grey 5x5 images in, as the in-process engine does', async () => {
    const preprocess = { spec: { channels: 3 as const, height: 6, width: 6, mean: [0.5, 0.4, 0.3], std: [0.25, 0.2, 0.3] }, image: [1, 5, 5] as const };
    for (const e of [engine, local]) await e.register('rgb', { model: tinyResNet(6, 3), preprocess });
    const grey = { data: fixtureFloats(2 * 25, 8).map((v) => (v + 1) / 2), dims: [2, 1, 5, 5] };
    const labels = Int32Array.from([1, 0]);
    const a = await engine.inputGradient({ id: 'rgb' }, grey, labels, { loss: 'cross-entropy' });
    const b = await local.inputGradient({ id: 'rgb' }, grey, labels, { loss: 'cross-entropy' });
    expect(a.gradient.dims).toEqual([2, 1, 5, 5]);
    expect(maxAbsDiff(a.gradient.data, b.gradient.data)).toBeLessThan(1e-6);
  });

  it('serves calls from every worker, including one started after a crash', async () => {
    const before = await engine.logits({ id: 'tiny' }, x);
    await pool.run('crash', {}).catch(() => undefined);
    const results = await Promise.all([1, 2, 3, 4].map(() => engine.logits({ id: 'tiny' }, x)));
    for (const r of results) expect(maxAbsDiff(r.data, before.data)).toBe(0);
  });

  it('rejects unknown models, naming the registered ones', async () => {
    await expect(engine.logits({ id: 'nope' }, x)).rejects.toThrow(new UnknownPooledModelError('nope', ['tiny', 'rgb']));
  });

  it('validates models before any worker sees them', async () => {
    const bytes = encodeModel(tinyResNet(5));
    const e = await engine.register('cut-short', { model: bytes.subarray(0, bytes.length - 40) }).catch((err: unknown) => err as ModelValidationError);
    expect(e).toBeInstanceOf(Error);
    expect((e as ModelValidationError).code).toBeOneOf([ModelValidationCode.NotOnnx, ModelValidationCode.Malformed]);
    expect(engine.has('cut-short')).toBe(false);
  });

  it('reports the providers of its configuration', () => {
    expect(engine.providers()).toEqual({ available: ['cpu'], active: 'cpu' });
  });
});
