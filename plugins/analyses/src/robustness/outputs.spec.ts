import {
  computeTable,
  defineAttack,
  outputsProblems,
  pluginShapeProblems,
  seededRandom,
  tableColumns,
  z,
  type IntervalValue,
  type ModelFacts,
  type ResultRow,
  type TableInput,
} from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { epsLabel, manifestRobustAccuracy, parseRobustKey, sameEps, shareInterval } from '../shared';
import { aggregateRobustness } from './aggregate';
import { robustnessOutputs } from './outputs';
import { robustnessParams, robustnessTrial } from './params';
import { expandRobustness, robustness } from './robustness';
import { runRobustness } from './run-robustness';

type Row = Record<string, unknown>;

const GRID: Record<string, number[]> = { Linf: [2 / 255, 4 / 255, 8 / 255], L2: [0.25, 0.5, 1] };
const COMPONENTS = ['apgd-ce', 'apgd-t', 'fab-t', 'square'];
const N = 24;

/**
 * Stored rows of a run: sources x norms x seeds x attacks on N examples, each example fooled
 * from a random eps of the grid on (or never, or misclassified clean). 'ens' runs an ensemble
 * whose first four examples are fooled by each component at every eps; one trial stores a
 * flag; the worst case of (rob, Linf, seed 2) rises from the first eps to the second.
 */
function generatedRows(): ResultRow[] {
  const rand = seededRandom(11);
  const rows: ResultRow[] = [];
  for (const source of ['nat', 'rob', 'ens'])
    for (const norm of ['Linf', 'L2'])
      for (const seed of [0, 1, 2]) {
        const grid = GRID[norm]!;
        const wrong = Array.from({ length: N }, (_, i) => i >= 4 && rand() < 0.2);
        for (const attack of source === 'ens' ? ['autoattack-standard', 'square'] : ['apgd-ce', 'square']) {
          const from = wrong.map((w, i) => (w ? -1 : i < 4 ? 0 : Math.floor(rand() * (grid.length + 1))));
          const name = (i: number): string =>
            attack !== 'autoattack-standard' ? attack : COMPONENTS[i < 4 ? i : Math.floor(rand() * 4)]!;
          const names = from.map((_, i) => name(i));
          const outcomes = grid.map((eps, k) => ({
            eps,
            by: from.map((f, i) => (f === -1 ? 'clean' : f <= k ? names[i]! : null)),
          }));
          if (source === 'rob' && norm === 'Linf' && seed === 2) {
            outcomes[0]!.by[N - 1] = attack;
            outcomes[1] = { eps: grid[1]!, by: outcomes[0]!.by.map((v, i) => (i === N - 1 ? null : v)) };
          }
          const flags =
            source === 'nat' && norm === 'L2' && seed === 1 && attack === 'apgd-ce'
              ? [
                  {
                    name: 'zero-gradients',
                    message: '3 of 20 correctly classified images have an all-zero gradient',
                  },
                ]
              : [];
          rows.push({
            config: { source, datasetName: 'cifar10', norm, attack, seed, blackBoxMargin: 0.002, eps: grid },
            metrics: {
              cleanAccuracy: wrong.filter((w) => !w).length / N,
              passesPerImage: 100 + Math.round(rand() * 50),
            },
            series: null,
            details: { outcomes, flags },
            provider: 'cpu',
          });
        }
      }
  return rows;
}

const models = new Map<string, ModelFacts>([
  ['nat', { id: 'nat', training: { kind: 'natural' }, metrics: { cleanAccuracy: 0.93 } }],
  [
    'rob',
    {
      id: 'rob',
      training: { kind: 'adversarial', norm: 'L2', eps: 3 },
      metrics: { cleanAccuracy: 0.8, 'robust:Linf:8/255': 0.41, 'robust:L2:0.5': 0.55, 'robust:L2:1': 0.3 },
    },
  ],
]);

const input = (rows: readonly ResultRow[]): TableInput => ({ rows, options: {}, models });
const table = (name: string, rows: readonly ResultRow[]): Row[] =>
  computeTable(name, robustnessOutputs.tables[name]!, input(rows));

