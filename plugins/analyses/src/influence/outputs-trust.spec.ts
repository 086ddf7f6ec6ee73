import { computeTable, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { jStat } from 'jstat';
import { describe, expect, it } from 'vitest';
import type { InfluenceDetails } from './details';
import { influence } from './influence';

const NATURAL = 'plain';
const ROBUST = 'l2-3';
const MODELS = new Map<string, ModelFacts>([
  [NATURAL, { id: NATURAL, training: { kind: 'natural' }, metrics: {} }],
  [ROBUST, { id: ROBUST, training: { kind: 'adversarial', norm: 'L2', eps: 3 }, metrics: {} }],
]);
const TEST = [5, 6, 7];
const TRAIN = [10, 11, 12, 13, 14, 15];

/** Top-2 helpful positions per test image and seed (hand-chosen so the overlaps are known). */
const HELPFUL: Record<string, number[][][]> = {
  // The natural source picks the same images under every seed.
  [NATURAL]: [0, 1, 2].map(() => [
    [0, 1],
    [2, 3],
    [4, 5],
  ]),
  [ROBUST]: [
    [
      [0, 1],
      [2, 3],
      [4, 5],
    ],
    [
      [0, 2],
      [2, 3],
      [5, 4],
    ],
    [
      [3, 4],
      [3, 2],
      [4, 0],
    ],
  ],
};
const LDS: Record<string, number[]> = { [NATURAL]: [0.2, 0.3, 0.1], [ROBUST]: [0.5, 0.4, 0.45] };

function row(source: string, seed: number, withTrust = true): ResultRow {
  const details: InfluenceDetails & { lds?: unknown } = {
    solver: 'exact',
    method: 'pinv',
    cutoff: 0.05,
    rank: 10,
    testIndices: TEST,
    testLabels: [0, 1, 0],
    predicted: [0, 1, 1],
    trainIndices: TRAIN,
    trainLabels: [0, 1, 0, 1, 0, 1],
    helpful: HELPFUL[source]![seed]!,
    helpfulScores: TEST.map(() => [2, 1]),
    harmful: TEST.map(() => [5, 4]),
    harmfulScores: TEST.map(() => [-1, -2]),
    selfInfluence: TRAIN.map(() => 1),
    ...(withTrust
      ? { lds: { perTest: [LDS[source]![seed]!, null, LDS[source]![seed]! * 2], models: 4, fraction: 0.5 } }
      : {}),
  };
  return {
    config: { source, target: 'mnist', dataset: 'mnist', depth: 0, n: 6, seed },
    metrics: {
      top1Match: 0.5,
      top5AtLeast3: 0.5,
      trainTop1Match: 0.5,
      trainTop5AtLeast3: 0.5,
      ...(withTrust
        ? {
            lds: LDS[source]![seed]!,
            ldsLow: LDS[source]![seed]! - 0.1,
            ldsHigh: LDS[source]![seed]! + 0.1,
            ldsTestImages: 2,
            ldsModels: 4,
          }
        : {}),
      ...(withTrust && source === NATURAL
        ? { fidelityPearson: 0.9 + seed / 100, fidelityTopBeatsRandom: 1 }
        : {}),
    },
    series: [],
    details: details as unknown as Record<string, unknown>,
    provider: 'cpu',
  };
}

const ROWS = [NATURAL, ROBUST].flatMap((s) => [0, 1, 2].map((seed) => row(s, seed)));
const outputs = influence.outputs!;
const trust = (rows: ResultRow[], options: Record<string, unknown> = {}) =>
  computeTable('trust', outputs.tables.trust!, {
    rows,
    options: outputs.options!.parse(options),
    models: MODELS,
  });

const t95 = (df: number) => jStat.studentt.inv(0.975, df);
const sd = (v: number[]) => {
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / (v.length - 1));
};

