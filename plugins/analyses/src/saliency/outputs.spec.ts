import {
  computeTable,
  datasetKey,
  outputsProblems,
  TableOptionError,
  type ModelFacts,
  type OutputTable,
  type ResultRow,
  type z,
} from '@transferlab/sdk';
import { jStat } from 'jstat';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { aggregateSaliency } from './aggregate';
import { saliencyDetails, saliencyImage, type SaliencyDetails } from './details';
import { heatmapPng, heatPixels } from './heatmap';
import { saliencyOutputs } from './outputs';
import { deltasTable } from './outputs-deltas';
import { disagreementTable } from './outputs-disagreement';
import { evidenceTable } from './outputs-evidence';
import { mapsTable } from './outputs-maps';
import type { SaliencyMethod } from './params';
import { saliency } from './saliency';

/** mulberry32: a seeded stream, so the fixture is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [H, W] = [4, 5];
const KEPT = 3;

// 'zoo-plain' is the natural source (its record says so) though its id lacks 'natural';
// 'natural-looking' is adversarial, and is what the aggregate's name rule picks.
const models = new Map<string, ModelFacts>([
  ['zoo-plain', { id: 'zoo-plain', training: { kind: 'natural' }, metrics: {} }],
  [
    'natural-looking',
    { id: 'natural-looking', training: { kind: 'adversarial', norm: 'L2', eps: 3 }, metrics: {} },
  ],
  [
    'zoo-linf',
    { id: 'zoo-linf', training: { kind: 'adversarial', norm: 'Linf', eps: 4 / 255 }, metrics: {} },
  ],
]);

/** Raw [H, W] maps behind each stored PNG, by `dataset/source/kind/position`. */
type RawMaps = Map<string, { map: Float32Array; signed: boolean }>;

async function trialRow(
  dataset: string,
  source: string,
  seed: number,
  methods: readonly SaliencyMethod[],
  transfer: SaliencyDetails['transfer'],
  raw: RawMaps,
): Promise<ResultRow> {
  const rnd = random(seed);
  // The subset is the same for every source of a dataset (a stratified order of seed 0).
  const indices = [7, 3, 11, 0, 5, 9, 2, 14, 6, 1];
  const n = indices.length;
  const labels = indices.map((i) => i % 3);
  const predicted = labels.map((l) => (rnd() < 0.7 ? l : (l + 1) % 3));
  const scores = (): (number | null)[] =>
    indices.map(() => (rnd() < 0.1 ? null : Math.round(400 * rnd()) / 100));
  const ratio: Record<string, (number | null)[]> = {};
  const massShare: Record<string, (number | null)[]> = {};
  const maps: Record<string, string[]> = {};
  const keep = async (kind: string, at: number, map: Float32Array, signed: boolean): Promise<void> => {
    (maps[kind] ??= []).push(await heatmapPng(map, H, W, signed));
    raw.set(`${dataset}/${source}/${kind}/${at}`, { map, signed });
  };
  for (const m of methods) {
    ratio[m] = scores();
    // Integrated gradients' mass share on 3 images near 1: its 95% interval passes 1 and is clipped.
    massShare[m] =
      m === 'integrated-gradients'
        ? indices.map((_, i) => [0.99, 1, 0.6][i] ?? null)
        : indices.map(() => (rnd() < 0.1 ? null : rnd()));
    for (let at = 0; at < KEPT; at++) {
      const map = Float32Array.from({ length: H * W }, () => 2 * rnd() - 1);
      await keep(m, at, map.map(Math.abs), false);
      if (m === 'gradient') await keep('gradient-signed', at, map, true);
    }
  }
  const details: SaliencyDetails = {
    indices,
    labels,
    predicted,
    areaShare: indices.map(() => 0.2 + 0.3 * rnd()),
    methods,
    ratio,
    massShare,
    maps,
    completeness: methods.includes('integrated-gradients')
      ? indices.map(() => (rnd() < 0.1 ? null : rnd() < 0.5 ? 0.02 * rnd() : 0.5 * rnd()))
      : null,
    transfer,
  };
  return {
    config: { source, datasetName: dataset },
    metrics: { images: n },
    series: null,
    details: details as unknown as Record<string, unknown>,
    provider: 'cpu',
  };
}

