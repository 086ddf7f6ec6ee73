import type { ResultRow } from '@transferlab/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateInfluence } from '../src/influence/aggregate';
import { galleryOf, influenceDetails } from '../src/influence/details';
import { influence } from '../src/influence/influence';
import { influenceParams } from '../src/influence/params';
import { mnistZooContext, type MnistZoo } from './mnist-zoo-context';

const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';

/** Influence trials through the real engine: zoo sources fine-tuned (depth 0) on 120 MNIST images. */
describe('influence on the zoo (real engine)', () => {
  let zoo: MnistZoo;
  const rows: ResultRow[] = [];

  beforeAll(async () => {
    zoo = await mnistZooContext();
    const ctx = zoo.ctx;
    const params = influenceParams.parse({ sources: [NATURAL, ROBUST], targets: ['mnist'], n: [120], depths: [0], seeds: [0, 1], epochs: 4, batchSize: 16, testImages: 20, trainTargets: 30, topK: 20, galleryK: 5 });
    for (const trial of influence.expand(params)) {
      const r = await influence.run(trial, ctx);
      rows.push({ config: trial.config, metrics: r.metrics, series: r.series ?? null, details: r.details ?? null, provider: 'cpu' });
    }
  }, 120_000);

  afterAll(async () => {
    await zoo?.engine.close();
  });

  it('stores summary figures, per-rank curves and compact galleries per test image', () => {
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      for (const m of ['top1Match', 'top5AtLeast3', 'trainTop1Match', 'trainTop5AtLeast3', 'testAccuracy']) expect(r.metrics[m]).toBeGreaterThanOrEqual(0);
      expect(r.metrics.params).toBe(65 * 10);
      expect(r.series).toHaveLength(20);
      const d = influenceDetails(r.details)!;
      expect(d.solver).toBe('exact');
      expect(d.cutoff).toBe(0.05);
      expect(d.rank).toBeGreaterThan(0);
      expect(d.testIndices).toHaveLength(20);
      expect(d.trainIndices).toHaveLength(120);
      expect(d.helpful.every((l) => l.length === 5)).toBe(true);
      // Helpful lists are the largest scores, best first; harmful the smallest; self-influence is g . H+ . g >= 0.
      for (let t = 0; t < 20; t++) {
        const [h, b] = [d.helpfulScores[t]!, d.harmfulScores[t]!];
        expect([...h].sort((x, y) => y - x)).toEqual(h);
        expect([...b].sort((x, y) => x - y)).toEqual(b);
        expect(h[0]!).toBeGreaterThan(b[0]!);
      }
      expect(d.selfInfluence.every((s) => s >= -1e-9)).toBe(true);
      const g = galleryOf(d, d.testIndices[3]!, 3)!;
      expect(g.helpful).toHaveLength(3);
      expect(d.trainIndices).toContain(g.helpful[0]!.index);
    }
  });

  it('the same (target, n, seed) sees the same training and test images under every source', () => {
    const d = rows.map((r) => influenceDetails(r.details)!);
    expect(d[0]!.trainIndices).toEqual(d[2]!.trainIndices);
    expect(d[0]!.testIndices).toEqual(d[3]!.testIndices);
    expect(d[0]!.trainIndices).not.toEqual(d[1]!.trainIndices);
  });

  it('aggregates over seeds with deltas against the named baseline', () => {
    expect(aggregateInfluence(rows).settings[0]!.deltas).toEqual([]);
    const agg = aggregateInfluence(rows, { baseline: NATURAL });
    expect(agg.settings).toHaveLength(1);
    const s = agg.settings[0]!;
    expect(s.sources.map((x) => x.source)).toEqual([ROBUST, NATURAL]);
    expect(s.sources[0]!.top1Match.n).toBe(2);
    expect(s.sources[0]!.matchByRank).toHaveLength(20);
    expect(s.deltas.map((x) => `${x.source}-${x.baseline}:${x.metric}`)).toEqual(['top1Match', 'top5AtLeast3', 'trainTop1Match', 'trainTop5AtLeast3'].map((m) => `${ROBUST}-${NATURAL}:${m}`));
    expect(aggregateInfluence(rows, { baseline: ROBUST }).settings[0]!.deltas[0]!.source).toBe(NATURAL);
  });
});