describe('influence trust table', () => {
  it('LDS: mean over seeds with its t-interval, per image, and the paired delta against the natural source', () => {
    const rows = trust(ROWS);
    // Sources in id order, as every influence table orders them.
    expect(rows.map((r) => r.source)).toEqual([ROBUST, NATURAL]);
    const r = rows.find((x) => x.source === ROBUST)!;
    const lds = r.lds as { mean: number; low: number; high: number; n: number };
    expect(lds.mean).toBeCloseTo(0.45, 12);
    expect(lds.high - lds.mean).toBeCloseTo((t95(2) * sd(LDS[ROBUST]!)) / Math.sqrt(3), 12);
    expect(lds.n).toBe(3);
    // Per image: 0.5, 1.0, 0.4, 0.8, 0.45, 0.9 (the nulls left out).
    expect((r.ldsImages as { mean: number; n: number }).n).toBe(6);
    expect((r.ldsImages as { mean: number }).mean).toBeCloseTo((0.45 * 3) / 6 + (0.9 * 3) / 6, 12);
    const diffs = LDS[ROBUST]!.map((v, i) => v - LDS[NATURAL]![i]!);
    const d = r.ldsDelta as { mean: number; low: number; high: number; n: number };
    expect(d.mean).toBeCloseTo(0.25, 12);
    expect(d.high - d.mean).toBeCloseTo((t95(2) * sd(diffs)) / Math.sqrt(3), 12);
    const tStat = d.mean / (sd(diffs) / Math.sqrt(3));
    expect(r.ldsPValue).toBeCloseTo(2 * (1 - jStat.studentt.cdf(Math.abs(tStat), 2)), 12);
    expect(r.baseline).toBe(NATURAL);
    const nat = rows.find((x) => x.source === NATURAL)!;
    expect([nat.ldsDelta, nat.ldsPValue, nat.stabilityDelta]).toEqual([null, null, null]);
  });

  it('stability: the hand-computed top-2 overlaps over seed pairs, the chance level and the paired delta', () => {
    const rows = trust(ROWS);
    const nat = rows.find((x) => x.source === NATURAL)!;
    const rob = rows.find((x) => x.source === ROBUST)!;
    expect(nat.stability).toMatchObject({ mean: 1, n: 3 });
    // Test 5: pairs 1/2, 0, 0; test 6: 1, 1, 1; test 7: 1, 1/2, 1/2.
    const perImage = [1 / 6, 1, 2 / 3];
    const s = rob.stability as { mean: number; low: number; high: number; n: number };
    expect(s.mean).toBeCloseTo(11 / 18, 12);
    expect(s.high).toBeCloseTo(Math.min(1, 11 / 18 + (t95(2) * sd(perImage)) / Math.sqrt(3)), 12);
    // Every image is shared: chance k / 6.
    expect([rob.stabilityChance, rob.stabilityK, rob.sharedImages]).toEqual([2 / 6, 2, 1]);
    const d = rob.stabilityDelta as { mean: number; n: number };
    expect(d.mean).toBeCloseTo(11 / 18 - 1, 12);
    expect(d.n).toBe(3);
  });

  it('fidelity where the trials computed it; no rows where nothing is known', () => {
    const rows = trust(ROWS);
    expect(rows.find((x) => x.source === NATURAL)!.fidelity).toMatchObject({ n: 3 });
    expect((rows.find((x) => x.source === NATURAL)!.fidelity as { mean: number }).mean).toBeCloseTo(0.91, 12);
    expect(rows.find((x) => x.source === ROBUST)!.fidelity).toBeNull();
    // One seed and no LDS: no stability either.
    expect(trust([row(NATURAL, 0, false), row(ROBUST, 0, false)])).toEqual([]);
    // Stability alone needs no trust params: two seeds of stored galleries suffice.
    const plain = trust([0, 1].flatMap((seed) => [row(NATURAL, seed, false), row(ROBUST, seed, false)]));
    expect(plain.map((r) => [r.source, r.lds, (r.stability as { n: number }).n])).toEqual([
      [ROBUST, null, 3],
      [NATURAL, null, 3],
    ]);
  });

  it('trust-trials: each trial’s own LDS interval over its test images and its fidelity', () => {
    const rows = computeTable('trust-trials', outputs.tables['trust-trials']!, {
      rows: ROWS,
      options: {},
      models: MODELS,
    });
    expect(rows).toHaveLength(6);
    const r = rows.find((x) => x.source === NATURAL && x.seed === 1)!;
    expect(r.lds).toEqual({ mean: 0.3, low: 0.3 - 0.1, high: 0.3 + 0.1, n: 2 });
    expect([r.ldsModels, r.fidelity, r.fidelityTopBeatsRandom, r.training]).toEqual([4, 0.91, 1, 'natural']);
    expect(rows.find((x) => x.source === ROBUST)!.fidelity).toBeNull();
    expect(
      computeTable('trust-trials', outputs.tables['trust-trials']!, {
        rows: [row(NATURAL, 0, false)],
        options: {},
        models: MODELS,
      }),
    ).toEqual([]);
  });

  it('stability at a smaller k (options.stabilityK): only the first image of each list', () => {
    const rows = trust(ROWS, { stabilityK: 1 });
    const rob = rows.find((x) => x.source === ROBUST)!;
    // Top 1 per seed: test 5: 10, 10, 13 -> pairs 1, 0, 0; test 6: 12, 12, 13 -> 1, 0, 0; test 7: 14, 15, 14 -> 0, 1, 0.
    expect(rob.stabilityK).toBe(1);
    expect((rob.stability as { mean: number }).mean).toBeCloseTo(1 / 3, 12);
    expect(rob.stabilityChance).toBeCloseTo(1 / 6, 12);
    // More than stored is what is stored.
    expect(trust(ROWS, { stabilityK: 50 })[0]!.stabilityK).toBe(2);
    expect(outputs.options!.safeParse({ stabilityK: 0 }).success).toBe(false);
    expect(outputs.options!.safeParse({ stabilityK: 101 }).success).toBe(false);
  });
});
