import { seededRandom, type ModelRef } from '@transferlab/sdk';
import { createTestContext, LinearEngine } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { ChecksRecorder } from './checks-trial';
import { saliencyDetails } from './details';
import { curveArea, deletedAt, deletionCurves, randomOrder, salientOrder } from './faithfulness';
import { localisation } from './localisation';
import { lossGradient, reduceChannels, type Attribution, type ImageSet } from './methods';
import { saliencyParams, saliencyTrial } from './params';
import {
  cascade,
  cascadeDepths,
  decidingStep,
  ranks,
  sanityVerdict,
  spearman,
  type CascadeDepth,
} from './randomisation';
import { runSaliency } from './run-saliency';
import { expandSaliency } from './saliency';

/** Ranks by their definition: 1 + values below + (values equal - 1) / 2, O(n^2). */
function bruteRanks(v: readonly number[]): number[] {
  return v.map((x) => 1 + v.filter((y) => y < x).length + (v.filter((y) => y === x).length - 1) / 2);
}

/** Pearson's correlation of two lists, written out. */
function pearson(a: readonly number[], b: readonly number[]): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length;
  const mb = b.reduce((s, x) => s + x, 0) / b.length;
  let [ab, aa, bb] = [0, 0, 0];
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb);
    aa += (x - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

describe('Spearman rank correlation', () => {
  it('equals Pearson of brute-force tie-averaged ranks, ties included', () => {
    const rnd = seededRandom(3);
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + Math.floor(rnd() * 40);
      // Values from a few levels, so ties are common.
      const a = Array.from({ length: n }, () => Math.floor(rnd() * 6));
      const b = a.map((x) => (rnd() < 0.6 ? x + Math.floor(rnd() * 3) : Math.floor(rnd() * 6)));
      expect(Array.from(ranks(a))).toEqual(bruteRanks(a));
      expect(spearman(a, b)).toBeCloseTo(pearson(bruteRanks(a), bruteRanks(b)), 12);
    }
  });

  it('is 1 for any increasing transform, -1 reversed, null for a constant side', () => {
    const a = [0.1, 3, 2, 7, 5];
    expect(
      spearman(
        a,
        a.map((x) => Math.exp(x)),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      spearman(
        a,
        a.map((x) => -x),
      ),
    ).toBeCloseTo(-1, 12);
    expect(spearman(a, [1, 1, 1, 1, 1])).toBeNull();
    expect(() => spearman([1, 2], [1])).toThrow(/lengths differ/);
  });
});

describe('localisation: pointing game and relevance rank accuracy', () => {
  // 3 x 3, object = the top row.
  const mask = Uint8Array.from([1, 1, 1, 0, 0, 0, 0, 0, 0]);

  it('hand-made maps', () => {
    // Unique maximum on the object; the top 3 are two on, one off.
    expect(localisation([9, 5, 0, 7, 0, 0, 0, 0, 0], mask)).toEqual({ pointing: 1, rankAccuracy: 2 / 3 });
    // Unique maximum off the object (sign ignored: |-9|).
    // Top 3: |-9| (off), 1 (on), then one of the seven zeros (two of them on): (1 + 2/7) / 3.
    const off = localisation([1, 0, 0, -9, 0, 0, 0, 0, 0], mask);
    expect(off.pointing).toBe(0);
    expect(off.rankAccuracy).toBeCloseTo((1 + 2 / 7) / 3, 12);
    // All on the object.
    expect(localisation([3, 2, 1, 0, 0, 0, 0, 0, 0], mask)).toEqual({ pointing: 1, rankAccuracy: 1 });
    // Undefined: an all-zero map, an empty or full mask.
    expect(localisation(new Float32Array(9), mask)).toEqual({ pointing: null, rankAccuracy: null });
    expect(localisation([1, 2, 3, 4, 5, 6, 7, 8, 9], new Uint8Array(9))).toEqual({
      pointing: null,
      rankAccuracy: null,
    });
  });

  it('ties: the mean over every tie-break order, enumerated here', () => {
    const perms = (xs: number[]): number[][] =>
      xs.length <= 1
        ? [xs]
        : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    const all = perms([0, 1, 2, 3, 4, 5]);
    const rnd = seededRandom(11);
    for (let trial = 0; trial < 30; trial++) {
      // 2 x 3 maps of a few levels (ties everywhere) and masks.
      const map = Array.from({ length: 6 }, () => Math.floor(rnd() * 3) * (rnd() < 0.5 ? -1 : 1));
      const m = Uint8Array.from({ length: 6 }, () => (rnd() < 0.4 ? 1 : 0));
      const area = m.reduce((a, b) => a + b, 0);
      const got = localisation(map, m);
      if (area === 0 || area === 6 || map.every((v) => v === 0)) {
        expect(got).toEqual({ pointing: null, rankAccuracy: null });
        continue;
      }
      let point = 0;
      let rank = 0;
      for (const key of all) {
        const order = [0, 1, 2, 3, 4, 5].sort(
          (a, b) => Math.abs(map[b]!) - Math.abs(map[a]!) || key[a]! - key[b]!,
        );
        point += m[order[0]!]!;
        rank += order.slice(0, area).filter((p) => m[p] === 1).length / area;
      }
      expect(got.pointing!).toBeCloseTo(point / all.length, 12);
      expect(got.rankAccuracy!).toBeCloseTo(rank / all.length, 12);
    }
  });
});

describe('deletion curves', () => {
  it('salient order is |map| descending, ties in raster order; random orders are permutations, seeded', () => {
    expect(Array.from(salientOrder([0.1, -3, 2, 3, 0]))).toEqual([1, 3, 2, 0, 4]);
    const o = randomOrder(50, 4);
    expect([...o].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(randomOrder(50, 4))).toEqual(Array.from(o));
    expect(Array.from(randomOrder(50, 5))).not.toEqual(Array.from(o));
    expect(deletedAt(3, 10, 16)).toBe(5);
  });

  it('on a linear model: the softmax of W x_s + b with the first pixels zeroed, recomputed here; area by the trapezoid', async () => {
    // 2 classes on 1 x 2 x 3 images: logit difference z1 - z0 = sum_p v_p x_p + 1.
    const v = [3, -1, 2, 0.5, 1, -2];
    const weights = Float32Array.from([...v.map(() => 0), ...v]);
    const engine = new LinearEngine(weights, Float32Array.from([0, 1]), 2);
    const x = [0.9, 0.2, 0.7, 0.4, 1, 0.6];
    const set: ImageSet = { data: Float32Array.from(x), dims: [1, 1, 2, 3], labels: Int32Array.from([1]) };
    const order = Int32Array.from([2, 0, 5, 4, 1, 3]);
    const steps = 3;
    const [curve] = await deletionCurves(engine, { id: 'linear' }, set, [order], steps);
    const expected = [0, 1, 2, 3].map((s) => {
      const kept = x.map((xi, p) => (order.slice(0, (s * 6) / steps).includes(p) ? 0 : xi));
      const diff = kept.reduce((a, xi, p) => a + v[p]! * xi, 1);
      return 1 / (1 + Math.exp(-diff));
    });
    curve!.forEach((p, s) => expect(p).toBeCloseTo(expected[s]!, 6));
    const area = (expected[0]! / 2 + expected[1]! + expected[2]! + expected[3]! / 2) / 3;
    // Insertion: only the first pixels of the order, on a black image.
    const [inserted] = await deletionCurves(
      engine,
      { id: 'linear' },
      set,
      [order],
      steps,
      undefined,
      'insertion',
    );
    [0, 1, 2, 3].forEach((s) => {
      const kept = x.map((xi, p) => (order.slice(0, (s * 6) / steps).includes(p) ? xi : 0));
      const diff = kept.reduce((a, xi, p) => a + v[p]! * xi, 1);
      expect(inserted![s]).toBeCloseTo(1 / (1 + Math.exp(-diff)), 6);
    });
    expect(curveArea(curve!)).toBeCloseTo(area, 6);
    expect(curveArea([1, 1, 1])).toBe(1);
  });
});

/** A 3-class linear model on 1 x 6 x 6 images, each class a bright blob in its own place (a model with a spatial pattern). */
function blobEngine(): { engine: LinearEngine; set: ImageSet } {
  const templates = [
    [1, 1],
    [4, 1],
    [2, 4],
  ];
  const weights = new Float32Array(3 * 36);
  templates.forEach(([cy, cx], k) => {
    for (let y = 0; y < 6; y++)
      for (let x = 0; x < 6; x++)
        weights[k * 36 + y * 6 + x] = Math.exp(-((y - cy!) ** 2 + (x - cx!) ** 2) / 2);
  });
  const rnd = seededRandom(5);
  const n = 6;
  const data = new Float32Array(n * 36);
  const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 36; p++) data[i * 36 + p] = 0.5 * rnd() + 0.5 * weights[labels[i]! * 36 + p]!;
  return {
    engine: new LinearEngine(weights, new Float32Array(3), 3),
    set: { data, dims: [n, 1, 6, 6], labels },
  };
}

