import {
  computeTable,
  datasetKey,
  outputsProblems,
  seededRandom,
  TableOptionError,
  type DatasetSpec,
  type IntervalValue,
  type ModelFacts,
  type ResultRow,
  type TrainingInfo,
} from '@transferlab/sdk';
import { jStat } from 'jstat';
import { describe, expect, it } from 'vitest';
import { aggregateInfluence, INFLUENCE_METRICS } from './aggregate';
import { galleryOf, influenceDetails, type InfluenceDetails } from './details';
import { influence } from './influence';

const GALLERY_K = 4;
const CLASSES = 3;

/** A stored influence row in the shape run-influence writes, with seeded random figures and galleries. */
function influenceRow(c: {
  source: string;
  target: string;
  dataset: DatasetSpec;
  depth: number;
  n: number;
  seed: number;
  ranks?: number;
  trainRanks?: number;
}): ResultRow {
  const rnd = seededRandom(c.seed * 1000 + c.source.length * 37 + c.n + c.depth * 7);
  const testIndices = [9, 2, 14, 5];
  const trainIndices = Array.from({ length: 10 }, (_, i) => 3 * i + c.seed);
  const label = (): number => Math.floor(rnd() * CLASSES);
  const ranked = (sign: number) =>
    testIndices.map(() => {
      const positions = [...trainIndices.keys()].sort(() => rnd() - 0.5).slice(0, GALLERY_K);
      const scores = positions
        .map(() => Number((sign * rnd()).toPrecision(6)))
        .sort((a, b) => sign * (b - a));
      return { positions, scores };
    });
  const [helpful, harmful] = [ranked(1), ranked(-1)];
  const details: InfluenceDetails = {
    solver: c.seed === 2 ? 'scalable' : 'exact',
    method: 'pinv',
    cutoff: 0.05,
    rank: 20 + c.seed,
    testIndices,
    testLabels: testIndices.map(label),
    predicted: testIndices.map(label),
    trainIndices,
    trainLabels: trainIndices.map(label),
    helpful: helpful.map((h) => h.positions),
    helpfulScores: helpful.map((h) => h.scores),
    harmful: harmful.map((h) => h.positions),
    harmfulScores: harmful.map((h) => h.scores),
    selfInfluence: trainIndices.map(() => rnd()),
  };
  const ranks = c.ranks ?? 6;
  const trainRanks = c.trainRanks ?? ranks;
  return {
    config: { ...c, galleryK: GALLERY_K },
    // One figure close to 1 so that its interval over seeds crosses 100% and is clipped.
    metrics: {
      top1Match: 0.3 + 0.4 * rnd(),
      top5AtLeast3: 0.2 + 0.5 * rnd(),
      trainTop1Match: 0.97 + 0.03 * rnd(),
      trainTop5AtLeast3: rnd(),
      testAccuracy: 0.5 + 0.4 * rnd(),
    },
    series: Array.from({ length: Math.max(ranks, trainRanks) }, (_, k) => ({
      rank: k + 1,
      ...(k < ranks ? { testMatch: rnd() } : {}),
      ...(k < trainRanks ? { trainMatch: rnd() } : {}),
    })),
    details: details as unknown as Record<string, unknown>,
    provider: 'cpu',
  };
}

// The natural source's id says nothing of it; the robust one's id contains 'natural' (the aggregate's old rule picks it).
const NATURAL = 'resnet50-plain';
const ROBUST = 'natural-looking-l2-3';
const LINF = 'resnet50-linf-4';
const model = (id: string, training: TrainingInfo): [string, ModelFacts] => [
  id,
  { id, training, metrics: {} },
];
const MODELS = new Map([
  model(NATURAL, { kind: 'natural' }),
  model(ROBUST, { kind: 'adversarial', norm: 'L2', eps: 3 }),
  model(LINF, { kind: 'adversarial', norm: 'Linf', eps: 4 / 255 }),
]);
const VIEW = { name: 'fashion-mnist', params: { classes: [0, 6, 9] } };