const clip = (x: number | null): number | null => (x === null ? null : Math.min(1, Math.max(0, x)));

/** The table's interval is the aggregate's over the same values, its bounds clipped to [0, 1]. */
function expectSame(got: unknown, want: IntervalValue): void {
  const g = got as IntervalValue;
  expect(g.n).toBe(want.n);
  expect(g.mean).toBeCloseTo(want.mean, 12);
  for (const b of ['low', 'high'] as const) {
    if (want[b] === null) expect(g[b]).toBeNull();
    else expect(g[b]).toBeCloseTo(clip(want[b])!, 12);
  }
}

const at = (rows: Row[], key: Row): Row[] =>
  rows.filter((r) =>
    Object.entries(key).every(([k, v]) => (typeof v === 'number' ? sameEps(r[k] as number, v) : r[k] === v)),
  );

const one = (rows: Row[], key: Row): Row => {
  const found = at(rows, key);
  expect(found, JSON.stringify(key)).toHaveLength(1);
  return found[0]!;
};

describe('robustness outputs against aggregateRobustness', () => {
  const rows = generatedRows();
  const agg = aggregateRobustness(rows);

  it('declares well-formed tables and views, on a plugin of a valid shape', () => {
    expect(outputsProblems(robustness.outputs)).toEqual([]);
    expect(pluginShapeProblems(robustness)).toEqual([]);
    expect(robustness.outputs).toBe(robustnessOutputs);
  });

  it('board: one row per aggregate board row, in its order, with the same clean and robust figures', () => {
    const board = table('board', rows);
    const want = agg.boards.flatMap((b) => b.rows.map((r) => ({ b, r })));
    expect(board).toHaveLength(want.length);
    expect(want.length).toBe(3 * 2 * 3);
    want.forEach(({ b, r }, i) => {
      const got = board[i]!;
      expect([got.dataset, got.norm, got.eps, got.source]).toEqual([b.dataset, b.norm, b.eps, r.source]);
      expectSame(got.clean, r.clean);
      expectSame(got.robust, r.ensemble);
      expect(got.flags).toBe(r.flags.length > 0 ? r.flags.join(', ') : null);
      expect(got.attacks).toBe(b.attacks.join(', '));
      expect(got.passesPerImage).toBeCloseTo(r.passesPerImage, 12);
    });
    // Intervals made for shares: inside [0, 1] and around the mean, with no bound pinned to an edge.
    const inside = ({ mean, low, high }: IntervalValue): boolean =>
      low !== null && high !== null && low >= 0 && high <= 1 && low <= mean && mean <= high;
    expect(board.every((r) => inside(r.clean as IntervalValue) && inside(r.robust as IntervalValue))).toBe(true);
    expect(board.some((r) => (r.robust as IntervalValue).high === 1 && (r.robust as IntervalValue).mean < 1)).toBe(false);
    // The generated flags reach the rows: the stored one, the worst case rising, a black box beating the white.
    expect(one(board, { norm: 'L2', eps: 0.5, source: 'nat' }).flags).toContain('zero-gradients');
    expect(one(board, { norm: 'Linf', eps: 8 / 255, source: 'rob' }).flags).toContain('non-monotone-eps');
  });

  it('board: training from the model record, manifest from its robust:<norm>:<eps> keys', () => {
    const board = table('board', rows);
    expect(one(board, { norm: 'Linf', eps: 2 / 255, source: 'rob' })).toMatchObject({
      training: 'adversarial',
      trainingNorm: 'L2',
      trainingEps: 3,
      manifest: null,
      epsLabel: '2/255',
    });
    expect(one(board, { norm: 'Linf', eps: 8 / 255, source: 'rob' })).toMatchObject({
      manifest: 0.41,
      epsLabel: '8/255',
    });
    expect(one(board, { norm: 'L2', eps: 0.5, source: 'rob' })).toMatchObject({
      manifest: 0.55,
      epsLabel: '0.5',
    });
    expect(one(board, { norm: 'L2', eps: 1, source: 'rob' }).manifest).toBe(0.3);
    expect(one(board, { norm: 'L2', eps: 1, source: 'nat' })).toMatchObject({
      training: 'natural',
      trainingNorm: null,
      trainingEps: null,
      manifest: null,
    });
    // No record: nothing is made up.
    expect(one(board, { norm: 'L2', eps: 1, source: 'ens' })).toMatchObject({
      training: 'unknown',
      trainingNorm: null,
      manifest: null,
    });
  });

  it("figures: the board's measured and manifest figures per model, Linf first, the largest budget first", () => {
    expect(robustnessOutputs.modelFigures).toEqual([
      { table: 'figures', model: 'source' },
      { table: 'best-known', model: 'source' },
    ]);
    const board = table('board', rows);
    const figures = table('figures', rows);
    expect(figures).toHaveLength(board.length);
    for (const f of figures) {
      const b = one(board, { dataset: f.dataset, norm: f.norm, eps: f.eps, source: f.source });
      expect(f).toEqual({
        source: b.source,
        dataset: b.dataset,
        norm: b.norm,
        eps: b.eps,
        manifest: b.manifest,
        measured: b.robust,
        budget: b.epsLabel,
        attacks: b.attacks,
        flags: b.flags,
      });
    }
    const rob = figures.filter((f) => f.source === 'rob');
    expect(rob.map((f) => [f.norm, f.budget])).toEqual([
      ['Linf', '8/255'],
      ['Linf', '4/255'],
      ['Linf', '2/255'],
      ['L2', '1'],
      ['L2', '0.5'],
      ['L2', '0.25'],
    ]);
    expect(rob[0]).toMatchObject({ manifest: 0.41, flags: expect.stringContaining('non-monotone-eps') });
    // The catalog marks a failed check by the column's format, and reads the figures by role.
    const columns = tableColumns(robustnessOutputs.tables.figures!);
    expect(columns.find((c) => c.name === 'flags')).toMatchObject({ role: 'text', format: 'warning' });
    expect(columns.find((c) => c.name === 'source')?.role).toBe('model');
  });

  it('attacks: each attack and ensemble component of every board row', () => {
    const attacks = table('attacks', rows);
    let count = 0;
    for (const b of agg.boards)
      for (const r of b.rows) {
        const key = { dataset: b.dataset, norm: b.norm, eps: b.eps, source: r.source };
        for (const a of r.attacks)
          expectSame(one(attacks, { ...key, attack: a.attack, component: null }).accuracy, a.accuracy);
        for (const c of r.components)
          expectSame(one(attacks, { ...key, attack: c.attack, component: c.component }).accuracy, c.accuracy);
        expect(
          at(attacks, key)
            .map((x) => x.component)
            .filter((c) => c !== null),
        ).toEqual(r.components.map((c) => c.component));
        count += r.attacks.length + r.components.length;
      }
    expect(attacks).toHaveLength(count);
    expect(
      at(attacks, { source: 'ens', attack: 'autoattack-standard', eps: 0.25 }).map((x) => x.component),
    ).toEqual([null, ...COMPONENTS]);
  });

  it('curves and auc: every aggregate curve, eps 0 at its clean accuracy', () => {
    const curves = table('curves', rows);
    const auc = table('auc', rows);
    expect(curves).toHaveLength(agg.curves.reduce((a, c) => a + c.points.length + 1, 0));
    expect(auc).toHaveLength(agg.curves.length);
    expect(agg.curves.filter((c) => c.attack === 'worst-case')).toHaveLength(6);
    for (const c of agg.curves) {
      const key = { dataset: c.dataset, norm: c.norm, attack: c.attack, source: c.source };
      expectSame(one(curves, { ...key, eps: 0 }).accuracy, c.clean);
      for (const p of c.points) expectSame(one(curves, { ...key, eps: p.eps }).accuracy, p.accuracy);
      expectSame(one(auc, key).auc, c.auc);
      expectSame(one(auc, key).clean, c.clean);
    }
  });

  it('flags: the aggregate flags, one row each', () => {
    const flags = table('flags', rows);
    const key = (f: Row): string =>
      JSON.stringify([f.dataset, f.norm, f.source, f.attack, f.seed, f.check, f.message]);
    const want = agg.flags.map((f) => key({ ...f, check: f.name }));
    expect(flags.map(key).sort()).toEqual(want.sort());
    expect(new Set(flags.map((f) => f.check))).toEqual(
      new Set(['zero-gradients', 'non-monotone-eps', 'black-box-beats-white-box']),
    );
  });
});

