import { datasetKey, type ResultRow } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { aggregateSaliency } from './aggregate';
import { alignment, dilate, foregroundMasks } from './alignment';
import { saliencyDetails, saliencyImage } from './details';
import { heatmapPng } from './heatmap';
import { integratedGradients, lossGradient, reduceChannels, smoothGrad, type ImageSet } from './methods';
import { saliencyParams, saliencyTrial } from './params';
import { runSaliency } from './run-saliency';
import { checkSaliencyParams, countSaliencyTrials, expandSaliency } from './saliency';

const model = { id: 'linear' };

async function syntheticSet(): Promise<ImageSet> {
  const ctx = createTestContext();
  const ds = await ctx.data.dataset('synthetic');
  const b = await ds.read('test', [0, 1, 2, 3, 4, 5, 6, 7]);
  return { data: b.images.data, dims: b.images.dims, labels: b.labels };
}

describe('saliency methods (linear reference engine)', () => {
  it("the gradient map is the engine's input gradient of the cross-entropy", async () => {
    const ctx = createTestContext();
    const set = await syntheticSet();
    const direct = await ctx.engine.inputGradient(model, { data: set.data, dims: set.dims }, set.labels, {
      loss: 'cross-entropy',
    });
    const ours = await lossGradient(ctx.engine, model, set);
    expect(Array.from(ours.gradient)).toEqual(Array.from(direct.gradient.data));
    expect(Array.from(ours.loss)).toEqual(Array.from(direct.loss));
  });

  it('SmoothGrad with zero noise equals the plain gradient exactly, and with noise is the mean of the noisy gradients', async () => {
    const ctx = createTestContext();
    const set = await syntheticSet();
    const { gradient } = await lossGradient(ctx.engine, model, set);
    const zero = await smoothGrad(ctx.engine, model, set, 0, 7, 3);
    expect(Array.from(zero.values)).toEqual(Array.from(gradient));
    const noisy = await smoothGrad(ctx.engine, model, set, 0.3, 5, 3);
    expect(Array.from(noisy.values)).not.toEqual(Array.from(gradient));
    // Repeats for a seed.
    expect(Array.from((await smoothGrad(ctx.engine, model, set, 0.3, 5, 3)).values)).toEqual(
      Array.from(noisy.values),
    );
  });

  it('integrated gradients are complete within 1% at 64 steps, and match a 4,096-step midpoint integral', async () => {
    const ctx = createTestContext();
    const set = await syntheticSet();
    const ig = await integratedGradients(ctx.engine, model, set, {
      steps: 64,
      maxSteps: 64,
      tolerance: 0.01,
      spacing: 'uniform',
    });
    const d = set.data.length / set.labels.length;
    const atZero = await ctx.engine.inputGradient(
      model,
      { data: new Float32Array(set.data.length), dims: set.dims },
      set.labels,
      { loss: 'logit' },
    );
    const atX = await ctx.engine.inputGradient(model, { data: set.data, dims: set.dims }, set.labels, {
      loss: 'logit',
    });
    // Independent: midpoint rule with 4,096 intervals, float64 accumulation.
    const fine = new Float64Array(set.data.length);
    const M = 4096;
    for (let k = 0; k < M; k++) {
      const a = (k + 0.5) / M;
      const g = await ctx.engine.inputGradient(
        model,
        { data: set.data.map((v) => a * v), dims: set.dims },
        set.labels,
        { loss: 'logit' },
      );
      for (let i = 0; i < fine.length; i++) fine[i]! += (set.data[i]! * g.gradient.data[i]!) / M;
    }
    for (let j = 0; j < set.labels.length; j++) {
      let sum = 0;
      for (let i = 0; i < d; i++) sum += ig.values[j * d + i]!;
      const delta = atX.loss[j]! - atZero.loss[j]!;
      expect(ig.ends.input[j]).toBeCloseTo(atX.loss[j]!, 5);
      expect(ig.ends.baseline[j]).toBeCloseTo(atZero.loss[j]!, 5);
      expect(Math.abs(sum - delta)).toBeLessThan(0.01 * Math.abs(delta));
      for (let i = 0; i < d; i++) expect(ig.values[j * d + i]!).toBeCloseTo(fine[j * d + i]!, 3);
    }
  });

  it('reduces channels by the value of largest magnitude, keeping its sign', () => {
    // One image, 3 channels (NCHW), 1 x 2 pixels: pixel 0 sees 0.1, -0.5, 0.3; pixel 1 sees -0.2, 0.1, 0.15.
    const v = Float32Array.of(0.1, -0.2, -0.5, 0.1, 0.3, 0.15);
    expect(Array.from(reduceChannels(v, [1, 3, 1, 2]))).toEqual([Math.fround(-0.5), Math.fround(-0.2)]);
  });
});

