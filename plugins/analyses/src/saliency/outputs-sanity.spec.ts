import { computeTable, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { jStat } from 'jstat';
import { describe, expect, it } from 'vitest';
import type { SaliencyDetails } from './details';
import { saliencyOutputs } from './outputs';

const models = new Map<string, ModelFacts>([
  ['nat', { id: 'nat', training: { kind: 'natural' }, metrics: {} }],
  ['rob', { id: 'rob', training: { kind: 'adversarial', norm: 'L2', eps: 3 }, metrics: {} }],
]);

/** A trial's row with hand-set figures: 4 images, 'gradient' only, a 2-step cascade, 2-step deletion curves. */
function row(
  source: string,
  f: {
    pointing: (number | null)[];
    mass: number[];
    rank: number[];
    rho: number[][];
    curves: number[][];
    random: number[][];
  },
): ResultRow {
  const indices = [5, 1, 8, 3];
  const details: SaliencyDetails = {
    indices,
    labels: [0, 1, 0, 1],
    predicted: [0, 1, 1, 1],
    areaShare: [0.2, 0.3, 0.25, 0.25],
    methods: ['gradient'],
    ratio: { gradient: f.mass.map((m) => m / 0.25) },
    massShare: { gradient: f.mass },
    maps: {},
    completeness: null,
    pointing: { gradient: f.pointing },
    rankAccuracy: { gradient: f.rank },
    deletion: { steps: 2, curves: { gradient: f.curves, random: f.random } },
    // Insertion: the deletion curves reversed (a stand-in with known areas).
    insertion: {
      steps: 2,
      curves: {
        gradient: f.curves.map((c) => [...c].reverse()),
        random: f.random.map((c) => [...c].reverse()),
      },
    },
    randomisation: { depths: [0, 1, 'all'], indices: [5, 1, 8], seed: 0, rho: { gradient: f.rho } },
    transfer: null,
  };
  return {
    config: { source, datasetName: 'mnist' },
    metrics: {},
    series: null,
    details: details as unknown as Record<string, unknown>,
    provider: 'cpu',
  };
}

const rows = [
  row('nat', {
    pointing: [1, 0, 1, null],
    mass: [0.5, 0.4, 0.6, 0.3],
    rank: [0.5, 0.25, 0.75, 0.5],
    rho: [
      [0.2, 0.1, 0.3],
      [0.9, 0.8, 0.7],
      [0.6, 0.5, 0.4],
    ],
    curves: [
      [1, 0.5, 0],
      [0.8, 0.4, 0.2],
      [1, 1, 0],
      [0.6, 0.2, 0.2],
    ],
    random: [
      [1, 0.9, 0],
      [0.8, 0.8, 0.2],
      [1, 1, 0],
      [0.6, 0.5, 0.2],
    ],
  }),
  row('rob', {
    pointing: [1, 1, 1, 0],
    mass: [0.7, 0.5, 0.6, 0.5],
    rank: [0.75, 0.5, 0.75, 0.25],
    rho: [
      [0.1, 0.0, 0.2],
      [0.3, 0.1, 0.2],
      [0.0, 0.1, 0.0],
    ],
    curves: [
      [1, 0.2, 0],
      [0.8, 0.2, 0.2],
      [1, 0.5, 0],
      [0.6, 0.1, 0.2],
    ],
    random: [
      [1, 0.9, 0],
      [0.8, 0.8, 0.2],
      [1, 1, 0],
      [0.6, 0.5, 0.2],
    ],
  }),
];

/** A computed table's rows; the cells read are intervals, numbers and text. */
type Cells = Readonly<Record<string, unknown>>;
interface Interval {
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}
const compute = (name: string, options: Record<string, unknown> = {}): Cells[] =>
  computeTable(name, saliencyOutputs.tables[name]!, {
    rows,
    options: saliencyOutputs.options!.parse(options),
    models,
  });

/** Mean and 95% Student-t bounds, from the definition. */
function tInterval(xs: number[]): { mean: number; low: number; high: number; n: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const half = jStat.studentt.inv(0.975, n - 1) * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half, n };
}

const expectInterval = (
  cell: unknown,
  want: { mean: number; low: number; high: number; n: number },
): void => {
  if (!cell) throw new Error('no interval');
  const got = cell as Interval;
  expect(got.n).toBe(want.n);
  expect(got.mean).toBeCloseTo(want.mean, 12);
  expect(got.low).toBeCloseTo(want.low, 12);
  expect(got.high).toBeCloseTo(want.high, 12);
};

