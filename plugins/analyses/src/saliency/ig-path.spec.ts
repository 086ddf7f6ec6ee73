import { seededRandom, type EngineApi, type InputGradientOptions, type Tensor } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { foregroundMasks } from './alignment';
import {
  degenerateWarning,
  expectedDraws,
  gaussianBlur,
  gaussianKernel,
  meanImage,
  pinnedBackgroundShares,
  uniformBaselines,
} from './baselines';
import { completenessOf } from './completeness';
import { integratePaths, type IgSettings } from './ig-path';
import { igSettings, IgRecorder } from './ig-trial';
import { integratedGradients, type ImageSet } from './methods';
import { saliencyParams, saliencyTrial } from './params';
import { checkSaliencyParams, expandSaliency } from './saliency';

/** A tiny ReLU network, 1x6x6 -> 24 ReLU units -> 3 logits: its logit along a path is piecewise linear with kinks. */
const [H, W, D, HIDDEN, CLASSES] = [6, 6, 36, 24, 3];
function reluNet(seed = 5): { engine: EngineApi; logit: (x: Float32Array, y: number) => number } {
  const rnd = seededRandom(seed);
  const w1 = Float64Array.from({ length: HIDDEN * D }, () => (rnd() - 0.5) * 1.2);
  const b1 = Float64Array.from({ length: HIDDEN }, () => (rnd() - 0.5) * 0.8);
  const w2 = Float64Array.from({ length: CLASSES * HIDDEN }, () => (rnd() - 0.5) * 2);
  const hidden = (x: ArrayLike<number>, o: number): Float64Array =>
    Float64Array.from({ length: HIDDEN }, (_, u) => {
      let v = b1[u]!;
      for (let i = 0; i < D; i++) v += w1[u * D + i]! * x[o + i]!;
      return v;
    });
  const logit = (x: Float32Array, y: number): number =>
    hidden(x, 0).reduce((a, h, u) => a + w2[y * HIDDEN + u]! * Math.max(0, h), 0);
  const inputGradient = (_m: unknown, images: Tensor, labels: Int32Array, options: InputGradientOptions) => {
    if (options.loss !== 'logit') throw new Error('reluNet: logit only');
    const n = labels.length;
    const gradient = new Float32Array(n * D);
    const loss = new Float32Array(n);
    for (let j = 0; j < n; j++) {
      const h = hidden(images.data, j * D);
      const y = labels[j]!;
      let f = 0;
      for (let u = 0; u < HIDDEN; u++) {
        if (h[u]! <= 0) continue;
        f += w2[y * HIDDEN + u]! * h[u]!;
        for (let i = 0; i < D; i++) gradient[j * D + i]! += w2[y * HIDDEN + u]! * w1[u * D + i]!;
      }
      loss[j] = f;
    }
    return Promise.resolve({ loss, gradient: { data: gradient, dims: [...images.dims] } });
  };
  return { engine: { inputGradient } as unknown as EngineApi, logit };
}

/** n dark images: a bright 2x2 blob (seeded place and level) on black, its corner in [1, 1 + spread). */
function darkImages(n: number, spread = 3, seed = 11): ImageSet {
  const rnd = seededRandom(seed);
  const data = new Float32Array(n * D);
  for (let j = 0; j < n; j++) {
    const [y0, x0] = [Math.floor(rnd() * spread), Math.floor(rnd() * spread)].map((v) =>
      spread < 5 ? 1 + v : v,
    ) as [number, number];
    for (let y = y0; y < y0 + 2; y++)
      for (let x = x0; x < x0 + 2; x++) data[j * D + y * W + x] = 0.6 + 0.4 * rnd();
  }
  return { data, dims: [n, 1, H, W], labels: Int32Array.from({ length: n }, (_, j) => j % CLASSES) };
}

/** n grey images with noise everywhere (no pixel equals a black or a blurred baseline). */
function greyImages(n: number): ImageSet {
  const rnd = seededRandom(12);
  return {
    data: Float32Array.from({ length: n * D }, () => 0.2 + 0.6 * rnd()),
    dims: [n, 1, H, W],
    labels: Int32Array.from({ length: n }, (_, j) => j % CLASSES),
  };
}

const sumOf = (v: Float32Array, j: number): number => {
  let s = 0;
  for (let i = 0; i < D; i++) s += v[j * D + i]!;
  return s;
};

const settings = (over: Partial<IgSettings> = {}): IgSettings => ({
  steps: 4,
  maxSteps: 1024,
  tolerance: 1e-3,
  spacing: 'adaptive',
  ...over,
});