/** Sobel gradient magnitude of each image: an edge detector that never looks at the model. */
function sobel(set: ImageSet): Float32Array {
  const [n = 0, , h = 0, w = 0] = set.dims;
  const out = new Float32Array(n * h * w);
  const at = (i: number, y: number, x: number): number =>
    set.data[i * h * w + Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
  for (let i = 0; i < n; i++)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const gx =
          at(i, y - 1, x + 1) +
          2 * at(i, y, x + 1) +
          at(i, y + 1, x + 1) -
          at(i, y - 1, x - 1) -
          2 * at(i, y, x - 1) -
          at(i, y + 1, x - 1);
        const gy =
          at(i, y + 1, x - 1) +
          2 * at(i, y + 1, x) +
          at(i, y + 1, x + 1) -
          at(i, y - 1, x - 1) -
          2 * at(i, y - 1, x) -
          at(i, y - 1, x + 1);
        out[i * h * w + y * w + x] = Math.hypot(gx, gy);
      }
  return out;
}

describe('cascading randomisation test', () => {
  it('cascade steps: the final layer, then each block from the top, then everything; the deciding step is depth 1', () => {
    expect(cascadeDepths(0)).toEqual([0]);
    expect(cascadeDepths(3)).toEqual([0, 1, 2, 'all']);
    expect(decidingStep(cascadeDepths(3))).toBe(1);
    expect(decidingStep(cascadeDepths(0))).toBe(0);
    expect(sanityVerdict(0.51)).toBe('fail');
    expect(sanityVerdict(0.5)).toBe('pass');
    expect(sanityVerdict(null)).toBeNull();
  });

  it('flags an edge detector that ignores the model and passes the gradient', async () => {
    const { engine, set } = blobEngine();
    const model: ModelRef = { id: 'blobs' };
    const gradientOf = async (m: ModelRef): Promise<Float32Array> =>
      reduceChannels((await lossGradient(engine, m, set)).gradient, set.dims);
    const original = { gradient: await gradientOf(model), sobel: sobel(set) };
    const depths: CascadeDepth[] = [0];
    const rho = await cascade(depths, original, 36, async (depth) => {
      const copy = await engine.randomized(model, { depth, seed: 9 });
      return {
        maps: { gradient: await gradientOf(copy), sobel: sobel(set) },
        release: () => engine.release(copy),
      };
    });
    // Per image, the correlation of the absolute maps, recomputed by brute force.
    const copy = await engine.randomized(model, { depth: 0, seed: 9 });
    const after = await gradientOf(copy);
    for (let j = 0; j < 6; j++) {
      const a = Array.from(original.gradient.subarray(j * 36, (j + 1) * 36), Math.abs);
      const b = Array.from(after.subarray(j * 36, (j + 1) * 36), Math.abs);
      expect(rho.gradient![0]![j]).toBeCloseTo(pearson(bruteRanks(a), bruteRanks(b)), 10);
      expect(rho.sobel![0]![j]).toBeCloseTo(1, 12);
    }
    const meanOf = (xs: readonly (number | null)[]): number =>
      xs.reduce<number>((s, x) => s + (x ?? 0), 0) / xs.length;
    expect(sanityVerdict(meanOf(rho.sobel![0]!))).toBe('fail');
    expect(sanityVerdict(meanOf(rho.gradient![0]!))).toBe('pass');
  });
});

