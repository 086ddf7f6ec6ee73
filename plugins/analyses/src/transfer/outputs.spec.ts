import {
  computeTable,
  outputsProblems,
  TableOptionError,
  type ModelFacts,
  type ResultRow,
} from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { interval, shareInterval } from '../shared';
import { aggregateTransfer, type TargetResults } from './aggregate';
import { transferOutputs } from './outputs';
import { encodeCorrect, transferCorrect } from './per-image';
import { wholeSplitSize } from './tables/outcomes';
import type { TransferTableInput } from './tables/sweep';
import { transfer } from './transfer';

type Row = Record<string, unknown> & {
  target: string;
  depth: number | null;
  lr: number | null;
  source: string;
  n: number;
};
type Interval = { mean: number; low: number | null; high: number | null; n: number };

const facts = (id: string, training: ModelFacts['training']): [string, ModelFacts] => [
  id,
  { id, training, metrics: {} },
];
/** The natural source's id says nothing of it; the adversarial one's id says "natural". */
const MODELS = new Map([
  facts('zz-plain', { kind: 'natural' }),
  facts('natural-looking', { kind: 'adversarial', norm: 'L2', eps: 3 }),
  facts('linf-8', { kind: 'adversarial', norm: 'Linf', eps: 8 / 255 }),
]);
const SOURCES = ['linf-8', 'natural-looking', 'zz-plain'];

/** mulberry32: a small seeded generator, so the fixture is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Test split sizes: svhn's trials test the whole 13-image split (bitset padded to 16), mnist's a 5-image subset. */
const SPLIT = { svhn: 13, mnist: 17 };
const MNIST_TEST = [7, 2, 11, 0, 5];

/**
 * A stored sweep: 2 targets x depths {0, all} x lrs x 3 sources x n {10, 40, 160} x seeds 0..3.
 * Each trial's per-image outcomes are drawn, and its stored accuracy is their share, as the
 * engine's is. Holes: linf-8 lacks seed 3 at n 10, the baseline lacks seed 0 at n 160 on mnist,
 * one trial has no series, and a row that is no sweep trial is stored too.
 */
function sweep(): ResultRow[] {
  const rnd = random(7);
  const rows: ResultRow[] = [];
  for (const target of ['svhn', 'mnist'] as const)
    for (const depth of [0, 'all'] as const)
      for (const lr of [0.1, 0.01])
        for (const source of SOURCES)
          for (const n of [10, 40, 160])
            for (const seed of [0, 1, 2, 3]) {
              if (source === 'linf-8' && n === 10 && seed === 3) continue;
              if (source === 'zz-plain' && n === 160 && seed === 0 && target === 'mnist') continue;
              const tested = target === 'svhn' ? SPLIT.svhn : MNIST_TEST.length;
              const p = Math.min(0.95, 0.3 + 0.15 * Math.log10(n) + (source === 'zz-plain' ? 0 : 0.1));
              // natural-looking at n 160 is right everywhere but once: an interval past 100% to clip.
              const right = Array.from({ length: tested }, (_, i) =>
                source === 'natural-looking' && n === 160 ? !(seed === 0 && i === 0) : rnd() < p,
              );
              const accuracy = right.filter(Boolean).length / tested;
              const labels = right.map(() => 1);
              const details = {
                testIndices: target === 'svhn' ? null : MNIST_TEST,
                correct: encodeCorrect(
                  right.map((r) => (r ? 1 : 0)),
                  labels,
                ),
              };
              const noSeries = source === 'zz-plain' && n === 40 && seed === 2;
              rows.push({
                config: { source, target, dataset: target, n, depth, seed, lr, epochs: 3 },
                // svhn's trials record their test images (as the transfer trial does); mnist's are older rows.
                metrics: { testAccuracy: accuracy, n, seconds: 1, ...(target === 'svhn' ? { testImages: tested } : {}) },
                series: noSeries
                  ? null
                  : [0.6, 0.85, 1].map((f, e) => ({ epoch: e + 1, testAccuracy: f * accuracy })),
                details,
                provider: 'cpu',
              });
            }
  rows.push({
    config: { source: 'zz-plain', target: 'svhn' },
    metrics: { seconds: 1 },
    series: null,
    details: null,
    provider: 'cpu',
  });
  return rows;
}