describe("integrated gradients along x' + a (x - x') (tiny ReLU network)", () => {
  const { engine, logit } = reluNet();
  const set = greyImages(6);
  const constant = (v: number) => new Float32Array(set.data.length).fill(v);
  const baselines: Record<string, Float32Array> = {
    black: constant(0),
    blur: gaussianBlur(set.data, set.dims, 1.5),
    uniform: uniformBaselines([0, 1, 2, 3, 4, 5], D),
    mean: constant(0.5),
  };

  it.each(Object.keys(baselines))(
    'from a %s baseline: every image within tolerance or reported, attributions = a 20,000-step Riemann sum',
    async (name) => {
      const base = baselines[name]!;
      const r = await integratePaths(
        engine,
        { id: 'relu' },
        { inputs: set.data, baselines: base, dims: set.dims, labels: set.labels },
        settings({ tolerance: 1e-4 }),
      );
      // The same start without refinement, for scale.
      const start = await integratePaths(
        engine,
        { id: 'relu' },
        { inputs: set.data, baselines: base, dims: set.dims, labels: set.labels },
        settings({ maxSteps: 4 }),
      );
      let [ours, even] = [0, 0];
      // Independent: midpoint Riemann sum with 20,000 even steps, f from the model directly.
      const M = 20_000;
      for (let j = 0; j < set.labels.length; j++) {
        const x = set.data.subarray(j * D, (j + 1) * D);
        const b = base.subarray(j * D, (j + 1) * D);
        const fine = new Float64Array(D);
        const points = new Float32Array(M * D);
        for (let k = 0; k < M; k++)
          for (let i = 0; i < D; i++) points[k * D + i] = b[i]! + ((k + 0.5) / M) * (x[i]! - b[i]!);
        const g = await engine.inputGradient(
          { id: 'relu' },
          { data: points, dims: [M, 1, H, W] },
          new Int32Array(M).fill(set.labels[j]!),
          { loss: 'logit' },
        );
        for (let k = 0; k < M; k++)
          for (let i = 0; i < D; i++) fine[i]! += ((x[i]! - b[i]!) * g.gradient.data[k * D + i]!) / M;
        const delta = logit(x, set.labels[j]!) - logit(b, set.labels[j]!);
        const err = Math.abs(sumOf(r.values, j) - delta) / Math.abs(delta);
        // The error it reports is the error it has (f from the model, not from the integrator).
        expect(r.errors[j]!).toBeCloseTo(err, 4);
        expect(r.errors[j]! <= 1e-4 || r.steps[j] === 1024).toBe(true);
        expect(r.steps[j]!).toBeGreaterThanOrEqual(4);
        const scale = Math.max(...Array.from(fine, Math.abs));
        for (let i = 0; i < D; i++) {
          expect(Math.abs(r.values[j * D + i]! - fine[i]!)).toBeLessThan(0.01 * scale);
          ours += Math.abs(r.values[j * D + i]! - fine[i]!);
          even += Math.abs(start.values[j * D + i]! - fine[i]!);
        }
      }
      expect(ours).toBeLessThan(even / 4);
      // This network's paths have kinks: four even steps do not do, so some image refined.
      expect(Math.max(...r.steps)).toBeGreaterThan(4);
    },
    60_000,
  );

  it('gives the same attributions when gradients are computed again instead of kept (large images)', async () => {
    const paths = { inputs: set.data, baselines: baselines.blur!, dims: set.dims, labels: set.labels };
    const kept = await integratePaths(engine, { id: 'relu' }, paths, settings());
    const again = await integratePaths(engine, { id: 'relu' }, paths, settings(), undefined, 0);
    expect(again.steps).toEqual(kept.steps);
    expect(again.errors).toEqual(kept.errors);
    for (let i = 0; i < set.data.length; i++) expect(again.values[i]!).toBeCloseTo(kept.values[i]!, 6);
  });

  it('stops at the budget and reports the images that did not reach the tolerance', async () => {
    const tight = await integratePaths(
      engine,
      { id: 'relu' },
      { inputs: set.data, baselines: baselines.black!, dims: set.dims, labels: set.labels },
      settings({ steps: 2, maxSteps: 3, tolerance: 1e-6 }),
    );
    expect(tight.steps.every((s) => s <= 3)).toBe(true);
    const missed = tight.errors.filter((e) => e !== null && e > 1e-6).length;
    expect(missed).toBeGreaterThan(0);
    const c = completenessOf(tight.errors, 1e-6)!;
    expect(c.notReached).toBe(missed);
    expect(c.withinTolerance).toBeCloseTo(1 - missed / c.images, 12);
  });

  it("'uniform' halves every interval: steps are the start times a power of two, within the budget", async () => {
    const r = await integratePaths(
      engine,
      { id: 'relu' },
      { inputs: set.data, baselines: baselines.black!, dims: set.dims, labels: set.labels },
      settings({ steps: 3, maxSteps: 200, spacing: 'uniform' }),
    );
    for (const [j, s] of r.steps.entries()) {
      expect([3, 6, 12, 24, 48, 96, 192]).toContain(s);
      expect(r.errors[j]! <= 1e-3 || 2 * s > 200).toBe(true);
    }
  });

  it('expected gradients average the paths from each drawn baseline, and repeat for a seed', async () => {
    const drawn = [baselines.blur!, baselines.uniform!, baselines.mean!];
    const eg = await integratedGradients(engine, { id: 'relu' }, set, { ...settings(), baselines: drawn });
    const one = await Promise.all(
      drawn.map((b) => integratedGradients(engine, { id: 'relu' }, set, { ...settings(), baselines: [b] })),
    );
    for (let i = 0; i < set.data.length; i++)
      expect(eg.values[i]!).toBeCloseTo(
        (one[0]!.values[i]! + one[1]!.values[i]! + one[2]!.values[i]!) / 3,
        5,
      );
    for (let j = 0; j < set.labels.length; j++) {
      // Completeness per path: the image's error is its worst path's; steps add up.
      expect(eg.errors[j]).toBeCloseTo(Math.max(...one.map((o) => o.errors[j]!)), 10);
      expect(eg.steps[j]).toBe(one.reduce((a, o) => a + o.steps[j]!, 0));
      expect(eg.ends.baseline[j]).toBeCloseTo(one.reduce((a, o) => a + o.ends.baseline[j]!, 0) / 3, 5);
    }
    // Draws: seeded by the test index, the same for the same index, others for others.
    expect(expectedDraws([7, 8], 5, 1000)).toEqual(expectedDraws([7, 8], 5, 1000));
    expect(expectedDraws([7], 5, 1000)[0]).toEqual(expectedDraws([3, 7], 5, 1000)[1]);
    expect(expectedDraws([7], 5, 1000)[0]).not.toEqual(expectedDraws([8], 5, 1000)[0]);
    expect(expectedDraws([7], 50, 10)[0]!.every((i) => i >= 0 && i < 10)).toBe(true);
  });
});

