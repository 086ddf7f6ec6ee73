import { datasetKey, paramsJsonSchema, stratifiedSample, type EngineApi, type FineTuneRequest, type PluginContext } from '@transferlab/sdk';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { transferParams } from './params';
import { checkTransferParams, countTransferTrials, expandTransfer, transfer } from './transfer';

const small = { sources: ['linear'], targets: ['synthetic'], n: [8], epochs: 3, batchSize: 4 };

/** The test context with its engine's fineTune requests recorded. */
function recording(): { ctx: PluginContext; requests: FineTuneRequest[]; progress: number[] } {
  const progress: number[] = [];
  const ctx = createTestContext({ onProgress: (f) => progress.push(f) });
  const requests: FineTuneRequest[] = [];
  const inner = ctx.engine.fineTune!.bind(ctx.engine);
  const engine = Object.assign(Object.create(ctx.engine) as typeof ctx.engine, {
    fineTune: (r: FineTuneRequest, o?: Parameters<typeof inner>[1]) => {
      requests.push(r);
      return inner(r, o);
    },
  });
  return { ctx: { ...ctx, engine }, requests, progress };
}

describe('transfer params', () => {
  it("has the reference study's defaults and bounds, and exports to JSON Schema", () => {
    const p = transferParams.parse({ sources: ['a'], targets: ['t'] });
    expect(p).toMatchObject({ lrs: [0.1], momentum: 0.9, weightDecay: 5e-4, schedule: 'step', batchSize: 128, depths: [0], n: [20, 50, 100, 200, 500, 1000] });
    for (const bad of [{ n: [0] }, { depths: [-1] }, { depths: ['some'] }, { lrs: [0] }, { batchSize: 0 }, { momentum: 1 }, { sources: [] }, { extra: 1 }]) {
      expect(transferParams.safeParse({ sources: ['a'], targets: ['t'], ...bad }).success).toBe(false);
    }
    const schema = paramsJsonSchema(transferParams) as { properties: Record<string, { default?: unknown; items?: unknown }>; required: string[] };
    expect(schema.required.sort()).toEqual(['sources', 'targets']);
    expect(schema.properties.lrs!.default).toEqual([0.1]);
    expect(JSON.stringify(schema.properties.depths!.items)).toContain('"all"');
  });
});

describe('transfer.expand', () => {
  it('gives one trial per (source, target, n, depth, seed, lr), in a fixed order, duplicates collapsed', () => {
    const p = transferParams.parse({ sources: ['nat', 'rob'], targets: ['mnist', 'fashion'], n: [20, 50, 20], depths: [0, 1, 'all'], seeds: [0, 1], lrs: [0.1, 0.01] });
    const trials = transfer.expand(p);
    expect(trials).toHaveLength(2 * 2 * 2 * 3 * 2 * 2);
    expect(transfer.expand(p)).toEqual(trials);
    const keys = trials.map((t) => JSON.stringify(t.config));
    expect(new Set(keys).size).toBe(trials.length);
    expect(trials[0]!.config).toEqual({ source: 'nat', target: 'mnist', dataset: 'mnist', n: 20, depth: 0, seed: 0, lr: 0.1, epochs: 20, batchSize: 128, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false });
    expect(trials[1]!.config).toMatchObject({ seed: 0, lr: 0.01 });
    expect(trials.at(-1)!.config).toMatchObject({ source: 'rob', target: 'fashion', n: 50, depth: 'all', seed: 1, lr: 0.01 });
  });
});