const SOURCES = ['zoo-plain', 'natural-looking', 'zoo-linf'];

async function fixture(): Promise<{ rows: ResultRow[]; raw: RawMaps }> {
  const raw: RawMaps = new Map();
  const rows: ResultRow[] = [];
  let seed = 1;
  for (const source of SOURCES) {
    rows.push(await trialRow('mnist', source, seed++, ['gradient', 'integrated-gradients'], null, raw));
    rows.push(
      await trialRow(
        'fashion-mnist-a',
        source,
        seed++,
        ['gradient', 'smoothgrad'],
        { n: 400, depth: 0, seed: 0, testAccuracy: 0.5 + 0.1 * seed },
        raw,
      ),
    );
  }
  // A failed trial keeps no details: every table leaves it out.
  rows.push({
    config: { source: 'zoo-linf', datasetName: 'kmnist' },
    metrics: {},
    series: null,
    details: null,
    provider: null,
  });
  return { rows, raw };
}

const table = (name: string): OutputTable => saliencyOutputs.tables[name]!;

function compute(name: string, rows: readonly ResultRow[], options: Record<string, unknown> = {}) {
  const parsed = saliencyOutputs.options!.parse(options);
  return computeTable(name, table(name), { rows, options: parsed, models });
}

/** Computed rows read with their table's row type (computeTable has just checked them against it). */
const typed = <S extends z.ZodType>(_row: S, rows: Record<string, unknown>[]): z.output<S>[] =>
  rows as z.output<S>[];

const details = (rows: readonly ResultRow[], dataset: string, source: string): SaliencyDetails =>
  saliencyDetails(rows.find((r) => r.config.datasetName === dataset && r.config.source === source)!.details)!;