describe('baselines', () => {
  it('blur is a normalised Gaussian convolution (against a direct 2-D sum with replicated edges)', () => {
    const rnd = seededRandom(3);
    const img = Float32Array.from({ length: 2 * 7 * 5 }, () => rnd());
    const sigma = 1.3;
    const out = gaussianBlur(img, [1, 2, 7, 5], sigma);
    const r = Math.ceil(3 * sigma);
    for (let c = 0; c < 2; c++)
      for (let y = 0; y < 7; y++)
        for (let x = 0; x < 5; x++) {
          let v = 0;
          let z = 0;
          for (let dy = -r; dy <= r; dy++)
            for (let dx = -r; dx <= r; dx++) {
              const w = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
              z += w;
              const yy = Math.min(6, Math.max(0, y + dy));
              const xx = Math.min(4, Math.max(0, x + dx));
              v += w * img[c * 35 + yy * 5 + xx]!;
            }
          expect(out[c * 35 + y * 5 + x]!).toBeCloseTo(v / z, 5);
        }
    expect(gaussianKernel(2).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('uniform noise is in [0, 1), seeded by the test index; the mean image is the per-value mean', () => {
    const a = uniformBaselines([4, 9], 10);
    expect(a.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from(uniformBaselines([9], 10))).toEqual(Array.from(a.subarray(10)));
    expect(Array.from(meanImage(Float32Array.of(0, 1, 2, 4, 6, 8), 3))).toEqual([2, 3.5, 5]);
  });

  it('flags black on a dark image as degenerate, not blur, mean or uniform noise', () => {
    const dark = darkImages(4);
    const masks = foregroundMasks(dark.data, dark.dims, 0.1).data;
    const shares = (b: Float32Array[]) => pinnedBackgroundShares(dark.data, b, dark.dims, masks);
    const flags = (name: 'black' | 'blur' | 'mean' | 'uniform', b: Float32Array[]) =>
      shares(b).map((s) => degenerateWarning(name, s) !== null);
    const black = shares([new Float32Array(dark.data.length)]);
    expect(black.every((s) => s === 1)).toBe(true);
    expect(flags('black', [new Float32Array(dark.data.length)])).toEqual([true, true, true, true]);
    expect(degenerateWarning('black', 1)).toMatch(/100% of the background.*high by construction/);
    expect(flags('blur', [gaussianBlur(dark.data, dark.dims, 4)])).toEqual([false, false, false, false]);
    // The mean of a training set whose blobs land anywhere in the frame.
    const mean = meanImage(darkImages(200, 5, 13).data, D);
    const tiled = new Float32Array(dark.data.length);
    for (let j = 0; j < 4; j++) tiled.set(mean, j * D);
    expect(flags('mean', [tiled])).toEqual([false, false, false, false]);
    expect(flags('uniform', [uniformBaselines([0, 1, 2, 3], D)])).toEqual([false, false, false, false]);
    // Expected gradients: a pixel is pinned only where it equals every drawn baseline.
    expect(shares([new Float32Array(dark.data.length), tiled])).toEqual(shares([tiled]));
  });
});

describe('integrated-gradient params', () => {
  it.each([
    ['igTolerance', 0],
    ['igTolerance', 0.9],
    ['igMaxSteps', 0],
    ['igMaxSteps', 5000],
    ['igMaxSteps', 2.5],
    ['igBaseline', 'white'],
    ['igBlurSigma', 0.1],
    ['igBlurSigma', 100],
    ['igSamples', 0],
    ['igSamples', 65],
  ])('refuses %s = %s naming the field', (field, value) => {
    const r = saliencyParams.safeParse({ sources: ['a'], [field]: value });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it('refuses a budget under the start, and only puts its settings in configs that run integrated gradients', () => {
    const p = saliencyParams.parse({ sources: ['a'], igSteps: 64, igMaxSteps: 32 });
    expect(checkSaliencyParams(p, new Map()).map((i) => i.path.join('.'))).toEqual(['igMaxSteps']);
    const blur = expandSaliency(saliencyParams.parse({ sources: ['a'], igBaseline: 'blur', igBlurSigma: 2 }));
    expect(blur[0]!.config).toMatchObject({ igBaseline: 'blur', igBlurSigma: 2, igTolerance: 0.01 });
    expect(blur[0]!.config).not.toHaveProperty('igSamples');
    const grad = expandSaliency(saliencyParams.parse({ sources: ['a'], methods: ['gradient'] }));
    expect(grad[0]!.config).not.toHaveProperty('igBaseline');
    // A config stored before these settings existed still parses, with the defaults.
    const old = saliencyTrial.parse({ ...grad[0]!.config, methods: ['integrated-gradients'] });
    expect(igSettings(old)).toMatchObject({ tolerance: 0.01, maxSteps: 2048 });
  });

  it('mean and expected baselines read training images of the dataset', async () => {
    const ctx = createTestContext();
    const ds = await ctx.data.dataset('synthetic');
    const trial = (igBaseline: string) =>
      saliencyTrial.parse(
        expandSaliency(
          saliencyParams.parse({ sources: ['linear'], datasets: ['synthetic'], igBaseline, igSamples: 3 }),
        )[0]!.config,
      );
    const b = await ds.read('test', [0, 1]);
    const set = { data: b.images.data, dims: b.images.dims, labels: b.labels };
    const [mean] = await new IgRecorder(trial('mean'), ds).baselines([0, 1], set);
    const train = await ds.read(
      'train',
      Array.from({ length: 16 }, (_, i) => i),
    );
    const direct = meanImage(train.images.data, 16);
    for (let i = 0; i < 16; i++) {
      expect(mean![i]).toBeCloseTo(direct[i]!, 6);
      expect(mean![16 + i]).toBeCloseTo(direct[i]!, 6);
    }
    const eg = await new IgRecorder(trial('expected'), ds).baselines([0, 1], set);
    expect(eg).toHaveLength(3);
    const draws = expectedDraws([0, 1], 3, 16);
    const one = await ds.read('train', [draws[1]![2]!]);
    expect(Array.from(eg[2]!.subarray(16, 32))).toEqual(Array.from(one.images.data));
    expect(
      (await new IgRecorder(trial('expected'), ds).baselines([0, 1], set)).map((x) => Array.from(x)),
    ).toEqual(eg.map((x) => Array.from(x)));
  });
});