const ROWS = sweep();
const input = (options: TransferTableInput['options'] = {}, models = MODELS): TransferTableInput => ({
  rows: ROWS,
  options,
  models,
});
const table = (name: string, i: TransferTableInput = input()): Row[] =>
  computeTable(name, transferOutputs.tables[name]!, i) as Row[];

const inSetting = (rows: readonly Row[], s: TargetResults): Row[] =>
  rows.filter((r) => r.target === s.target && r.depth === s.depth && r.lr === s.lr);
/** Numbers to 12 places, so two orders of the same sum compare equal. */
const round = (v: unknown): unknown =>
  typeof v === 'number' ? Math.round(v * 1e12) / 1e12 : Array.isArray(v) ? v.map(round) : v;

describe('transfer output tables against the aggregate (a second path)', () => {
  const agg = aggregateTransfer(ROWS, { baseline: 'zz-plain' });

  it('covers every setting: 2 targets x 2 depths x 2 lrs', () => {
    expect(agg).toHaveLength(8);
    const settings = new Set(table('accuracy').map((r) => JSON.stringify([r.target, r.depth, r.lr])));
    expect([...settings]).toEqual(agg.map((s) => JSON.stringify([s.target, s.depth, s.lr])));
  });

  it('accuracy: the mean over seeds with its interval clipped to [0, 1], and seeds', () => {
    const rows = table('accuracy');
    let clipped = 0;
    for (const s of agg) {
      const mine = inSetting(rows, s).map((r) => {
        const a = r.accuracy as Interval;
        return [r.source, r.n, a.mean, a.low, a.high, a.n, r.seeds];
      });
      expect(round(mine)).toEqual(
        round(s.accuracy.map((c) => [c.source, c.n, c.accuracy.mean, c.accuracy.low, c.accuracy.high, c.accuracy.n, c.accuracy.n])),
      );
      clipped += s.accuracy.filter((c) => c.accuracy.high === 1).length;
    }
    expect(clipped).toBeGreaterThan(0);
    expect(rows.find((r) => r.source === 'natural-looking' && r.n === 160)!.accuracy).toMatchObject({
      high: 1,
    });
    expect(new Set(rows.map((r) => `${r.source}:${String(r.training)}`))).toEqual(
      new Set(['zz-plain:natural', 'natural-looking:adversarial', 'linf-8:adversarial']),
    );
  });

  it('accuracy: Wilson over the test images and seeds where trials recorded their images, else clipped t', () => {
    const rows = table('accuracy');
    for (const r of rows.filter((x) => x.depth === 0 && x.lr === 0.1)) {
      const cell = ROWS.filter(
        (t) => t.config.target === r.target && t.config.source === r.source && t.config.n === r.n && t.config.depth === 0 && t.config.lr === 0.1,
      );
      const values = cell.map((t) => t.metrics.testAccuracy!);
      const want =
        r.target === 'svhn'
          ? shareInterval(values.map((share) => ({ share, n: SPLIT.svhn })))
          : interval(values, { share: true });
      expect(round(r.accuracy)).toEqual(round(want));
      const a = r.accuracy as Interval;
      expect(a.low! >= 0 && a.high! <= 1).toBe(true);
    }
  });

  it('epochs: the same per epoch, over the seeds that recorded a series', () => {
    const rows = table('epochs');
    for (const s of agg) {
      const mine = inSetting(rows, s).map((r) => {
        const a = r.accuracy as Interval;
        return [r.source, r.n, r.epoch, a.mean, a.low, a.high, r.seeds];
      });
      expect(round(mine)).toEqual(
        round(s.epochs.map((c) => [c.source, c.n, c.epoch, c.accuracy.mean, c.accuracy.low, c.accuracy.high, c.accuracy.n])),
      );
    }
    expect(rows.find((r) => r.source === 'zz-plain' && r.n === 40 && r.epoch === 1)!.seeds).toBe(3);
  });

  it('deltas: each source minus the natural source by training.kind, paired by seed, with p-values', () => {
    const rows = table('deltas');
    expect(new Set(rows.map((r) => r.baseline))).toEqual(new Set(['zz-plain']));
    for (const s of agg) {
      const mine = inSetting(rows, s).map((r) => {
        const d = r.delta as Interval;
        return [r.source, r.baseline, r.n, d.mean, d.low, d.high, r.seeds, r.pValue];
      });
      expect(round(mine)).toEqual(
        round(s.deltas.map((d) => [d.source, d.baseline, d.n, d.delta.mean, d.delta.low, d.delta.high, d.delta.n, d.pValue])),
      );
    }
    // Unpaired seeds drop out: linf-8 has 3 seeds at n 10, the baseline 3 at n 160 on mnist.
    const at = (target: string, source: string, n: number): number[] =>
      rows
        .filter((r) => r.target === target && r.source === source && r.n === n)
        .map((r) => r.seeds as number);
    expect(new Set(at('svhn', 'linf-8', 10))).toEqual(new Set([3]));
    expect(new Set(at('mnist', 'natural-looking', 160))).toEqual(new Set([3]));
    expect(new Set(at('svhn', 'natural-looking', 40))).toEqual(new Set([4]));
  });

  it('deltas: a named baseline replaces the natural one, and one the run lacks is refused', () => {
    const rows = table('deltas', input({ baseline: 'linf-8' }));
    const named = aggregateTransfer(ROWS, { baseline: 'linf-8' });
    expect(rows).toHaveLength(named.reduce((a, s) => a + s.deltas.length, 0));
    for (const s of named)
      expect(round(inSetting(rows, s).map((r) => [r.source, (r.delta as Interval).mean, r.pValue]))).toEqual(
        round(s.deltas.map((d) => [d.source, d.delta.mean, d.pValue])),
      );
    const refused = (() => {
      try {
        table('deltas', input({ baseline: 'nope' }));
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(TableOptionError);
    expect(refused).toMatchObject({
      field: 'baseline',
      message: "baseline 'nope' has no results in this run; sources: linf-8, natural-looking, zz-plain",
    });
  });

  it('deltas: none without a natural source in the model records (the ids are not read)', () => {
    const adversarialOnly = new Map([...MODELS].filter(([id]) => id !== 'zz-plain'));
    expect(table('deltas', input({}, adversarialOnly))).toEqual([]);
    const board = table('leaderboard', input({}, adversarialOnly));
    expect(board.every((r) => r.baseline === null && r.delta === null)).toBe(true);
    expect(board.find((r) => r.source === 'zz-plain')!.training).toBeNull();
  });

  it('efficiency: the data-efficiency score per source and setting', () => {
    const rows = table('efficiency');
    for (const s of agg)
      expect(round(inSetting(rows, s).map((r) => [r.source, r.score, r.budgets]))).toEqual(
        round(s.efficiency.map((e) => [e.source, e.score, 3])),
      );
  });

  it('leaderboard: the rank per n with accuracy, efficiency and the delta at that n', () => {
    const rows = table('leaderboard');
    for (const s of agg) {
      const mine = inSetting(rows, s);
      expect(round(mine.map((r) => [r.n, r.rank, r.source, (r.accuracy as Interval).mean]))).toEqual(
        round(s.leaderboard.map((e) => [e.n, e.rank, e.source, e.mean])),
      );
      for (const r of mine) {
        const d = s.deltas.find((x) => x.source === r.source && x.n === r.n);
        expect(round((r.delta as Interval | null)?.mean ?? null)).toEqual(round(d?.delta.mean ?? null));
        expect(r.efficiency).toBeCloseTo(s.efficiency.find((e) => e.source === r.source)!.score, 12);
        expect(r.baseline).toBe('zz-plain');
      }
    }
    const linf = rows.find((r) => r.source === 'linf-8')!;
    expect([linf.norm, linf.eps]).toEqual(['Linf', 8 / 255]);
    expect(rows.find((r) => r.source === 'zz-plain')!.norm).toBeNull();
  });
});

describe('transfer per-image evidence', () => {
  const rows = table('examples');
  const trials = ROWS.filter((r) => typeof r.metrics.testAccuracy === 'number');

  it("tallies each image's seeds right per source and n, read independently with transferCorrect", () => {
    for (const r of rows) {
      const image = r.image as { dataset: string; split: string; index: number };
      expect(image).toMatchObject({ dataset: r.target, split: 'test' });
      const mine = trials.filter(
        (t) =>
          t.config.target === r.target &&
          (t.config.depth === 'all' ? null : t.config.depth) === r.depth &&
          t.config.lr === r.lr &&
          t.config.source === r.source &&
          t.config.n === r.n,
      );
      const size = SPLIT[r.target as keyof typeof SPLIT];
      const outcome = mine.map((t) => transferCorrect(t.details, image.index, size));
      expect(r.right).toBe(outcome.filter((o) => o === true).length);
      expect(r.seeds).toBe(outcome.filter((o) => o !== null).length);
      expect(r.correct).toBeCloseTo((r.right as number) / (r.seeds as number), 12);
      // Gains and losses against the baseline's trial of the same seed.
      if (r.source === 'zz-plain') {
        expect([r.gains, r.losses]).toEqual([null, null]);
        continue;
      }
      let [gains, losses] = [0, 0];
      for (const t of mine) {
        const base = trials.find(
          (b) =>
            b.config.source === 'zz-plain' &&
            b.config.seed === t.config.seed &&
            ['target', 'depth', 'lr', 'n'].every((k) => b.config[k] === t.config[k]),
        );
        if (!base) continue;
        const [x, y] = [
          transferCorrect(t.details, image.index, size),
          transferCorrect(base.details, image.index, size),
        ];
        if (x && y === false) gains++;
        if (x === false && y) losses++;
      }
      expect([r.gains, r.losses]).toEqual([gains, losses]);
    }
  });

  it('has a row for every image tested and none for the bitset padding', () => {
    const svhn = rows.filter(
      (r) => r.target === 'svhn' && r.depth === 0 && r.lr === 0.1 && r.source === 'zz-plain' && r.n === 10,
    );
    expect(svhn.map((r) => (r.image as { index: number }).index)).toEqual(
      Array.from({ length: SPLIT.svhn }, (_, i) => i),
    );
    const mnist = rows.filter(
      (r) => r.target === 'mnist' && r.depth === 0 && r.lr === 0.1 && r.source === 'zz-plain' && r.n === 10,
    );
    expect(mnist.map((r) => (r.image as { index: number }).index)).toEqual(
      [...MNIST_TEST].sort((a, b) => a - b),
    );
    expect(rows).toHaveLength(8 * 3 * 3 * ((SPLIT.svhn + MNIST_TEST.length) / 2));
  });

  it('infers a whole split from the padded bitset and the stored accuracy', () => {
    for (let size = 9; size <= 16; size++)
      for (const every of [1, 2, 3, 5]) {
        const right = Array.from({ length: size }, (_, i) => i % every === 0);
        const bits = Buffer.from(
          encodeCorrect(
            right.map(Number),
            right.map(() => 1),
          ),
          'base64',
        );
        expect(wholeSplitSize(bits, right.filter(Boolean).length / size)).toBe(size);
      }
    // No image right: the share says nothing; padding is never reported as an image.
    expect(wholeSplitSize(new Uint8Array(2), 0)).toBe(9);
    expect(wholeSplitSize(new Uint8Array(0), 0.5)).toBe(0);
  });
});

describe('transfer output tables by hand', () => {
  // plain (natural) and robust-a (adversarial), 3 seeds, n 10, 20, 80.
  const acc: Record<string, Record<number, number[]>> = {
    plain: { 10: [0.37, 0.41, 0.36], 20: [0.5, 0.52, 0.51], 80: [0.7, 0.72, 0.71] },
    'robust-a': { 10: [0.62, 0.6, 0.65], 20: [0.66, 0.64, 0.65], 80: [0.74, 0.75, 0.76] },
  };
  const rows: ResultRow[] = Object.entries(acc).flatMap(([source, byN]) =>
    Object.entries(byN).flatMap(([n, values]) =>
      values.map((testAccuracy, seed) => ({
        config: { source, target: 't', n: Number(n), depth: 0, seed, lr: 0.1 },
        metrics: { testAccuracy },
        series: null,
        details: null,
        provider: null,
      })),
    ),
  );
  const models = new Map([
    facts('plain', { kind: 'natural' }),
    facts('robust-a', { kind: 'adversarial', norm: 'L2', eps: 3 }),
  ]);
  const hand = (name: string): Row[] =>
    computeTable(name, transferOutputs.tables[name]!, { rows, options: {}, models }) as Row[];
  // Student t with 2 degrees of freedom has a closed form: F(t) = 1/2 + t / (2 sqrt(t^2 + 2)).
  const t975 = 0.95 * Math.sqrt(2 / (1 - 0.95 ** 2)); // 4.3027
  const sd = (v: number[], m: number): number =>
    Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / (v.length - 1));

  it('accuracy at n 10: mean ± t(0.975, 2) sd / sqrt 3', () => {
    const r = hand('accuracy').find((x) => x.source === 'robust-a' && x.n === 10)!;
    const m = (0.62 + 0.6 + 0.65) / 3;
    const half = (t975 * sd([0.62, 0.6, 0.65], m)) / Math.sqrt(3);
    const a = r.accuracy as Interval;
    expect(t975).toBeCloseTo(4.302653, 5);
    expect(a.mean).toBeCloseTo(m, 12);
    expect(a.low).toBeCloseTo(m - half, 9);
    expect(a.high).toBeCloseTo(m + half, 9);
    expect([r.seeds, r.training]).toEqual([3, 'adversarial']);
  });

  it('delta at n 10: paired differences, their interval, and the two-sided p-value', () => {
    const r = hand('deltas').find((x) => x.n === 10)!;
    const d = [0.25, 0.19, 0.29];
    const m = (0.25 + 0.19 + 0.29) / 3;
    const se = sd(d, m) / Math.sqrt(3);
    const t = m / se;
    const p = 1 - t / Math.sqrt(t * t + 2);
    const delta = r.delta as Interval;
    expect([r.source, r.baseline]).toEqual(['robust-a', 'plain']);
    expect(delta.mean).toBeCloseTo(m, 12);
    expect(delta.low).toBeCloseTo(m - t975 * se, 9);
    expect(delta.high).toBeCloseTo(m + t975 * se, 9);
    expect(r.pValue).toBeCloseTo(p, 6);
  });

  it('efficiency: the trapezoid over log2 n (steps of 1 and 2), divided by the range 3', () => {
    const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
    const [a, b, c] = [10, 20, 80].map((n) => mean(acc.plain![n]!));
    const r = hand('efficiency').find((x) => x.source === 'plain')!;
    expect(r.score).toBeCloseTo(((a! + b!) / 2 + (2 * (b! + c!)) / 2) / 3, 12);
  });

  it('leaderboard: robust-a first at every n, with the baseline and its delta', () => {
    const board = hand('leaderboard');
    expect(board.map((r) => [r.n, r.rank, r.source])).toEqual([
      [10, 1, 'robust-a'],
      [10, 2, 'plain'],
      [20, 1, 'robust-a'],
      [20, 2, 'plain'],
      [80, 1, 'robust-a'],
      [80, 2, 'plain'],
    ]);
    expect((board[0]!.delta as Interval).mean).toBeCloseTo(0.73 / 3, 12);
    expect(board[1]!.delta).toBeNull();
    expect(hand('examples')).toEqual([]);
  });
});

describe('the transfer outputs declaration', () => {
  it('is well formed, on the plugin, with the leaderboard as its summary', () => {
    expect(outputsProblems(transfer.outputs)).toEqual([]);
    expect(transfer.outputs).toBe(transferOutputs);
    expect(transfer.outputs!.summary).toBe('leaderboard');
    expect(Object.keys(transfer.outputs!.tables)).toEqual([
      'leaderboard',
      'accuracy',
      'epochs',
      'deltas',
      'efficiency',
      'examples',
    ]);
  });

  it('takes only a baseline option', () => {
    const options = transfer.outputs!.options!;
    expect(options.parse({ baseline: 'zz-plain' })).toEqual({ baseline: 'zz-plain' });
    expect(options.parse({})).toEqual({});
    for (const bad of [{ baseline: '' }, { baseline: 'x'.repeat(201) }, { other: 1 }, { baseline: 3 }])
      expect(options.safeParse(bad).success).toBe(false);
  });

  it('computes every table with rows that pass their schemas', () => {
    for (const name of Object.keys(transferOutputs.tables)) {
      const rows = table(name);
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows).toEqual(transferOutputs.tables[name]!.rows(input()));
    }
  });
});
