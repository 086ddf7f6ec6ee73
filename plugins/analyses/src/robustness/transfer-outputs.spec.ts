import { computeTable, defineAttack, z, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { createTestContext, syntheticDataset } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { shareInterval } from '../shared';
import { robustnessOutputs } from './outputs';
import { robustnessParams, robustnessTrial } from './params';
import { expandRobustness } from './robustness';
import { runRobustness } from './run-robustness';

type Row = Record<string, unknown>;

const models = new Map<string, ModelFacts>([
  ['nat', { id: 'nat', training: { kind: 'natural' }, metrics: {} }],
  ['rob', { id: 'rob', training: { kind: 'adversarial', norm: 'Linf', eps: 8 / 255 }, metrics: {} }],
]);
const table = (name: string, rows: readonly ResultRow[], facts = models): Row[] =>
  computeTable(name, robustnessOutputs.tables[name]!, { rows, options: {}, models: facts });

type By = (string | null)[];

/** A stored trial; with `transfer` a transferred one (the target is its dataset). */
function row(source: string, dataset: string, attack: string, seed: number, outcomes: { eps: number; by: By }[], transfer?: { n: number; depth: number | 'all' }): ResultRow {
  const by = outcomes[0]!.by;
  return {
    config: { source, datasetName: dataset, norm: 'Linf', attack, seed, ...(transfer ? { transfer: { ...transfer, seed } } : {}) },
    metrics: { cleanAccuracy: by.filter((v) => v !== 'clean').length / by.length },
    series: null,
    details: { indices: by.map((_, i) => 10 + i), labels: by.map(() => 1), outcomes, flags: [], minEps: by.map((v) => (v === 'clean' ? 0 : v === null ? null : outcomes[0]!.eps)), minEpsAttack: by.map((v) => (v === null || v === 'clean' ? null : v)) },
    provider: 'cpu',
  };
}

describe('robustness after transfer: tables', () => {
  // Four target images per trial; two attacks per seed, whose worst case is taken per image.
  const rows: ResultRow[] = [
    row('rob', 'fmnist', 'pgd', 0, [{ eps: 0.1, by: [null, null, 'pgd', 'clean'] }]),
    row('rob', 'fmnist', 'pgd', 1, [{ eps: 0.1, by: [null, null, null, 'clean'] }]),
    // The transferred 'rob': seed 0 fooled on images 1 (pgd) and 2 (square); seed 1 on none; image 3 misclassified.
    row('rob', 'mnist', 'pgd', 0, [{ eps: 0.1, by: [null, 'pgd', null, 'clean'] }], { n: 100, depth: 0 }),
    row('rob', 'mnist', 'square', 0, [{ eps: 0.1, by: [null, null, 'square', 'clean'] }], { n: 100, depth: 0 }),
    row('rob', 'mnist', 'pgd', 1, [{ eps: 0.1, by: [null, null, null, 'clean'] }], { n: 100, depth: 0 }),
    row('rob', 'mnist', 'square', 1, [{ eps: 0.1, by: [null, null, null, 'clean'] }], { n: 100, depth: 0 }),
    row('nat', 'mnist', 'pgd', 0, [{ eps: 0.1, by: ['pgd', 'pgd', 'pgd', null] }], { n: 100, depth: 'all' }),
    row('nat', 'mnist', 'pgd', 0, [{ eps: 0.1, by: ['pgd', 'pgd', null, null] }], { n: 100, depth: 0 }),
  ];

  it("gives per target, norm, eps, depth, n and source the worst case over attacks per seed, beside the source's own", () => {
    const t = table('transfer', rows);
    // Depth 0 before 'all'; at one depth the natural source first.
    expect(t.map((r) => [r.depth, r.source])).toEqual([
      ['0', 'nat'],
      ['0', 'rob'],
      ['all', 'nat'],
    ]);
    const rob = t[1]!;
    expect(rob).toMatchObject({ target: 'mnist', norm: 'Linf', eps: 0.1, epsLabel: '0.1', n: 100, training: 'adversarial', trainingNorm: 'Linf', trainingEps: 8 / 255, attacks: 'pgd, square', sourceDataset: 'fmnist', flags: null });
    // Seed 0: images 1 and 2 fooled by one attack or the other, 3 misclassified: 1/4 robust; seed 1: 3/4.
    expect(rob.robust).toEqual(shareInterval([{ share: 0.25, n: 4 }, { share: 0.75, n: 4 }]));
    expect(rob.clean).toEqual(shareInterval([{ share: 0.75, n: 4 }, { share: 0.75, n: 4 }]));
    // The source's own on fmnist: seed 0 2/4, seed 1 3/4; transferred trials never count as the source's own.
    expect(rob.sourceRobust).toEqual(shareInterval([{ share: 0.5, n: 4 }, { share: 0.75, n: 4 }]));
    // 'nat' has no trials of its own in this run.
    expect(t[0]).toMatchObject({ sourceRobust: null, sourceDataset: null, robust: shareInterval([{ share: 0.5, n: 4 }]) });
    expect(t[2]!.robust).toEqual(shareInterval([{ share: 0.25, n: 4 }]));
  });

  it("keeps transferred trials out of the sources' own tables", () => {
    expect(table('board', rows).map((r) => [r.dataset, r.source])).toEqual([['fmnist', 'rob']]);
    expect(table('examples', rows)).toHaveLength(2 * 4);
  });

  it("says per target image whether a transferred model was fooled, keyed by the target's test index", () => {
    const ex = table('transfer-examples', rows);
    expect(ex).toHaveLength(6 * 4);
    const first = ex.filter((r) => r.source === 'rob' && r.seed === 0 && r.attack === 'pgd');
    expect(first.map((r) => r.image)).toEqual([10, 11, 12, 13].map((index) => ({ dataset: 'mnist', split: 'test', index })));
    expect(first.map((r) => r.outcome)).toEqual(['robust', 'fooled', 'robust', 'misclassified']);
    expect(first.map((r) => r.fooledBy)).toEqual([null, 'pgd', null, 'clean']);
    expect(first[1]).toMatchObject({ depth: '0', n: 100, norm: 'Linf', minEps: 0.1, maxEps: 0.1 });
  });
});

/** One signed-gradient step of the margin loss to the Linf ball's edge. */
const fgsm = defineAttack({
  name: 'test-fgsm',
  version: '1.0.0',
  description: 'test',
  params: z.object({ norm: z.enum(['Linf', 'L2']).default('Linf'), eps: z.number().min(0).default(0.1), seed: z.number().int().min(0).default(0) }).strict(),
  async perturb({ model, batch }, p, ctx) {
    const { gradient, loss } = await ctx.engine.inputGradient(model, batch.images, batch.labels, { loss: 'cw-margin' });
    const x = batch.images.data.map((v, i) => Math.min(1, Math.max(0, v + p.eps * Math.sign(gradient.data[i] ?? 0))));
    return { images: { data: x, dims: batch.images.dims }, loss };
  },
});

describe('robustness after transfer: tables on real trials', () => {
  it('computes every transfer row from what the trials stored', async () => {
    const ctx = createTestContext({ attacks: { 'test-fgsm': fgsm }, datasets: { target: { ...syntheticDataset({ train: 40, test: 10 }), name: 'target' } } });
    const p = robustnessParams.parse({ sources: ['linear'], dataset: 'synthetic', norms: ['Linf'], epsLinf: [0.05, 0.6], attacks: ['test-fgsm'], seeds: [0], testLimit: 10, batchSize: 4, transfer: { targets: ['target'], n: [8, 20], depths: [0], seeds: [0, 1], epochs: 3, batchSize: 4 } });
    const rows: ResultRow[] = [];
    for (const t of expandRobustness(p)) {
      const r = await runRobustness(robustnessTrial.parse(t.config), ctx);
      rows.push({ config: t.config, metrics: r.metrics, series: r.series ?? null, details: r.details ?? null, provider: 'cpu' });
    }
    const transferred = rows.filter((r) => r.config.transfer);
    const t = table('transfer', rows, new Map());
    expect(t.map((r) => [r.n, r.eps])).toEqual([
      [8, 0.05],
      [20, 0.05],
      [8, 0.6],
      [20, 0.6],
    ].sort((a, b) => a[1]! - b[1]! || a[0]! - b[0]!));
    for (const r of t) {
      // Independently: the robust share each seed's trial stored in its series at this eps.
      const seeds = transferred.filter((x) => (x.config.transfer as { n: number }).n === r.n).map((x) => ({ share: x.series!.find((s) => s.eps === r.eps)!.robustAccuracy!, n: 10 }));
      expect(seeds).toHaveLength(2);
      expect(r.robust).toEqual(shareInterval(seeds));
      expect(r.sourceDataset).toBe('synthetic');
      expect(r.training).toBe('unknown');
    }
    // Per n, robust accuracy is at most the clean one and falls as eps grows.
    const mean = (x: unknown) => (x as { mean: number }).mean;
    for (const n of [8, 20]) {
      const [small, large] = t.filter((r) => r.n === n);
      expect(mean(small!.robust)).toBeLessThanOrEqual(mean(small!.clean));
      expect(mean(large!.robust)).toBeLessThanOrEqual(mean(small!.robust));
    }
    expect(table('transfer-examples', rows, new Map())).toHaveLength(transferred.length * 10);
  });
});
