import { defineAttack, z, type EngineApi, type ModelRef, type PluginContext } from '@transferlab/sdk';
import { createTestContext, syntheticDataset } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { trainSubset } from '../shared';
import { robustnessParams, robustnessTrial } from './params';
import { checkRobustnessParams, countRobustnessTrials, expandRobustness } from './robustness';
import { robustnessGroupKey, runRobustnessGroup } from './run-group';
import { runRobustness } from './run-robustness';

const schema = z.object({ norm: z.enum(['Linf', 'L2']).default('Linf'), eps: z.number().min(0).default(0.1), seed: z.number().int().min(0).default(0) }).strict();

/** One signed-gradient step of the margin loss to the ball's edge (under L2: the sign scaled by 1/sqrt(pixels)). */
const fgsm = defineAttack({
  name: 'test-fgsm',
  version: '1.0.0',
  description: 'test',
  params: schema,
  async perturb({ model, batch }, p, ctx) {
    const { gradient, loss } = await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss: 'cw-margin' });
    const step = p.norm === 'Linf' ? p.eps : p.eps / Math.sqrt(batch.images.data.length / batch.labels.length);
    const x = batch.images.data.map((v, i) => Math.min(1, Math.max(0, v + step * Math.sign(gradient.data[i] ?? 0))));
    return { images: { data: x, dims: batch.images.dims }, loss };
  },
});

/** Fails on every call, to check that the fine-tuned model is released all the same. */
const broken = defineAttack({ name: 'broken', version: '1.0.0', description: 'test', params: schema, perturb: () => Promise.reject(new Error('broken attack')) });

/** The test context with a bigger synthetic target, and the models its engine attacked and released. */
function context(): { ctx: PluginContext; attacked: Set<string>; released: string[]; fineTunes: number[] } {
  const base = createTestContext({ attacks: { [fgsm.name]: fgsm, [broken.name]: broken }, datasets: { target: { ...syntheticDataset({ train: 40, test: 12 }), name: 'target' } } });
  const attacked = new Set<string>();
  const released: string[] = [];
  const fineTunes: number[] = [];
  const engine: EngineApi = Object.create(base.engine) as EngineApi;
  const inputGradient = base.engine.inputGradient.bind(base.engine);
  const release = base.engine.release!.bind(base.engine);
  const fineTune = base.engine.fineTune!.bind(base.engine);
  Object.assign(engine, {
    fineTune: (...args: Parameters<NonNullable<EngineApi['fineTune']>>) => {
      fineTunes.push(args[0].seed);
      return fineTune(...args);
    },
    inputGradient: (model: ModelRef, ...rest: Parameters<EngineApi['inputGradient']> extends [ModelRef, ...infer R] ? R : never) => {
      attacked.add(model.id);
      return inputGradient(model, ...rest);
    },
    release: (model: ModelRef) => {
      released.push(model.id);
      return release(model);
    },
  });
  return { ctx: { ...base, engine }, attacked, released, fineTunes };
}

const params = (extra: Record<string, unknown> = {}) =>
  robustnessParams.parse({ sources: ['linear'], dataset: 'synthetic', norms: ['Linf', 'L2'], epsLinf: [0.05, 0.3], epsL2: [0.5], attacks: ['test-fgsm'], seeds: [0], testLimit: 12, batchSize: 5, transfer: { targets: ['target'], n: [10, 20], depths: [0, 'all'], seeds: [3, 4], epochs: 3, batchSize: 5 }, ...extra });