const ROWS: ResultRow[] = [
  ...[NATURAL, ROBUST, LINF].flatMap((source) =>
    [0, 1, 2].map((seed) =>
      // The target 'digits' is a view of the run: its images come from mnist.
      influenceRow({
        source,
        target: 'digits',
        dataset: 'mnist',
        depth: 0,
        n: 100,
        seed,
        ranks: seed === 1 ? 4 : 6,
      }),
    ),
  ),
  ...[NATURAL, ROBUST].flatMap((source) =>
    [0, 1].map((seed) =>
      influenceRow({ source, target: 'fm', dataset: VIEW, depth: 1, n: 40, seed, trainRanks: 0 }),
    ),
  ),
  // Without details, the aggregate and the tables both skip it.
  {
    config: { source: NATURAL, target: 'digits', depth: 0, n: 100, seed: 7 },
    metrics: { top1Match: 1 },
    series: null,
    details: null,
    provider: 'cpu',
  },
];

const outputs = influence.outputs!;
const table = (name: string, options: Record<string, unknown> = {}, rows = ROWS, models = MODELS) =>
  computeTable(name, outputs.tables[name]!, { rows, options: outputs.options!.parse(options), models });

const clip = (x: number | null): number | null => (x === null ? null : Math.min(1, Math.max(0, x)));

/** The aggregate's interval (second path) against a table's: same mean and seeds, bounds clipped to a share. */
function expectSameShare(got: unknown, want: IntervalValue): void {
  const g = got as { mean: number; low: number | null; high: number | null; n: number };
  expect(g.mean).toBeCloseTo(want.mean, 12);
  expect(g.n).toBe(want.n);
  for (const [a, b] of [
    [g.low, clip(want.low)],
    [g.high, clip(want.high)],
  ] as const) {
    if (b === null) expect(a).toBeNull();
    else expect(a).toBeCloseTo(b, 12);
  }
}

const settingOf = (r: Record<string, unknown>) => `${String(r.target)}/${String(r.depth)}/${String(r.n)}`;