describe('transfer.run on the sdk test context', () => {
  it('fine-tunes on a stratified subset shared by every source, reports progress per epoch and a series', async () => {
    const { ctx, requests, progress } = recording();
    const trials = transfer.expand(transferParams.parse({ ...small, sources: ['linear', 'other'], seeds: [1, 2], lrs: [1], schedule: 'constant' }));
    const results = [];
    for (const t of trials) results.push(await transfer.run(t, ctx));
    const ds = await ctx.data.dataset('synthetic');
    const labels = await ds.labels('train');
    // trials: (linear, seed 1), (linear, seed 2), (other, seed 1), (other, seed 2); each request carries the loaded dataset.
    expect(requests[0]!.data).toMatchObject({ kind: 'dataset', dataset: ds, train: Array.from(stratifiedSample(labels, 8, 1)), test: [0, 1, 2, 3, 4, 5, 6, 7] });
    expect(requests[2]!.data).toEqual(requests[0]!.data);
    expect(requests[1]!.data).not.toEqual(requests[0]!.data);
    expect(requests[0]).toMatchObject({ model: { id: 'linear' }, depth: 0, seed: 1, hyper: { epochs: 3, batchSize: 4, lr: 1, momentum: 0.9, weightDecay: 5e-4, schedule: 'constant', augment: false } });
    expect(progress.slice(0, 3)).toEqual([1 / 3, 2 / 3, 1]);
    const r = results[0]!;
    expect(r.series).toHaveLength(3);
    expect(r.series!.map((s) => s.epoch)).toEqual([1, 2, 3]);
    expect(r.metrics).toMatchObject({ n: 8, testAccuracy: r.series![2]!.testAccuracy, testLoss: r.series![2]!.testLoss, trainLoss: r.series![2]!.trainLoss });
    expect(r.series![2]!.trainLoss!).toBeLessThan(r.series![0]!.trainLoss!);
    expect(r.metrics.seconds!).toBeGreaterThanOrEqual(0);
  });

  it('tests on a fixed stratified subset with testLimit, and refuses n beyond the training split', async () => {
    const { ctx, requests } = recording();
    const [t] = transfer.expand(transferParams.parse({ ...small, testLimit: 4, seeds: [3] }));
    await transfer.run(t!, ctx);
    const testLabels = await (await ctx.data.dataset('synthetic')).labels('test');
    expect(requests[0]!.data).toMatchObject({ test: Array.from(stratifiedSample(testLabels, 4, 0)) });
    const [big] = transfer.expand(transferParams.parse({ ...small, n: [17] }));
    await expect(transfer.run(big!, ctx)).rejects.toThrow(/exceeds the 16 training images/);
  });

  it('says so when the engine cannot fine-tune', async () => {
    const ctx = createTestContext();
    const e = ctx.engine;
    const engine: EngineApi = {
      providers: () => e.providers(), structure: (m) => e.structure(m), logits: (m, x) => e.logits(m, x), features: (m, x, cut) => e.features(m, x, cut),
      inputGradient: (m, x, y, o) => e.inputGradient(m, x, y, o), parameterGradients: (m, x, y, o) => e.parameterGradients(m, x, y, o),
      lastLayerGradients: (m, x, y) => e.lastLayerGradients(m, x, y), evaluate: (m, b, o) => e.evaluate(m, b, o),
    };
    const [t] = transfer.expand(transferParams.parse(small));
    await expect(transfer.run(t!, { ...ctx, engine })).rejects.toThrow(/cannot fine-tune/);
  });

  it('passes the conformance kit', async () => {
    await assertConformance(transfer, { params: { sources: ['linear'], targets: ['synthetic'], n: [8], epochs: 2, batchSize: 4 } });
  });
});

describe('transfer.runGroup without an engine that groups', () => {
  it('runs the trials one by one: the same results as run, in order', async () => {
    const { ctx, requests } = recording();
    const trials = transfer.expand(transferParams.parse({ ...small, seeds: [0, 1, 2] }));
    const grouped = await transfer.runGroup!(trials, ctx);
    expect(requests.map((r) => r.seed)).toEqual([0, 1, 2]);
    for (const [i, t] of trials.entries()) {
      const { seconds: _, ...alone } = (await transfer.run(t, ctx)).metrics;
      expect(grouped[i]!.metrics).toMatchObject(alone);
    }
  });
});

describe('transfer run size and params checks', () => {
  it('counts exactly the trials expand gives, duplicates collapsed, without expanding', () => {
    const cases = [
      { sources: ['a'], targets: ['t'] },
      { sources: ['a', 'b', 'a'], targets: ['t', 't', 'u'], views: { u: { name: 'class-subset', params: { k: 1 } } }, n: [10, 20, 10], depths: [0, 1], seeds: [0, 1, 2], lrs: [0.1, 0.01] },
    ];
    for (const c of cases) {
      const p = transferParams.parse(c);
      expect(countTransferTrials(p)).toBe(expandTransfer(p).length);
    }
  });

  it('declares a view target as its plugin with params, named by the view in results', () => {
    const view = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } };
    const [trial] = expandTransfer(transferParams.parse({ sources: ['a'], targets: ['mnist-01'], views: { 'mnist-01': view }, n: [10], seeds: [0] }));
    expect(trial!.config).toMatchObject({ target: 'mnist-01', dataset: view });
    expect(trial!.uses).toEqual({ models: ['a'], datasets: [view] });
  });

  it('names every n that exceeds a target training split, and passes the ones that fit', () => {
    const view = { name: 'class-subset', params: { classes: [1, 2] } };
    const p = transferParams.parse({ sources: ['a'], targets: ['small', 'big'], views: { small: view }, n: [50, 500] });
    const facts = new Map([
      [datasetKey(view), { checksum: 's', sizes: { train: 100, test: 10 }, classes: 10 }],
      ['big', { checksum: 'b', sizes: { train: 1000, test: 10 }, classes: 10 }],
    ]);
    expect(checkTransferParams(p, facts)).toEqual([{ path: ['n', 1], message: "n = 500 exceeds the 100 training images of target 'small' (targets.0)" }]);
  });
});
