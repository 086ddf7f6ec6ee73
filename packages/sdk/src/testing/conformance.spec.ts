import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAnalysis, defineAttack, defineDataset } from '../define';
import { paramsJsonSchema } from '../json-schema';
import { assertConformance, checkConformance } from './conformance';
import { createTestContext, syntheticDataset } from './test-context';

describe('conformance kit', () => {
  it('passes a well-formed dataset plugin and exports its params to JSON Schema', async () => {
    const p = defineDataset({
      name: 'synthetic',
      version: '1.0.0',
      description: 'tiny',
      params: z.object({ scale: z.number().min(0).default(1) }),
      load: () => Promise.resolve(syntheticDataset()),
    });
    const report = await assertConformance(p);
    expect(report.failures).toEqual([]);
    expect(paramsJsonSchema(p.params)).toMatchObject({ type: 'object', properties: { scale: { type: 'number', minimum: 0, default: 1 } } });
  });

  it('reports an attack that leaves the [0,1] box', async () => {
    const p = defineAttack({
      name: 'overshoot',
      version: '1.0.0',
      description: 'bad',
      params: z.object({}),
      perturb: (i) =>
        Promise.resolve({ images: { data: i.batch.images.data.map((v) => v + 2), dims: i.batch.images.dims }, loss: new Float32Array(i.batch.labels.length) }),
    });
    const report = await checkConformance(p);
    expect(report.failures).toContain('perturb() left the [0,1] box');
  });

  it('passes an analysis that fine-tunes, keeps the model and evaluates it on the test context', async () => {
    const p = defineAnalysis({
      name: 'keep-and-evaluate',
      version: '1.0.0',
      description: 'fine-tune with keepModel, then evaluate the kept model',
      params: z.object({ seeds: z.array(z.number().int()).default([0, 1]) }),
      expand: (params) => params.seeds.map((seed) => ({ config: { seed }, uses: { models: ['linear'], datasets: ['synthetic'] } })),
      run: async (trial, ctx) => {
        const seed = trial.config.seed as number;
        const ds = await ctx.data.dataset('synthetic');
        const r = await ctx.engine.fineTune!({ model: { id: 'linear' }, depth: 0, seed, data: { kind: 'dataset', dataset: ds, train: [0, 1, 2, 3, 4, 5], test: [0, 1, 2, 3] },
          hyper: { epochs: 2, batchSize: 3, lr: 0.1, momentum: 0.9, weightDecay: 0, schedule: 'constant', augment: false } }, { keepModel: true });
        const batch = await ds.read('test', [0, 1, 2, 3]);
        const ev = await ctx.engine.evaluate(r.model!, batch);
        await ctx.engine.release!(r.model!);
        return { metrics: { accuracy: ev.accuracy, reported: r.epochs.at(-1)!.testAccuracy } };
      },
    });
    const report = await assertConformance(p);
    expect(report.failures).toEqual([]);
  });

  it('reports a shape problem without calling anything', async () => {
    const report = await checkConformance({ kind: 'attack', name: 'x' });
    expect(report.failures.some((f) => f.includes('version must be'))).toBe(true);
  });

  it('the linear reference engine gradient matches finite differences', async () => {
    const ctx = createTestContext();
    const ds = await ctx.data.dataset('synthetic');
    const b = await ds.read('test', [0, 1]);
    for (const loss of ['cross-entropy', 'cw-margin'] as const) {
      const g = await ctx.engine.inputGradient({ id: 'linear' }, b.images, b.labels, { loss });
      const h = 1e-3;
      for (const j of [0, 5, 17, 31]) {
        const plus = b.images.data.slice();
        const minus = b.images.data.slice();
        plus[j]! += h;
        minus[j]! -= h;
        const lp = await ctx.engine.inputGradient({ id: 'linear' }, { data: plus, dims: b.images.dims }, b.labels, { loss });
        const lm = await ctx.engine.inputGradient({ id: 'linear' }, { data: minus, dims: b.images.dims }, b.labels, { loss });
        const i = Math.floor(j / 16);
        const fd = (lp.loss[i]! - lm.loss[i]!) / (2 * h);
        expect(g.gradient.data[j]).toBeCloseTo(fd, 2);
      }
    }
  });
});
