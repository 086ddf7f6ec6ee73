import { computeTable, seededRandom, type Dataset, type ResultRow } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { foregroundMasks } from './alignment';
import { IG_BASELINES, pinnedBackgroundShares, type IgBaseline } from './baselines';
import { saliencyDetails } from './details';
import { IgRecorder } from './ig-trial';
import { saliencyOutputs } from './outputs';
import { saliencyTrial } from './params';
import { runSaliency } from './run-saliency';

/**
 * A dark two-class dataset of 1x4x4 images shaped like the synthetic one (the linear model reads
 * 16 values): each image one bright pixel, anywhere, on black.
 */
function darkDataset(): Dataset {
  const make = (n: number, seed: number) => {
    const rnd = seededRandom(seed);
    const images = new Float32Array(n * 16);
    const labels = Int32Array.from({ length: n }, (_, i) => i % 2);
    for (let i = 0; i < n; i++) images[i * 16 + (Math.floor(rnd() * 16) % 16)] = 0.5 + 0.5 * rnd();
    return { images, labels };
  };
  const data = { train: make(32, 1), test: make(8, 2) };
  return {
    name: 'dark',
    classes: ['a', 'b'],
    imageShape: [1, 4, 4],
    sizes: { train: 32, test: 8 },
    checksum: 'dark-v1',
    labels: (split) => Promise.resolve(data[split].labels.slice()),
    read: (split, indices) => {
      const idx = Array.from(indices);
      const images = new Float32Array(idx.length * 16);
      idx.forEach((k, i) => images.set(data[split].images.subarray(k * 16, (k + 1) * 16), i * 16));
      return Promise.resolve({
        images: { data: images, dims: [idx.length, 1, 4, 4] },
        labels: Int32Array.from(idx, (k) => data[split].labels[k]!),
      });
    },
    thumbnail: () => Promise.resolve(new Uint8Array()),
  };
}

const trial = (igBaseline: IgBaseline) =>
  saliencyTrial.parse({
    source: 'linear',
    datasetName: 'dark',
    dataset: 'dark',
    methods: ['gradient', 'integrated-gradients'],
    images: 8,
    maps: 2,
    smoothNoise: 0,
    smoothSamples: 1,
    igSteps: 4,
    igSpacing: 'adaptive',
    igMaxSteps: 64,
    igTolerance: 0.01,
    igBaseline,
    ...(igBaseline === 'blur' ? { igBlurSigma: 2 } : {}),
    ...(igBaseline === 'expected' ? { igSamples: 3 } : {}),
    threshold: 0.1,
    transfer: null,
  });

describe('a saliency trial per integrated-gradients baseline (linear model, dark images)', () => {
  it.each(IG_BASELINES)(
    '%s: records tolerance, steps and degenerate maps, and the tables show them',
    async (baseline) => {
      const ctx = createTestContext({ datasets: { dark: darkDataset() } });
      const t = trial(baseline);
      const r = await runSaliency(t, ctx);
      const d = saliencyDetails(r.details)!;
      const ig = d.ig!;
      expect(ig.baseline).toBe(baseline);
      expect(ig.steps).toHaveLength(8);
      // A linear model's path integrand is constant: the start is exact, nothing refines.
      expect(ig.steps.every((s) => s === (baseline === 'expected' ? 3 * 4 : 4))).toBe(true);
      expect(d.completeness!.every((e) => e === null || e <= 1e-4)).toBe(true);
      expect(r.metrics.igWithinTolerance).toBe(1);
      expect(r.metrics.igNotReached).toBe(0);
      expect(r.metrics.igMedianSteps).toBe(ig.steps[0]);
      // Independent: the pinned share from the images, the baselines the trial drew and the foreground.
      const ds = await ctx.data.dataset('dark');
      const b = await ds.read('test', d.indices);
      const set = { data: b.images.data, dims: b.images.dims, labels: b.labels };
      const again = await new IgRecorder(t, ds).baselines(d.indices, set);
      const shares = pinnedBackgroundShares(
        set.data,
        again,
        set.dims,
        foregroundMasks(set.data, set.dims, 0.1).data,
      );
      expect(ig.pinnedShare).toEqual(shares);
      const flagged = ig.warning.filter((w) => w !== null).length;
      expect(r.metrics.igDegenerateShare).toBe(flagged / 8);
      expect(flagged).toBe(shares.filter((s) => s !== null && s >= 0.5).length);
      if (baseline === 'black') expect(flagged).toBe(8);
      if (baseline === 'blur' || baseline === 'mean' || baseline === 'uniform') expect(flagged).toBe(0);

      const row: ResultRow = {
        config: t,
        metrics: r.metrics,
        series: null,
        details: r.details ?? null,
        provider: 'cpu',
      };
      const input = { rows: [row], options: {}, models: new Map() };
      const alignment = computeTable('alignment', saliencyOutputs.tables.alignment!, input);
      const igRow = alignment.find((x) => x.method === 'integrated-gradients')!;
      expect(igRow).toMatchObject({
        igBaseline: baseline,
        toleranceShare: 1,
        tolerance: 0.01,
        notReached: 0,
      });
      expect(igRow.degenerateShare).toBe(flagged / 8);
      expect(igRow.igWarning === null).toBe(flagged === 0);
      if (flagged > 0) expect(String(igRow.igWarning)).toMatch(/high by construction/);
      expect(alignment.find((x) => x.method === 'gradient')).toMatchObject({
        igWarning: null,
        toleranceShare: null,
      });
      const evidence = computeTable('evidence', saliencyOutputs.tables.evidence!, input);
      expect(evidence.map((e) => e.igWarning)).toEqual(ig.warning);
      expect(evidence.map((e) => e.igSteps)).toEqual(ig.steps);
      const maps = computeTable('maps', saliencyOutputs.tables.maps!, input);
      const igMaps = maps.filter((m) => m.kind === 'integrated-gradients');
      expect(igMaps.map((m) => m.warning)).toEqual(ig.warning.slice(0, 2));
      expect(maps.filter((m) => m.kind === 'gradient').every((m) => m.warning === null)).toBe(true);
    },
  );
});
