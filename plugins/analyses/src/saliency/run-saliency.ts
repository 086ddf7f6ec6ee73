import type { Dataset, ModelRef, PluginContext, TrialResult } from '@transferlab/sdk';
import { fineTuneHyper, testSubset, trainSubset } from '../shared';
import { argmaxRows } from '../robustness/threat-ball';
import { alignment, foregroundMasks, type Masks } from './alignment';
import { ChecksRecorder } from './checks-trial';
import type { SaliencyDetails } from './details';
import { heatmapPng } from './heatmap';
import { igSettings, IgRecorder } from './ig-trial';
import {
  integratedGradients,
  lossGradient,
  reduceChannels,
  smoothGrad,
  type Attribution,
  type IgAttribution,
  type ImageSet,
} from './methods';
import type { SaliencyMethod, SaliencyTrial } from './params';

/** Images mapped per pass (bounds memory at large inputs). */
const CHUNK = 50;

/** The fine-tuned model when the trial asks for one (same subset as a transfer trial with this n and seed), else the source. */
async function mappedModel(
  t: SaliencyTrial,
  ds: Dataset,
  test: readonly number[],
  ctx: PluginContext,
): Promise<{ model: ModelRef; testAccuracy: number | null; owned: boolean }> {
  if (!t.transfer) return { model: { id: t.source }, testAccuracy: null, owned: false };
  const fineTune = ctx.engine.fineTune?.bind(ctx.engine);
  if (!fineTune)
    throw new Error(
      'saliency: this engine cannot fine-tune (EngineApi.fineTune is missing), so transfer cannot be used',
    );
  const s = t.transfer;
  const train = trainSubset(await ds.labels('train'), s.n, s.seed, {
    analysis: 'saliency',
    field: 'transfer.n',
    dataset: t.datasetName,
  });
  const res = await fineTune(
    {
      model: { id: t.source },
      depth: s.depth,
      data: {
        kind: 'dataset',
        dataset: ds,
        train,
        test,
      },
      hyper: fineTuneHyper(s),
      seed: s.seed,
    },
    {
      signal: ctx.signal,
      keepModel: true,
      onEpoch: (e) =>
        ctx.progress.report(
          (0.3 * e.epoch) / s.epochs,
          `fine-tuning epoch ${e.epoch}/${s.epochs}: test accuracy ${(100 * e.testAccuracy).toFixed(1)}%`,
        ),
    },
  );
  if (!res.model) throw new Error('saliency: the engine returned no fine-tuned model (keepModel)');
  return { model: res.model, testAccuracy: res.epochs.at(-1)?.testAccuracy ?? null, owned: true };
}

/** The method's raw attributions for one chunk. */
async function attribute(
  method: SaliencyMethod,
  t: SaliencyTrial,
  ctx: PluginContext,
  model: ModelRef,
  set: ImageSet,
  seed: number,
  baselines: readonly Float32Array[],
): Promise<Attribution> {
  if (method === 'gradient')
    return { values: (await lossGradient(ctx.engine, model, set, ctx.signal)).gradient };
  if (method === 'smoothgrad')
    return smoothGrad(ctx.engine, model, set, t.smoothNoise, t.smoothSamples, seed, ctx.signal);
  return integratedGradients(ctx.engine, model, set, { ...igSettings(t), baselines }, ctx.signal);
}

async function objectMasks(
  ds: Dataset,
  part: readonly number[],
  set: ImageSet,
  threshold: number,
): Promise<Masks> {
  const [, , h = 0, w = 0] = set.dims;
  if (!ds.objectMasks) return foregroundMasks(set.data, set.dims, threshold);
  const data = await ds.objectMasks('test', part);
  if (data.length !== part.length * h * w)
    throw new Error(
      `saliency: dataset '${ds.name}' returned ${data.length} mask values for ${part.length} images of ${h} x ${w}`,
    );
  return { data, height: h, width: w };
}

/** Mean of the defined values; null when there are none (metrics hold finite numbers only). */
const mean = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
};

/** A run's explicit test indices, each once, in the order given; one past the split is refused. */
function explicitIndices(indices: readonly number[], ds: Dataset): number[] {
  const size = ds.sizes.test;
  const bad = indices.find((i) => !Number.isInteger(i) || i < 0 || i >= size);
  if (bad !== undefined)
    throw new RangeError(`saliency: indices holds ${bad}, past the ${size} test images of '${ds.name}'`);
  return [...new Set(indices)];
}