describe('alignment', () => {
  it('is the share of mass on the object over its area share (closed forms on hand-made masks)', () => {
    const mask = Uint8Array.from([1, 1, 0, 0, 0, 0, 0, 0]);
    // Uniform map: mass share = area share = 1/4, ratio 1 (chance).
    expect(alignment(new Float32Array(8).fill(2), mask)).toEqual({
      massShare: 0.25,
      areaShare: 0.25,
      ratio: 1,
    });
    // All mass on the object: 1 / (1/4) = 4. Signs do not matter.
    expect(alignment(Float32Array.of(-3, 1, 0, 0, 0, 0, 0, 0), mask)).toEqual({
      massShare: 1,
      areaShare: 0.25,
      ratio: 4,
    });
    // 3 of 9 units on the object: (1/3) / (1/4).
    const a = alignment(Float32Array.of(1, 2, 1, 1, 1, 1, 1, 1), mask);
    expect(a.massShare).toBeCloseTo(3 / 9, 12);
    expect(a.ratio).toBeCloseTo(4 / 3, 12);
    // Undefined: an all-zero map, an empty or full object.
    expect(alignment(new Float32Array(8), mask).ratio).toBeNull();
    expect(alignment(new Float32Array(8).fill(1), new Uint8Array(8)).ratio).toBeNull();
    expect(alignment(new Float32Array(8).fill(1), new Uint8Array(8).fill(1)).ratio).toBeNull();
  });

  it('takes the foreground above the threshold and dilates it by one pixel', () => {
    // 1 image, 1 channel, 4 x 5: one bright pixel at (1, 1) and one at the corner (3, 4).
    const img = new Float32Array(20);
    img[1 * 5 + 1] = 0.9;
    img[3 * 5 + 4] = 0.5;
    img[0] = 0.05; // under the threshold
    const m = foregroundMasks(img, [1, 1, 4, 5], 0.1);
    const rows = Array.from({ length: 4 }, (_, y) => Array.from(m.data.subarray(y * 5, y * 5 + 5)).join(''));
    expect(rows).toEqual(['11100', '11100', '11111', '00011']);
    expect(Array.from(dilate(Uint8Array.of(0, 0, 0, 0), 1, 2, 2))).toEqual([0, 0, 0, 0]);
  });
});

describe('heat maps', () => {
  it('encode as PNGs of the image size whose alpha follows the magnitude', async () => {
    const map = Float32Array.from({ length: 12 }, (_, i) => i / 11);
    const png = Buffer.from(await heatmapPng(map, 3, 4, false), 'base64');
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([4, 3, 4]);
    expect(data[3]).toBe(0); // zero saliency: transparent
    expect(data[11 * 4 + 3]).toBe(255);
    expect(data[5 * 4 + 3]!).toBeLessThan(data[10 * 4 + 3]!);
  });
});