describe('robustness after transfer', () => {
  it("expands the sources' own trials, then source x target x n x depth x seed x norm x attack, and counts without expanding", () => {
    const p = params();
    const trials = expandRobustness(p);
    expect(trials).toHaveLength(2 + 2 * 2 * 2 * 2);
    expect(countRobustnessTrials(p)).toBe(trials.length);
    // The sources' own trials carry no transfer key: their trial keys are those of a run without it.
    expect(trials[0]!.config).not.toHaveProperty('transfer');
    expect(trials[2]!.config).toMatchObject({ source: 'linear', datasetName: 'target', dataset: 'target', norm: 'Linf', eps: [0.05, 0.3], seed: 3, transfer: { n: 10, depth: 0, seed: 3, epochs: 3, batchSize: 5, lr: 0.1 } });
    expect(trials[3]!.config).toMatchObject({ norm: 'L2', eps: [0.5], transfer: { n: 10, depth: 0, seed: 3 } });
    expect(trials.at(-1)!.config).toMatchObject({ norm: 'L2', seed: 4, transfer: { n: 20, depth: 'all', seed: 4 } });
    expect(trials[2]!.uses).toEqual({ models: ['linear'], datasets: ['target'], attacks: ['test-fgsm'] });
    for (const t of trials) expect(() => robustnessTrial.parse(t.config)).not.toThrow();
  });

  it('fine-tunes nothing without targets (a form that fills in the defaults sends none)', () => {
    const p = params({ transfer: { n: [100], depths: [0], seeds: [0] } });
    expect(expandRobustness(p)).toHaveLength(2);
    expect(countRobustnessTrials(p)).toBe(2);
    expect(expandRobustness(p).map((t) => t.config)).toEqual(expandRobustness(params({ transfer: undefined })).map((t) => t.config));
  });

  it('refuses bad transfer input, naming the field', () => {
    const bad = (transfer: unknown) => robustnessParams.safeParse({ sources: ['s'], transfer }).error?.issues[0]?.path.join('.');
    expect(bad({ targets: [''] })).toBe('transfer.targets.0');
    expect(bad({ targets: ['mnist'], n: [1] })).toBe('transfer.n.0');
    expect(bad({ targets: ['mnist'], depths: ['most'] })).toBe('transfer.depths.0');
    expect(bad({ targets: ['mnist'], seeds: [-1] })).toBe('transfer.seeds.0');
    expect(bad({ targets: ['mnist'], epoch: 3 })).toBe('transfer');
    const facts = new Map([['target', { classes: 2, sizes: { train: 15, test: 12 } }]]);
    expect(checkRobustnessParams(params({ attacks: ['apgd-t'] }), facts as never)).toEqual([
      { path: ['transfer', 'n', 1], message: "transfer.n = 20 exceeds the 15 training images of target 'target' (transfer.targets.0)" },
      { path: ['attacks', 0], message: "apgd-t uses the targeted DLR loss, which needs at least 4 classes; target 'target' has 2" },
    ]);
  });

  it("attacks the fine-tuned model on the target's test subset, then releases it", async () => {
    const { ctx, attacked, released } = context();
    const config = robustnessTrial.parse(expandRobustness(params())[2]!.config);
    const res = await runRobustness(config, ctx);
    // The attack saw only the fine-tuned model, never the source, and the model is gone afterwards.
    expect([...attacked]).toEqual(released);
    expect(released).toHaveLength(1);
    expect(released[0]).not.toBe('linear');
    // Independently: the same fine-tuning (transfer's subset for n 10, seed 3) gives the same clean accuracy.
    const ds = await ctx.data.dataset('target');
    const test = Array.from({ length: 12 }, (_, i) => i);
    const train = trainSubset(await ds.labels('train'), 10, 3, { analysis: 'transfer', dataset: 'target' });
    const again = await ctx.engine.fineTune!({ model: { id: 'linear' }, depth: 0, seed: 3, data: { kind: 'dataset', dataset: ds, train, test }, hyper: { epochs: 3, batchSize: 5, lr: 0.1, momentum: 0.9, weightDecay: 5e-4, schedule: 'step', augment: false } }, { keepModel: true });
    const clean = await ctx.engine.evaluate(again.model!, await ds.read('test', test));
    expect(res.metrics.cleanAccuracy).toBeCloseTo(clean.accuracy, 9);
    expect(res.metrics.transferAccuracy).toBeCloseTo(again.epochs.at(-1)!.testAccuracy, 9);
    expect(res.details).toMatchObject({ indices: test, transfer: { n: 10, depth: 0, seed: 3 } });
    // Robust accuracy can only fall as eps grows (a signed step to the ball's edge saturates at 0.3).
    const [small, large] = res.series!.map((s) => s.robustAccuracy!);
    expect(small).toBeLessThanOrEqual(res.metrics.cleanAccuracy!);
    expect(large).toBeLessThanOrEqual(small!);
  });

  it('releases the fine-tuned model when the attack fails', async () => {
    const { ctx, released } = context();
    const config = robustnessTrial.parse(expandRobustness(params({ attacks: ['broken'] }))[2]!.config);
    await expect(runRobustness(config, ctx)).rejects.toThrow(/broken attack/);
    expect(released).toHaveLength(1);
  });

  it('fine-tunes once for a group of trials of one model (norms and attacks), with the results of trials run alone', async () => {
    const trials = expandRobustness(params()).map((t) => robustnessTrial.parse(t.config));
    // The sources' own trials run alone; transferred ones group per (source, target, n, depth, seed).
    expect(trials.slice(0, 2).map(robustnessGroupKey)).toEqual([undefined, undefined]);
    const keys = trials.slice(2).map(robustnessGroupKey);
    expect(new Set(keys).size).toBe(2 * 2 * 2);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[1]).not.toBe(keys[2]);
    const group = trials.slice(2, 4);
    const together = context();
    const grouped = await runRobustnessGroup(group, together.ctx);
    expect(together.fineTunes).toEqual([3]);
    expect(together.released).toHaveLength(1);
    const alone = context();
    const single = [];
    for (const t of group) single.push(await runRobustness(t, alone.ctx));
    expect(alone.fineTunes).toEqual([3, 3]);
    const withoutTime = ({ metrics: { seconds: _, ...metrics }, series, details }: Awaited<ReturnType<typeof runRobustness>>) => ({ metrics, series: series?.map(({ seconds: _s, ...rest }) => rest), details });
    expect(grouped.map(withoutTime)).toEqual(single.map(withoutTime));
    await expect(runRobustnessGroup([trials[2]!, trials[4]!], context().ctx)).rejects.toThrow(/trial 1 of the group differs/);
  });
});