export async function runSaliency(t: SaliencyTrial, ctx: PluginContext): Promise<TrialResult> {
  const started = performance.now();
  const ds = await ctx.data.dataset(t.dataset);
  const indices = t.indices ? explicitIndices(t.indices, ds) : testSubset(await ds.labels('test'), t.images);
  const { model, testAccuracy, owned } = await mappedModel(t, ds, indices, ctx);
  try {
    const classes = (await ctx.engine.structure(model)).numClasses;
    if (classes !== ds.classes.length) {
      throw new Error(
        `saliency: source '${t.source}' has ${classes} outputs but dataset '${t.datasetName}' has ${ds.classes.length} classes; give transfer (fine-tune to the dataset) or a dataset of the source's classes`,
      );
    }
    const ratio: Record<string, (number | null)[]> = Object.fromEntries(t.methods.map((m) => [m, []]));
    const massShare: Record<string, (number | null)[]> = Object.fromEntries(t.methods.map((m) => [m, []]));
    const maps: Record<string, string[]> = Object.fromEntries(t.methods.map((m) => [m, []]));
    if (t.methods.includes('gradient')) maps['gradient-signed'] = [];
    const seconds: Record<string, number> = Object.fromEntries(t.methods.map((m) => [m, 0]));
    const labels: number[] = [];
    const predicted: number[] = [];
    const areaShare: number[] = [];
    const ig = t.methods.includes('integrated-gradients') ? new IgRecorder(t, ds) : null;
    const checks = new ChecksRecorder(t, ctx, model);
    const chunks = Math.ceil(indices.length / CHUNK);
    for (let c = 0; c < chunks; c++) {
      const part = indices.slice(c * CHUNK, (c + 1) * CHUNK);
      const batch = await ds.read('test', part);
      const set: ImageSet = { data: batch.images.data, dims: batch.images.dims, labels: batch.labels };
      const [, , h = 0, w = 0] = set.dims;
      const hw = h * w;
      const masks = await objectMasks(ds, part, set, t.threshold);
      labels.push(...batch.labels);
      predicted.push(...argmaxRows((await ctx.engine.logits(model, batch.images)).data, part.length));
      for (let j = 0; j < part.length; j++) {
        let on = 0;
        for (let p = 0; p < hw; p++) on += masks.data[j * hw + p]!;
        areaShare.push(on / Math.max(1, hw));
      }
      const baselines = ig ? await ig.baselines(part, set) : [];
      await checks.chunk(part, set, baselines);
      for (const method of t.methods) {
        const began = performance.now();
        const attr = await attribute(method, t, ctx, model, set, c, baselines);
        seconds[method]! += (performance.now() - began) / 1000;
        const reduced = reduceChannels(attr.values, set.dims);
        for (let j = 0; j < part.length; j++) {
          const map = reduced.subarray(j * hw, (j + 1) * hw);
          const a = alignment(map, masks.data.subarray(j * hw, (j + 1) * hw));
          ratio[method]!.push(a.ratio);
          massShare[method]!.push(a.massShare);
          const position = c * CHUNK + j;
          if (position < t.maps) {
            maps[method]!.push(await heatmapPng(map.map(Math.abs), h, w, false));
            if (method === 'gradient') maps['gradient-signed']!.push(await heatmapPng(map, h, w, true));
          }
        }
        if (ig && method === 'integrated-gradients')
          ig.add(attr as IgAttribution, set, baselines, masks.data);
        await checks.maps(method, set, reduced, masks.data);
        ctx.progress.report(
          (t.transfer ? 0.3 : 0) + ((t.transfer ? 0.7 : 1) * (c + 1)) / chunks,
          `${method}: images ${Math.min(indices.length, (c + 1) * CHUNK)}/${indices.length}`,
        );
      }
    }
    await checks.randomise((method, m, set, baselines) => attribute(method, t, ctx, m, set, 0, baselines));
    const accuracy = predicted.filter((p, i) => p === labels[i]).length / Math.max(1, predicted.length);
    const metrics: Record<string, number> = {
      images: indices.length,
      accuracy,
      areaShare: mean(areaShare) ?? 0,
      seconds: (performance.now() - started) / 1000,
    };
    for (const m of t.methods) {
      const [r, s] = [mean(ratio[m]!), mean(massShare[m]!)];
      if (r !== null) metrics[`alignment:${m}`] = r;
      if (s !== null) metrics[`massShare:${m}`] = s;
      metrics[`mapsPerSecond:${m}`] = indices.length / Math.max(1e-9, seconds[m]!);
    }
    // Relative errors blow up where f(x) ~ f(x'), so the shares within tolerance and the median say more than the worst.
    if (ig) Object.assign(metrics, ig.metrics());
    if (testAccuracy !== null) metrics.transferAccuracy = testAccuracy;
    Object.assign(metrics, checks.metrics());
    const [deletion, insertion] = [checks.deletion(), checks.insertionCurves()];
    const randomisation = checks.randomisationDetails();
    const details: SaliencyDetails = {
      indices,
      labels,
      predicted,
      areaShare,
      methods: t.methods,
      ratio,
      massShare,
      maps,
      completeness: ig ? ig.completeness : null,
      ...(ig ? { ig: ig.details() } : {}),
      pointing: checks.pointing,
      rankAccuracy: checks.rankAccuracy,
      ...(deletion ? { deletion } : {}),
      ...(insertion ? { insertion } : {}),
      ...(randomisation ? { randomisation } : {}),
      transfer: t.transfer
        ? { n: t.transfer.n, depth: t.transfer.depth, seed: t.transfer.seed, testAccuracy: testAccuracy ?? 0 }
        : null,
    };
    return { metrics, details: details as unknown as Record<string, unknown> };
  } finally {
    if (owned) await ctx.engine.release?.(model);
  }
}