describe('a trial records localisation, deletion and the randomisation test', () => {
  it('through runSaliency on the linear reference engine', async () => {
    const ctx = createTestContext();
    const p = saliencyParams.parse({
      sources: ['linear'],
      datasets: ['synthetic'],
      images: 8,
      maps: 0,
      sanityImages: 3,
      deletionSteps: 4,
      smoothSamples: 2,
      igSteps: 4,
      igMaxSteps: 8,
    });
    const trial = saliencyTrial.parse(expandSaliency(p)[0]!.config);
    expect(trial.sanityImages).toBe(3);
    const r = await runSaliency(trial, ctx);
    const d = saliencyDetails(r.details)!;
    const del = d.deletion!;
    const rand = d.randomisation!;
    expect(rand.depths).toEqual([0]);
    expect(rand.indices).toEqual(d.indices.slice(0, 3));
    for (const m of p.methods) {
      expect(rand.rho[m]).toHaveLength(1);
      expect(rand.rho[m]![0]).toHaveLength(3);
      expect(d.pointing![m]).toHaveLength(8);
      expect(d.deletion!.curves[m]).toHaveLength(8);
      expect(d.deletion!.curves[m]![0]).toHaveLength(5);
      expect(r.metrics[`deletionAuc:${m}`]).toBeGreaterThan(0);
    }
    expect(del.curves.random).toHaveLength(8);
    // Insertion starts from the all-black image deletion ends at, and ends at the image deletion starts from.
    const ins = d.insertion!;
    for (const order of Object.keys(del.curves))
      ins.curves[order]!.forEach((c, j) => {
        expect(c[0]).toBeCloseTo(del.curves[order]![j]!.at(-1)!, 6);
        expect(c.at(-1)).toBeCloseTo(del.curves[order]![j]![0]!, 6);
      });
    expect(r.metrics['insertionAuc:random']).toBeGreaterThan(0);
    // Everything deleted: every order ends at the same all-black image.
    const ends = Object.values(del.curves).map((c) => c[0]!.at(-1)!);
    ends.forEach((e) => expect(e).toBeCloseTo(ends[0]!, 6));
    // Off: no test and no curves in the config or the details.
    const off = saliencyParams.parse({
      sources: ['linear'],
      datasets: ['synthetic'],
      images: 4,
      sanityImages: 0,
      deletionSteps: 0,
    });
    const cfg = expandSaliency(off)[0]!.config;
    expect(cfg).not.toHaveProperty('sanityImages');
    expect(cfg).not.toHaveProperty('deletionSteps');
    const r0 = await runSaliency(saliencyTrial.parse(cfg), ctx);
    expect(r0.details).not.toHaveProperty('randomisation');
    expect(r0.details).not.toHaveProperty('deletion');
    expect(r0.details).not.toHaveProperty('insertion');
  });

  it('params: bounds refused with the field named', () => {
    const base = { sources: ['linear'] };
    expect(saliencyParams.parse(base)).toMatchObject({ sanityImages: 8, sanitySeed: 0, deletionSteps: 10 });
    for (const [field, bad] of [
      ['sanityImages', 51],
      ['sanityImages', -1],
      ['sanityImages', 1.5],
      ['deletionSteps', 101],
      ['deletionSteps', -2],
      ['sanitySeed', -1],
    ] as const) {
      const r = saliencyParams.safeParse({ ...base, [field]: bad });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual([field]);
    }
  });

  it("the test maps the first images with the first images' part of every baseline (expected gradients: each sample)", async () => {
    const ctx = createTestContext();
    const ds = await ctx.data.dataset('synthetic');
    const part = [0, 1, 2, 3];
    const batch = await ds.read('test', part);
    const set: ImageSet = { data: batch.images.data, dims: batch.images.dims, labels: batch.labels };
    // Two baseline samples over the 4-image chunk (16 pixels each), every value its own position.
    const baselines = [0, 1].map((s) => Float32Array.from({ length: 64 }, (_, i) => 100 * s + i));
    const trial = saliencyTrial.parse({
      ...expandSaliency(
        saliencyParams.parse({
          sources: ['linear'],
          datasets: ['synthetic'],
          images: 4,
          sanityImages: 2,
          deletionSteps: 0,
        }),
      )[0]!.config,
      methods: ['integrated-gradients'],
    });
    const checks = new ChecksRecorder(trial, ctx, { id: 'linear' });
    await checks.chunk(part, set, baselines);
    const seen: { images: number; baselines: Float32Array[] }[] = [];
    await checks.randomise((_method, _model, s, b) => {
      seen.push({ images: s.labels.length, baselines: [...b] });
      return Promise.resolve<Attribution>({ values: s.data.map((v, i) => v * (i + 1)) });
    });
    // The original maps, then one step (a model without blocks): 2 images, both samples, their first 32 values.
    expect(seen).toHaveLength(2);
    for (const call of seen) {
      expect(call.images).toBe(2);
      expect(call.baselines.map((b) => Array.from(b))).toEqual(
        baselines.map((b) => Array.from(b.subarray(0, 32))),
      );
    }
    // The stand-in maps ignore the model: correlation 1 for each image, and the method fails.
    expect(checks.randomisationDetails()!.rho['integrated-gradients']).toEqual([[1, 1]]);
    expect(checks.metrics()['sanityRho:integrated-gradients']).toBe(1);
  });
});