describe('saliency trials', () => {
  it('expands sources x datasets, refuses bad params naming the field, and counts without expanding', () => {
    const p = saliencyParams.parse({
      sources: ['a', 'b', 'a'],
      datasets: ['mnist', 'fashion-mnist-a'],
      images: 10,
      maps: 40,
    });
    const trials = expandSaliency(p);
    expect(trials).toHaveLength(4);
    expect(countSaliencyTrials(p)).toBe(4);
    expect(trials[0]!.config).toMatchObject({
      source: 'a',
      datasetName: 'mnist',
      maps: 10,
      igSteps: 16,
      igMaxSteps: 2048,
      transfer: null,
    });
    const bad = saliencyParams.safeParse({ sources: ['a'], igSteps: 0, methods: ['occlusion'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['igSteps', 'methods.0']);
    expect(saliencyParams.safeParse({ sources: ['a'], images: 5000 }).error!.issues[0]!.path).toEqual([
      'images',
    ]);

    // Fine-tuning settings without n (as a form sends its defaults) mean no fine-tuning.
    expect(
      expandSaliency(saliencyParams.parse({ sources: ['a'], transfer: { depth: 0, epochs: 10 } }))[0]!.config
        .transfer,
    ).toBeNull();
    // A dataset with params is a named view: results keep the name.
    const v = saliencyParams.parse({
      sources: ['a'],
      datasets: ['shirts'],
      views: { shirts: { name: 'fashion-mnist', params: { classes: [0, 6] } } },
      transfer: { n: 500 },
    });
    expect(expandSaliency(v)[0]!.config).toMatchObject({
      datasetName: 'shirts',
      dataset: { name: 'fashion-mnist', params: { classes: [0, 6] } },
    });
    const facts = new Map([
      [
        datasetKey({ name: 'fashion-mnist', params: { classes: [0, 6] } }),
        { classes: 2, sizes: { train: 400, test: 0 } } as never,
      ],
    ]);
    expect(checkSaliencyParams(v, facts).map((i) => i.path.join('.'))).toEqual(['datasets.0', 'transfer.n']);
  });

  it('runs every method on the subset, scores each image against the foreground, and keeps maps for the first images', async () => {
    const ctx = createTestContext();
    const p = saliencyParams.parse({
      sources: ['linear'],
      datasets: ['synthetic'],
      images: 8,
      maps: 3,
      smoothSamples: 4,
      igSteps: 64,
      threshold: 0.45,
    });
    const trial = saliencyTrial.parse(expandSaliency(p)[0]!.config);
    const r = await runSaliency(trial, ctx);
    const d = saliencyDetails(r.details)!;
    expect(d.indices).toHaveLength(8);
    expect(d.maps.gradient).toHaveLength(3);
    expect(d.maps['gradient-signed']).toHaveLength(3);
    expect(d.maps['integrated-gradients']).toHaveLength(3);
    expect(d.completeness!.every((e) => e === null || e < 0.01)).toBe(true);
    // Independent: the gradient's alignment from the engine's gradient and a hand-built mask.
    const ds = await ctx.data.dataset('synthetic');
    const b = await ds.read('test', d.indices);
    const g = await ctx.engine.inputGradient(model, b.images, b.labels, { loss: 'cross-entropy' });
    d.indices.forEach((_, j) => {
      const img = b.images.data.subarray(j * 16, (j + 1) * 16);
      const raw = Uint8Array.from(img, (v) => (v > 0.45 ? 1 : 0));
      const mask = dilate(raw, 1, 4, 4);
      const expected = alignment(g.gradient.data.subarray(j * 16, (j + 1) * 16), mask);
      expect(d.ratio.gradient![j]).toBe(expected.ratio);
    });
    // Bright images are all object (no score); dark ones have a few object pixels.
    expect(d.ratio.gradient!.filter((x) => x !== null).length).toBeGreaterThan(0);
    expect(r.metrics['alignment:gradient']).toBeGreaterThan(0);
    const one = saliencyImage(d, d.indices[1]!)!;
    expect(one.maps.map((m) => m.kind).sort()).toEqual([
      'gradient',
      'gradient-signed',
      'integrated-gradients',
      'smoothgrad',
    ]);
    expect(saliencyImage(d, d.indices[5]!)!.maps).toHaveLength(0);
  });

  it('maps the fine-tuned model when transfer is given, and refuses a source of other classes without it', async () => {
    const ctx = createTestContext();
    const p = saliencyParams.parse({
      sources: ['linear'],
      datasets: ['synthetic'],
      images: 4,
      maps: 1,
      methods: ['gradient'],
      transfer: { n: 8, epochs: 2, batchSize: 4 },
    });
    const r = await runSaliency(saliencyTrial.parse(expandSaliency(p)[0]!.config), ctx);
    expect(saliencyDetails(r.details)!.transfer).toMatchObject({ n: 8, depth: 0, seed: 0 });
    expect(r.metrics.transferAccuracy).toBeGreaterThanOrEqual(0);
  });
});

describe('saliency aggregate', () => {
  const row = (source: string, ratios: (number | null)[]): ResultRow => ({
    config: { source, datasetName: 'd' },
    metrics: {},
    series: null,
    provider: 'cpu',
    details: {
      indices: [10, 11, 12, 13],
      labels: [0, 1, 0, 1],
      predicted: [0, 1, 1, 1],
      areaShare: [0.2, 0.2, 0.2, 0.2],
      methods: ['gradient'],
      ratio: { gradient: ratios },
      massShare: { gradient: ratios.map((r) => (r === null ? null : r / 5)) },
      maps: { gradient: [] },
      completeness: null,
      transfer: null,
    },
  });

  it('means with t intervals per source and deltas against the named baseline paired by image', () => {
    const rows = [row('m-natural', [1, 2, 3, null]), row('m-l2', [2, 4, 3, 9])];
    expect(aggregateSaliency(rows).groups[0]!.deltas).toEqual([]);
    const agg = aggregateSaliency(rows, { baseline: 'm-natural' });
    expect(agg.groups).toHaveLength(1);
    const g = agg.groups[0]!;
    const nat = g.sources.find((s) => s.source === 'm-natural')!;
    expect(nat.alignment.n).toBe(3);
    expect(nat.alignment.mean).toBeCloseTo(2, 12);
    // sd 1, n 3: half-width t(0.975, 2) / sqrt(3) = 4.302653 / 1.732051.
    expect(nat.alignment.high! - nat.alignment.mean).toBeCloseTo(4.302653 / Math.sqrt(3), 5);
    expect(nat.accuracy).toBe(0.75);
    expect(g.deltas).toHaveLength(1);
    // Paired on images 10, 11, 12: differences 1, 2, 0.
    expect(g.deltas[0]).toMatchObject({ source: 'm-l2', baseline: 'm-natural', delta: { n: 3 } });
    expect(g.deltas[0]!.delta.mean).toBeCloseTo(1, 12);
    expect(nat.completeness).toBeNull();
  });

  it("summarises integrated gradients' completeness per source: share within 1%, median and worst over images where f changes", () => {
    const base = row('m-natural', [1, 2, 3, 4]);
    const details = base.details as Record<string, unknown>;
    const ig: ResultRow = {
      ...base,
      details: {
        ...details,
        methods: ['integrated-gradients'],
        ratio: { 'integrated-gradients': [1, 2, 3, 4] },
        massShare: { 'integrated-gradients': [0.1, 0.2, 0.3, 0.4] },
        maps: { 'integrated-gradients': [] },
        // One image where f(x) = f(0) (null), errors 0.2%, 3%, 0.5%.
        completeness: [0.002, null, 0.03, 0.005],
      },
    };
    const s = aggregateSaliency([ig]).groups[0]!.sources[0]!;
    expect(s.completeness).toEqual({
      images: 3,
      withinOnePercent: 2 / 3,
      tolerance: 0.01,
      withinTolerance: 2 / 3,
      notReached: 1,
      median: 0.005,
      max: 0.03,
    });
  });
});
