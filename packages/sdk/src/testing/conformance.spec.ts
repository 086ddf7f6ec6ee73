import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAttack, defineDataset } from '../define';
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