describe('robustness outputs on small hand-computed rows', () => {
  const row = (seed: number, attack: string, by: (string | null)[]): ResultRow => ({
    config: { source: 's', datasetName: 'd', norm: 'Linf', attack, seed },
    metrics: { cleanAccuracy: by.filter((v) => v !== 'clean').length / by.length },
    series: null,
    details: { outcomes: [{ eps: 0.1, by }] },
    provider: null,
  });

  it("keeps an ensemble component's figure under a seed where it fooled nothing (the aggregate drops that seed)", () => {
    const rows = [
      row(0, 'aa', ['apgd-ce', 'apgd-t', null, null]),
      row(1, 'aa', ['apgd-ce', null, null, 'clean']),
    ];
    const got = one(table('attacks', rows), { attack: 'aa', component: 'apgd-t' }).accuracy as IntervalValue;
    // After apgd-t: seed 0 has 2 of 4 left, seed 1 (apgd-t fooled none) 2 of 4 as after apgd-ce.
    expect(got).toMatchObject({ mean: 0.5, n: 2 });
    const agg = aggregateRobustness(rows).boards[0]!.rows[0]!.components.find(
      (c) => c.component === 'apgd-t',
    )!;
    expect(agg.accuracy.n).toBe(1);
  });

  it('keeps a share interval inside [0, 1]: robust 0 and 1/4 over two seeds of 4 images', () => {
    const rows = [row(0, 'pgd', ['pgd', 'pgd', 'pgd', 'pgd']), row(1, 'pgd', ['pgd', 'pgd', 'pgd', null])];
    const robust = table('board', rows)[0]!.robust as IntervalValue;
    // The Student-t interval over the two seeds would run from -1.46 to 1.71.
    expect(robust).toEqual(shareInterval([{ share: 0, n: 4 }, { share: 0.25, n: 4 }]));
    expect(robust.low).toBeGreaterThanOrEqual(0);
    expect(robust.high).toBeLessThan(1);
  });
});