describe('influence output tables', () => {
  it('declares well-formed outputs whose options take an optional baseline only', () => {
    expect(outputsProblems(outputs)).toEqual([]);
    expect(Object.keys(outputs.tables)).toEqual(['summary', 'deltas', 'match-curves', 'trust', 'trust-trials', 'gallery', 'evidence']);
    expect(outputs.options!.safeParse({ baseline: '' }).success).toBe(false);
    expect(outputs.options!.safeParse({ other: 1 }).success).toBe(false);
    expect(outputs.options!.parse({})).toEqual({});
  });

  it('summary: the aggregate’s figures per setting and source, with the training kind from the model record', () => {
    const rows = table('summary');
    const agg = aggregateInfluence(ROWS);
    expect(rows).toHaveLength(agg.settings.reduce((a, s) => a + s.sources.length, 0));
    for (const s of agg.settings)
      for (const src of s.sources) {
        const r = rows.find(
          (x) => settingOf(x) === `${s.target}/${s.depth}/${s.n}` && x.source === src.source,
        )!;
        for (const m of INFLUENCE_METRICS) expectSameShare(r[m], src[m]);
        expect([r.solver, r.cutoff, r.rank, r.seeds]).toEqual([
          src.solver,
          src.cutoff,
          src.rank,
          src.top1Match.n,
        ]);
        expect(r.training).toBe(MODELS.get(src.source)!.training.kind);
      }
    // trainTop1Match sits near 1: its t-interval over 3 seeds crosses 100%, and both paths clip it there.
    const digits = agg.settings.find((s) => s.target === 'digits')!.sources[0]!;
    expect(digits.trainTop1Match.mean).toBeLessThan(1);
    expect([digits.trainTop1Match.high, (rows[0]!.trainTop1Match as { high: number }).high]).toEqual([1, 1]);
    // 'mixed' where seed 2 used the scalable solver; the rank is the rounded mean (20, 21, 22).
    expect([rows[0]!.solver, rows[0]!.rank]).toEqual(['mixed', 21]);
  });

  it('summary: test accuracy is the mean over seeds with mean ± t(0.975, n-1)·sd/√n, computed here', () => {
    const r = table('summary').find((x) => x.target === 'fm' && x.source === ROBUST)!;
    const v = ROWS.filter((x) => x.config.target === 'fm' && x.config.source === ROBUST).map(
      (x) => x.metrics.testAccuracy!,
    );
    const mean = (v[0]! + v[1]!) / 2;
    const half = jStat.studentt.inv(0.975, 1) * (Math.abs(v[0]! - v[1]!) / Math.SQRT2 / Math.SQRT2);
    const got = r.testAccuracy as { mean: number; low: number; high: number; n: number };
    expect(got.mean).toBeCloseTo(mean, 12);
    expect(got.low).toBeCloseTo(Math.max(0, mean - half), 12);
    expect(got.high).toBeCloseTo(Math.min(1, mean + half), 12);
    expect(got.n).toBe(2);
  });

  it('deltas: baseline from training.kind (natural source whose id lacks "natural"), equal to the aggregate’s', () => {
    const rows = table('deltas');
    expect(new Set(rows.map((r) => r.baseline))).toEqual(new Set([NATURAL]));
    // The aggregate sees no model records and guesses no baseline from an id: none named, no deltas.
    expect(aggregateInfluence(ROWS).settings.flatMap((s) => s.deltas)).toEqual([]);
    const agg = aggregateInfluence(ROWS, { baseline: NATURAL });
    const want = agg.settings.flatMap((s) =>
      s.deltas.map((d) => ({ ...d, setting: `${s.target}/${s.depth}/${s.n}` })),
    );
    expect(rows).toHaveLength(want.length);
    for (const d of want) {
      const r = rows.find(
        (x) => settingOf(x) === d.setting && x.source === d.source && x.metric === d.metric,
      )!;
      const delta = r.delta as { mean: number; low: number | null; high: number | null; n: number };
      expect(delta.mean).toBeCloseTo(d.delta.mean, 12);
      expect([delta.low, delta.high, r.pValue, delta.n]).toEqual([
        d.delta.low,
        d.delta.high,
        d.pValue,
        d.delta.n,
      ]);
      expect(r.training).toBe(MODELS.get(d.source)!.training.kind);
    }
  });

  it('deltas: a named baseline wins; a paired difference checked by hand; a baseline not in the run is refused', () => {
    const rows = table('deltas', { baseline: ROBUST }).filter(
      (r) => r.target === 'fm' && r.metric === 'top1Match',
    );
    expect(rows.map((r) => [r.source, r.baseline])).toEqual([[NATURAL, ROBUST]]);
    const fig = (source: string, seed: number) =>
      ROWS.find((x) => x.config.target === 'fm' && x.config.source === source && x.config.seed === seed)!
        .metrics.top1Match!;
    const diffs = [0, 1].map((seed) => fig(NATURAL, seed) - fig(ROBUST, seed));
    const mean = (diffs[0]! + diffs[1]!) / 2;
    const half = jStat.studentt.inv(0.975, 1) * (Math.abs(diffs[0]! - diffs[1]!) / 2);
    const t = mean / (Math.abs(diffs[0]! - diffs[1]!) / 2);
    const delta = rows[0]!.delta as { mean: number; low: number; high: number; n: number };
    expect(delta.mean).toBeCloseTo(mean, 12);
    expect(delta.low).toBeCloseTo(mean - half, 10);
    expect(delta.high).toBeCloseTo(mean + half, 10);
    expect(rows[0]!.pValue as number).toBeCloseTo(2 * (1 - jStat.studentt.cdf(Math.abs(t), 1)), 10);
    // Bad input on options.baseline (the server answers it as such), naming the run's sources.
    const refused = (() => {
      try {
        table('deltas', { baseline: 'nope' });
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(TableOptionError);
    expect(refused).toMatchObject({
      field: 'baseline',
      message:
        "baseline 'nope' has no results in this run; sources: natural-looking-l2-3, resnet50-linf-4, resnet50-plain",
    });
    // No natural source by model record, none named: no deltas (never a guess from an id).
    const robustOnly = new Map(
      [...MODELS].map(([id, m]) => [id, { ...m, training: { kind: 'adversarial' as const } }]),
    );
    expect(table('deltas', {}, ROWS, robustOnly)).toEqual([]);
  });

  it('match-curves: per rank the aggregate’s test and train curves, with the seeds each rank has', () => {
    const rows = table('match-curves');
    for (const s of aggregateInfluence(ROWS).settings)
      for (const src of s.sources) {
        const mine = rows.filter(
          (x) => settingOf(x) === `${s.target}/${s.depth}/${s.n}` && x.source === src.source,
        );
        expect(mine.map((x) => x.rank)).toEqual(src.matchByRank.map((p) => p.rank));
        src.matchByRank.forEach((p, k) => expectSameShare(mine[k]!.testMatch, p.share));
        src.trainMatchByRank.forEach((p, k) => expectSameShare(mine[k]!.trainMatch, p.share));
        if (src.trainMatchByRank.length === 0) expect(mine.every((x) => x.trainMatch === null)).toBe(true);
      }
    // Seed 1 stored 4 ranks: ranks 5 and 6 are over 2 seeds.
    const digits = rows.filter((x) => x.target === 'digits' && x.source === NATURAL);
    expect(digits.map((x) => (x.testMatch as { n: number }).n)).toEqual([3, 3, 3, 3, 2, 2]);
  });

  it('gallery: per trial and test image, galleryOf’s helpful and harmful images, from the dataset the images come from', () => {
    const rows = table('gallery');
    const trials = ROWS.filter((r) => influenceDetails(r.details));
    expect(rows).toHaveLength(trials.length * 4 * 2 * GALLERY_K);
    for (const r of trials) {
      const d = influenceDetails(r.details)!;
      const dataset = datasetKey(r.config.dataset as DatasetSpec);
      for (const testIndex of d.testIndices) {
        const g = galleryOf(d, testIndex, GALLERY_K)!;
        const mine = rows.filter(
          (x) =>
            settingOf(x) === settingOf(r.config) &&
            x.source === r.config.source &&
            x.seed === r.config.seed &&
            x.testIndex === testIndex,
        );
        for (const direction of ['helpful', 'harmful'] as const) {
          const list = mine.filter((x) => x.direction === direction);
          expect(list.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
          expect(
            list.map((x) => ({
              index: (x.trainImage as { index: number }).index,
              label: x.trainLabel,
              score: x.score,
            })),
          ).toEqual(g[direction]);
          expect(list.map((x) => x.sameClass)).toEqual(
            g[direction].map((h) => (h.label === g.label ? 'yes' : 'no')),
          );
          // Relative: the score over the root of the training image's self-influence.
          for (const x of list) {
            const self = d.selfInfluence[d.trainIndices.indexOf((x.trainImage as { index: number }).index)]!;
            expect(x.relative as number).toBeCloseTo((x.score as number) / Math.sqrt(self), 4);
          }
        }
        for (const x of mine) {
          expect(x.testImage).toEqual({ dataset, split: 'test', index: testIndex });
          expect((x.trainImage as { dataset: string; split: string }).split).toBe('train');
          expect((x.trainImage as { dataset: string }).dataset).toBe(dataset);
          expect([x.label, x.predicted]).toEqual([g.label, g.predicted]);
        }
      }
    }
    expect(new Set(rows.map((x) => (x.testImage as { dataset: string }).dataset))).toEqual(
      new Set(['mnist', datasetKey(VIEW)]),
    );
    // Test images in index order within a trial.
    expect([...new Set(rows.slice(0, 4 * 2 * GALLERY_K).map((x) => x.testIndex))]).toEqual([2, 5, 9, 14]);
  });

  it('evidence: per test image and trial, the prediction and the top helpful and harmful image (galleryOf, take 1)', () => {
    const rows = table('evidence');
    const trials = ROWS.filter((r) => influenceDetails(r.details));
    expect(rows).toHaveLength(trials.length * 4);
    for (const r of trials) {
      const d = influenceDetails(r.details)!;
      const dataset = datasetKey(r.config.dataset as DatasetSpec);
      for (const index of d.testIndices) {
        const g = galleryOf(d, index, 1)!;
        const x = rows.find(
          (y) =>
            settingOf(y) === settingOf(r.config) &&
            y.source === r.config.source &&
            y.seed === r.config.seed &&
            (y.image as { index: number }).index === index,
        )!;
        expect(x.image).toEqual({ dataset, split: 'test', index });
        expect([x.label, x.predicted, x.correct]).toEqual([
          g.label,
          g.predicted,
          g.predicted === g.label ? 'yes' : 'no',
        ]);
        expect([x.helpful, x.helpfulLabel, x.helpfulScore]).toEqual([
          { dataset, split: 'train', index: g.helpful[0]!.index },
          g.helpful[0]!.label,
          g.helpful[0]!.score,
        ]);
        expect([x.harmful, x.harmfulLabel, x.harmfulScore]).toEqual([
          { dataset, split: 'train', index: g.harmful[0]!.index },
          g.harmful[0]!.label,
          g.harmful[0]!.score,
        ]);
        expect(x.training).toBe(MODELS.get(String(r.config.source))!.training.kind);
      }
    }
  });

  it('every table is empty for a run without results, and a source without a model record reads unknown', () => {
    for (const name of Object.keys(outputs.tables)) expect(table(name, {}, [])).toEqual([]);
    const rows = table('summary', {}, ROWS, new Map());
    expect(new Set(rows.map((r) => r.training))).toEqual(new Set(['unknown']));
  });
});