describe('saliency outputs', () => {
  it('declare a page of tables over every table but the maps (the dashboard overlays those itself)', () => {
    expect(saliencyOutputs.views!.map((v) => [v.kind, v.table])).toEqual([
      ['table', 'alignment'],
      ['table', 'deltas'],
      ['table', 'sanity'],
      ['series', 'randomisation'],
      ['table', 'localisation'],
      ['table', 'faithfulness'],
      ['series', 'deletion-curve'],
      ['table', 'figure-deltas'],
      ['table', 'disagreement'],
      ['evidence', 'evidence'],
      ['evidence', 'maps'],
    ]);
    // The tables a page shows together move with one choice of dataset, setting and method (the figure deltas add the figure).
    for (const v of saliencyOutputs.views!.filter((v) => v.kind === 'table'))
      expect(v.facets).toEqual(
        v.table === 'figure-deltas' ? ['dataset', 'setting', 'method', 'figure'] : ['dataset', 'setting', 'method'],
      );
  });

  it('key images by the dataset they come from: a view with params is its datasetKey, not its run name', async () => {
    const { rows } = await fixture();
    const spec = { name: 'fashion-mnist', params: { classes: [0, 1] } };
    const viewed = rows
      .filter((r) => r.details !== null && r.config.datasetName === 'mnist')
      .map((r) => ({ ...r, config: { ...r.config, datasetName: 'two-classes', dataset: spec } }));
    for (const name of ['maps', 'evidence', 'disagreement']) {
      const got = compute(name, viewed) as { dataset: string; image: { dataset: string } }[];
      expect(got.length).toBeGreaterThan(0);
      for (const r of got) {
        expect(r.dataset).toBe('two-classes');
        expect(r.image.dataset).toBe(datasetKey(spec));
      }
    }
    // A plugin named as a plain string is its own key.
    const plain = rows.map((r) => ({ ...r, config: { ...r.config, dataset: r.config.datasetName } }));
    for (const r of compute('maps', plain) as { dataset: string; image: { dataset: string } }[])
      expect(r.image.dataset).toBe(r.dataset);
  });

  it('are well formed, set on the plugin, and take only a baseline option', () => {
    expect(saliency.outputs).toBe(saliencyOutputs);
    expect(outputsProblems(saliency.outputs)).toEqual([]);
    const options = saliencyOutputs.options!;
    expect(options.parse({ baseline: 'zoo-plain' })).toEqual({ baseline: 'zoo-plain' });
    expect(options.safeParse({ baseline: '' }).success).toBe(false);
    expect(options.safeParse({ baseline: 'x'.repeat(201) }).success).toBe(false);
    expect(options.safeParse({ method: 'gradient' }).success).toBe(false);
  });

  it('every table computes on generated rows (each row passes its schema) and skips failed trials', async () => {
    const { rows } = await fixture();
    const counts = Object.fromEntries(
      Object.keys(saliencyOutputs.tables).map((name) => [name, compute(name, rows).length]),
    );
    // 3 sources x 2 datasets x 2 methods; 2 non-baseline sources per group; kinds kept:
    // mnist gradient, signed, IG; fashion gradient, signed, smoothgrad; 3 images each.
    expect(counts.alignment).toBe(12);
    expect(counts.deltas).toBe(8);
    expect(counts.maps).toBe(3 * 2 * 3 * KEPT);
    expect(counts.evidence).toBe(3 * 2 * 10);
    expect(counts.disagreement).toBeGreaterThan(0);
    for (const t of Object.values(compute('evidence', rows))) expect(t.dataset).not.toBe('kmnist');
  });

  it('alignment: the aggregate’s intervals, accuracy and completeness, with training kind from the records', async () => {
    const { rows } = await fixture();
    const got = compute('alignment', rows);
    const agg = aggregateSaliency(rows);
    const want = agg.groups.flatMap((g) => g.sources.map((s) => ({ g, s })));
    expect(got.map((r) => [r.dataset, r.setting, r.method, r.source])).toEqual(
      want.map(({ g, s }) => [g.dataset, g.setting, g.method, s.source]),
    );
    got.forEach((r, i) => {
      const { g, s } = want[i]!;
      expect(r.alignment).toEqual(s.alignment);
      expect(r.massShare).toEqual(s.massShare);
      expect(r.accuracy).toBe(s.accuracy);
      expect(r.training).toBe(models.get(s.source)!.training.kind);
      expect(r.transferAccuracy).toBe(
        g.setting === 'source' ? null : details(rows, g.dataset, s.source).transfer!.testAccuracy,
      );
      expect([r.completeShare, r.completenessMedian, r.completenessWorst, r.completenessImages]).toEqual(
        s.completeness
          ? [
              s.completeness.withinOnePercent,
              s.completeness.median,
              s.completeness.max,
              s.completeness.images,
            ]
          : [null, null, null, null],
      );
    });
    expect(got.some((r) => r.completeShare !== null)).toBe(true);
    // Some mass-share intervals reach past 100% before clipping: the bound shown is 1.
    expect(want.some(({ s }) => s.massShare.high === 1)).toBe(true);
    expect(got.some((r) => r.setting === 'n 400, depth 0, seed 0')).toBe(true);
  });

  it('deltas: against the natural source by training.kind, equal to the aggregate told that baseline', async () => {
    const { rows } = await fixture();
    // The aggregate sees no model records: without a named baseline it takes no deltas.
    expect(aggregateSaliency(rows).groups.flatMap((g) => g.deltas)).toEqual([]);
    for (const [options, baseline] of [
      [{}, 'zoo-plain'],
      [{ baseline: 'zoo-linf' }, 'zoo-linf'],
    ] as const) {
      const got = compute('deltas', rows, options);
      const want = aggregateSaliency(rows, { baseline }).groups.flatMap((g) =>
        g.deltas.map((d) => ({
          dataset: g.dataset,
          setting: g.setting,
          method: g.method,
          source: d.source,
          training: models.get(d.source)!.training.kind,
          baseline,
          delta: d.delta,
          pValue: d.pValue,
        })),
      );
      expect(want.length).toBe(8);
      expect(got).toEqual(want);
    }
    // A baseline the run lacks is the client's bad input on options.baseline, for both tables that use one.
    for (const name of ['deltas', 'disagreement']) {
      const refused = (() => {
        try {
          compute(name, rows, { baseline: 'nope' });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(refused).toBeInstanceOf(TableOptionError);
      expect((refused as TableOptionError).field).toBe('baseline');
      expect((refused as TableOptionError).message).toBe(
        "baseline 'nope' has no results in this run; sources: natural-looking, zoo-linf, zoo-plain",
      );
    }
    // No natural record and no option: no baseline, no deltas (the id is never read).
    const none = computeTable('deltas', table('deltas'), { rows, options: {}, models: new Map() });
    expect(none).toEqual([]);
  });

  it('deltas: a hand-computed paired case', () => {
    const row = (source: string, ratios: (number | null)[], indices: number[]): ResultRow => ({
      config: { source, datasetName: 'd' },
      metrics: {},
      series: null,
      details: {
        indices,
        labels: indices.map(() => 0),
        predicted: indices.map(() => 0),
        areaShare: indices.map(() => 0.5),
        methods: ['gradient'],
        ratio: { gradient: ratios },
        massShare: { gradient: ratios.map(() => 0.5) },
        maps: {},
        completeness: null,
        transfer: null,
      },
      provider: 'cpu',
    });
    // Paired by test index, not by position: the robust trial lists its images in another order,
    // and image 9 has no baseline score. Differences: 0.5, 1, 1.
    const rows = [
      row('zoo-plain', [0.5, 1, 2, null], [1, 2, 3, 9]),
      row('zoo-linf', [3, 1, 2, 1], [3, 1, 2, 9]),
    ];
    const [d] = typed(deltasTable.row, compute('deltas', rows));
    const diffs = [0.5, 1, 1];
    const mean = 2.5 / 3;
    const sd = Math.sqrt(diffs.reduce((a, x) => a + (x - mean) ** 2, 0) / 2);
    const half = jStat.studentt.inv(0.975, 2) * (sd / Math.sqrt(3));
    const t = mean / (sd / Math.sqrt(3));
    expect(d!.source).toBe('zoo-linf');
    expect(d!.baseline).toBe('zoo-plain');
    expect(d!.delta!.n).toBe(3);
    expect(d!.delta!.mean).toBeCloseTo(mean, 12);
    expect(d!.delta!.low).toBeCloseTo(mean - half, 12);
    expect(d!.delta!.high).toBeCloseTo(mean + half, 12);
    expect(d!.pValue).toBeCloseTo(2 * (1 - jStat.studentt.cdf(t, 2)), 12);
  });

  it("maps: each stored map's picture is heatmap.ts's PNG of that map, with the image's score", async () => {
    const { rows, raw } = await fixture();
    const got = typed(mapsTable.row, compute('maps', rows));
    for (const r of got) {
      const d = details(rows, r.dataset, r.source);
      const at = d.indices.indexOf(r.index);
      const { map, signed } = raw.get(`${r.dataset}/${r.source}/${r.kind}/${at}`)!;
      expect(r.heatmap).toBe(`data:image/png;base64,${await heatmapPng(map, H, W, signed)}`);
      const png = Buffer.from(r.heatmap.slice('data:image/png;base64,'.length), 'base64');
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels]).toEqual([W, H, 4]);
      expect(Array.from(data)).toEqual(Array.from(heatPixels(map, signed)));
      const method = r.kind === 'gradient-signed' ? 'gradient' : r.kind;
      expect(r.score).toBe(d.ratio[method]![at] ?? null);
      expect(r.image).toEqual({ dataset: r.dataset, split: 'test', index: r.index });
      expect([r.label, r.predicted]).toEqual([d.labels[at], d.predicted[at]]);
    }
    // The grid's order: per dataset, setting and kind, image by image, a row per source.
    expect(got.slice(0, 4).map((r) => [r.dataset, r.kind, r.index, r.source])).toEqual([
      ['fashion-mnist-a', 'gradient', 7, 'natural-looking'],
      ['fashion-mnist-a', 'gradient', 7, 'zoo-linf'],
      ['fashion-mnist-a', 'gradient', 7, 'zoo-plain'],
      ['fashion-mnist-a', 'gradient', 3, 'natural-looking'],
    ]);
    // Facets narrow it to one image's cells.
    const cells = got.filter(
      (r) => r.dataset === 'mnist' && r.kind === 'integrated-gradients' && r.index === 3,
    );
    expect(cells.map((r) => r.source)).toEqual(['natural-looking', 'zoo-linf', 'zoo-plain']);
  });

  it('disagreement: per image, each source against the baseline paired by test index, largest |Δ| first', async () => {
    const { rows } = await fixture();
    const got = typed(disagreementTable.row, compute('disagreement', rows));
    for (const [dataset, method] of [
      ['mnist', 'gradient'],
      ['mnist', 'integrated-gradients'],
      ['fashion-mnist-a', 'smoothgrad'],
    ] as const) {
      const base = details(rows, dataset, 'zoo-plain');
      // An independent loop: each other source, each image by indexOf, largest |Δ| first.
      const want: Record<string, unknown>[] = [];
      for (const source of ['natural-looking', 'zoo-linf']) {
        const d = details(rows, dataset, source);
        d.indices.forEach((index, i) => {
          const j = base.indices.indexOf(index);
          const r = d.ratio[method]?.[i];
          const b = j >= 0 ? base.ratio[method]?.[j] : undefined;
          if (r === null || r === undefined || b === null || b === undefined) return;
          want.push({
            index,
            label: d.labels[i],
            source,
            baseline: 'zoo-plain',
            ratio: r,
            baselineRatio: b,
            predicted: d.predicted[i],
            baselinePredicted: base.predicted[j],
          });
        });
      }
      want.sort(
        (x, y) =>
          Math.abs((y.ratio as number) - (y.baselineRatio as number)) -
          Math.abs((x.ratio as number) - (x.baselineRatio as number)),
      );
      const mine = got
        .filter((r) => r.dataset === dataset && r.method === method)
        .map((r) => ({
          index: r.image.index,
          label: r.label,
          source: r.source,
          baseline: r.baseline,
          ratio: r.ratio,
          baselineRatio: r.baselineRatio,
          predicted: r.predicted,
          baselinePredicted: r.baselinePredicted,
        }));
      expect(want.length).toBeGreaterThan(10);
      expect(mine).toEqual(want);
    }
    for (const r of got) expect(r.gap).toBe(Math.abs(r.ratio! - r.baselineRatio!));
  });

  it('evidence: per image and source, what saliencyImage gives', async () => {
    const { rows } = await fixture();
    const got = typed(evidenceTable.row, compute('evidence', rows));
    for (const r of got) {
      const d = details(rows, r.dataset, r.source);
      const img = saliencyImage(d, r.index)!;
      const score = (m: SaliencyMethod): number | null =>
        img.scores.find((s) => s.method === m)?.ratio ?? null;
      expect(r.image).toEqual({ dataset: r.dataset, split: 'test', index: r.index });
      expect([r.label, r.predicted, r.areaShare]).toEqual([img.label, img.predicted, img.areaShare]);
      expect([r.gradientAlignment, r.smoothgradAlignment, r.igAlignment]).toEqual([
        score('gradient'),
        score('smoothgrad'),
        score('integrated-gradients'),
      ]);
      expect(r.igCompleteness).toBe(d.completeness?.[d.indices.indexOf(r.index)] ?? null);
      expect(r.training).toBe(models.get(r.source)!.training.kind);
    }
  });
});