describe('manifest keys', () => {
  it('parses robust:<norm>:<eps label> in both forms, and nothing else', () => {
    expect(parseRobustKey('robust:L2:0.5')).toEqual({ norm: 'L2', eps: 0.5, epsLabel: '0.5' });
    expect(parseRobustKey('robust:Linf:8/255')).toEqual({ norm: 'Linf', eps: 8 / 255, epsLabel: '8/255' });
    expect(parseRobustKey('robust:L2:1e-3')?.eps).toBe(0.001);
    for (const bad of [
      'cleanAccuracy',
      'robust:L1:0.5',
      'robust:Linf:',
      'robust:Linf:8/0',
      'robust:Linf:0',
      'robust:linf:8/255',
      'robust:Linf:8/255x',
    ])
      expect(parseRobustKey(bad), bad).toBeUndefined();
  });

  it('finds the figure at a stored eps written as a float, and labels budgets as the zoo keys them', () => {
    const metrics = { 'robust:Linf:8/255': 0.41, 'robust:L2:0.5': 0.55, cleanAccuracy: 0.9 };
    expect(manifestRobustAccuracy(metrics, 'Linf', 0.03137254901960784)).toBe(0.41);
    expect(manifestRobustAccuracy(metrics, 'Linf', 0.0314)).toBeNull();
    expect(manifestRobustAccuracy(metrics, 'L2', 8 / 255)).toBeNull();
    expect(manifestRobustAccuracy(metrics, 'L2', 0.5)).toBe(0.55);
    for (const [norm, eps] of [
      ['Linf', 4 / 255],
      ['Linf', 0.01],
      ['L2', 0.25],
      ['L2', 3],
    ] as const)
      expect(sameEps(parseRobustKey(`robust:${norm}:${epsLabel(norm, eps)}`)!.eps, eps)).toBe(true);
  });
});