describe('sanity, localisation and faithfulness tables', () => {
  it('sanity: the deciding step is depth 1; the natural source fails (mean 0.8 > 0.5) and is flagged, the robust one passes', () => {
    const got = compute('sanity');
    const nat = got.find((r) => r.source === 'nat')!;
    const rob = got.find((r) => r.source === 'rob')!;
    expectInterval(nat.correlation, tInterval([0.9, 0.8, 0.7]));
    expect(nat).toMatchObject({
      verdict: 'fail',
      layers: 'final layer + last 1 block',
      images: 3,
      training: 'natural',
    });
    expect(nat.flag).toMatch(/fails: maps survive re-drawing \(mean ρ 0\.80 > 0\.5\)/);
    expect(rob).toMatchObject({ verdict: 'pass', flag: null });
    const steps = compute('randomisation').filter((r) => r.source === 'nat');
    expect(steps.map((r) => [r.step, r.layers])).toEqual([
      [1, 'final layer'],
      [2, 'final layer + last 1 block'],
      [3, 'all layers'],
    ]);
    expectInterval(steps[2]!.correlation, tInterval([0.6, 0.5, 0.4]));
  });

  it('localisation: mean with interval over the images with a defined score', () => {
    const nat = compute('localisation').find((r) => r.source === 'nat')!;
    expectInterval(nat.pointing, {
      ...tInterval([1, 0, 1]),
      low: Math.max(0, tInterval([1, 0, 1]).low),
      high: 1,
    });
    expectInterval(nat.massAccuracy, tInterval([0.5, 0.4, 0.6, 0.3]));
    expectInterval(nat.rankAccuracy, tInterval([0.5, 0.25, 0.75, 0.5]));
    expect(nat.areaShare).toBeCloseTo(0.25, 12);
  });

  it('faithfulness: trapezoid areas per image, against the random order, and their paired difference', () => {
    const area = (c: number[]): number => (c[0]! / 2 + c[1]! + c[2]! / 2) / 2;
    const curves = [
      [1, 0.5, 0],
      [0.8, 0.4, 0.2],
      [1, 1, 0],
      [0.6, 0.2, 0.2],
    ];
    const random = [
      [1, 0.9, 0],
      [0.8, 0.8, 0.2],
      [1, 1, 0],
      [0.6, 0.5, 0.2],
    ];
    const nat = compute('faithfulness').find((r) => r.source === 'nat')!;
    expectInterval(nat.deletionAuc, tInterval(curves.map(area)));
    expectInterval(nat.randomAuc, tInterval(random.map(area)));
    expectInterval(nat.gain, tInterval(random.map((c, i) => area(c) - area(curves[i]!))));
    expect(nat.steps).toBe(2);
    // Reversed curves have the same areas; the insertion gain is map minus random.
    expectInterval(nat.insertionAuc, tInterval(curves.map(area)));
    expectInterval(nat.insertionGain, tInterval(curves.map((c, i) => area(c) - area(random[i]!))));
    const curve = compute('deletion-curve').filter(
      (r) => r.source === 'nat' && r.order === 'gradient' && r.curve === 'deletion',
    );
    expect(
      compute('deletion-curve').filter((r) => r.source === 'nat' && r.curve === 'insertion'),
    ).toHaveLength(6);
    expect(curve.map((r) => r.deleted)).toEqual([0, 0.5, 1]);
    // A probability's bounds are clipped to [0, 1].
    const p = tInterval([0.5, 0.4, 1, 0.2]);
    expect(p.low).toBeLessThan(0);
    expect(p.high).toBeGreaterThan(1);
    expectInterval(curve[1]!.probability, { ...p, low: 0, high: 1 });
  });

  it("figure deltas: robust minus natural paired by test image, the differences' own interval in the figure's unit", () => {
    const got = compute('figure-deltas');
    const by = (figure: string) => got.find((r) => r.figure === figure && r.source === 'rob')!;
    expect(new Set(got.map((r) => r.baseline))).toEqual(new Set(['nat']));
    expectInterval(by('massAccuracy').delta, tInterval([0.2, 0.1, 0, 0.2]));
    expectInterval(by('rankAccuracy').delta, tInterval([0.25, 0.25, 0, -0.25]));
    // Pointing: the fourth image has no natural score, so three pairs.
    expectInterval(by('pointing').delta, tInterval([0, 1, 0]));
    // Randomisation: the three tested images at the deciding step.
    expectInterval(by('randomisationCorrelation').delta, tInterval([0.3 - 0.9, 0.1 - 0.8, 0.2 - 0.7]));
    const area = (c: number[]): number => (c[0]! / 2 + c[1]! + c[2]! / 2) / 2;
    const nat = [
      [1, 0.5, 0],
      [0.8, 0.4, 0.2],
      [1, 1, 0],
      [0.6, 0.2, 0.2],
    ];
    const rob = [
      [1, 0.2, 0],
      [0.8, 0.2, 0.2],
      [1, 0.5, 0],
      [0.6, 0.1, 0.2],
    ];
    expectInterval(by('deletionAuc').delta, tInterval(rob.map((c, i) => area(c) - area(nat[i]!))));
    expectInterval(by('insertionAuc').delta, tInterval(rob.map((c, i) => area(c) - area(nat[i]!))));
    // A named baseline turns the sign.
    const flipped = compute('figure-deltas', { baseline: 'rob' }).find((r) => r.figure === 'massAccuracy')!;
    expect((flipped.delta as Interval).mean).toBeCloseTo(-0.125, 12);
  });
});