describe('robustness outputs on real trials', () => {
  const schema = z
    .object({
      norm: z.enum(['Linf', 'L2']).default('Linf'),
      eps: z.number().min(0).default(0.1),
      seed: z.number().int().min(0).default(0),
    })
    .strict();
  /** One signed-gradient step of the margin loss to the Linf ball's edge. */
  const fgsm = defineAttack({
    name: 'test-fgsm',
    version: '1.0.0',
    description: 'test',
    params: schema,
    async perturb({ model, batch }, p, ctx) {
      const { gradient } = await ctx.engine.inputGradient(model, batch.images, batch.labels, {
        loss: 'cw-margin',
      });
      const x = batch.images.data.map((v, i) =>
        Math.min(1, Math.max(0, v + p.eps * Math.sign(gradient.data[i] ?? 0))),
      );
      const { loss } = await ctx.engine.inputGradient(
        model,
        { data: x, dims: batch.images.dims },
        batch.labels,
        { loss: 'cw-margin' },
      );
      return { images: { data: x, dims: batch.images.dims }, loss };
    },
  });

  it('examples: per test image the smallest fooling eps, as the per-eps outcomes give it; every table computes', async () => {
    const ctx = createTestContext({ attacks: { 'test-fgsm': fgsm } });
    const p = robustnessParams.parse({
      sources: ['linear'],
      dataset: 'synthetic',
      norms: ['Linf'],
      epsLinf: [0.02, 0.05, 0.6],
      attacks: ['test-fgsm'],
      seeds: [0, 1],
      testLimit: 8,
      batchSize: 3,
    });
    const rows: ResultRow[] = [];
    for (const t of expandRobustness(p)) {
      const r = await runRobustness(robustnessTrial.parse(t.config), ctx);
      rows.push({
        config: t.config,
        metrics: r.metrics,
        series: r.series ?? null,
        details: r.details ?? null,
        provider: 'cpu',
      });
    }
    // Every table computes on real rows (a row off its schema throws); a clean run raises no flag.
    // (The transfer tables are empty without transfer; transfer.spec.ts computes them on transferred trials.)
    for (const name of Object.keys(robustnessOutputs.tables).filter((n) => n !== 'flags' && !n.startsWith('transfer')))
      expect(table(name, rows).length, name).toBeGreaterThan(0);
    expect(table('flags', rows)).toEqual([]);
    expect(aggregateRobustness(rows).flags).toEqual([]);

    const examples = table('examples', rows);
    expect(examples).toHaveLength(2 * 8);
    const outcomes = new Set<unknown>();
    for (const r of rows) {
      const d = r.details as {
        indices: number[];
        labels: number[];
        outcomes: { eps: number; by: (string | null)[] }[];
      };
      d.indices.forEach((index, i) => {
        const first = d.outcomes.find((o) => o.by[i] !== null);
        const minEps = first === undefined ? null : first.by[i] === 'clean' ? 0 : first.eps;
        const e = examples.find(
          (x) => x.seed === r.config.seed && (x.image as { index: number }).index === index,
        )!;
        expect(e.image).toEqual({ dataset: 'synthetic', split: 'test', index });
        expect(e).toMatchObject({ source: 'linear', norm: 'Linf', label: d.labels[i], minEps, maxEps: 0.6 });
        expect(e.outcome).toBe(minEps === null ? 'robust' : minEps === 0 ? 'misclassified' : 'fooled');
        expect(e.fooledBy).toBe(minEps === null ? null : minEps === 0 ? 'clean' : 'test-fgsm');
        outcomes.add(e.outcome);
      });
    }
    // At eps 0.6 the linear model is fooled everywhere, so every correctly classified image is 'fooled'.
    expect(outcomes.has('fooled')).toBe(true);

    const agg = aggregateRobustness(rows);
    const board = table('board', rows);
    expect(board.map((r) => r.eps)).toEqual(agg.boards.map((b) => b.eps));
    agg.boards.forEach((b, i) => expectSame(board[i]!.robust, b.rows[0]!.ensemble));
    // The test context's model is not in this run's facts: no training kind is guessed from its id.
    expect(board[0]!.training).toBe('unknown');
  });
});
