import type {
  EngineApi,
  ImageBatch,
  LastLayerGradients,
  ModelRef,
  PluginContext,
  TrialResult,
} from '@transferlab/sdk';
import { fineTuneHyper, testSubset, trainSubset } from '../shared';
import type { InfluenceDetails } from './details';
import { headFrom, headSize, type Head } from './head';
import { computeInfluence } from './compute';
import type { InfluenceTrial } from './params';
import { solverFor } from './solve';
import { trustFigures } from './trust';

/** Images per lastLayerGradients call. */
const CHUNK = 256;

/** Per-example features and logits of a batch through the engine's per-example last-layer gradients, chunked. */
async function lastLayer(
  engine: EngineApi,
  model: ModelRef,
  batch: ImageBatch,
): Promise<{ features: Float32Array; logits: Float32Array; gradBias: Float32Array | null }> {
  const n = batch.labels.length;
  const per = batch.images.data.length / Math.max(n, 1);
  const parts: LastLayerGradients[] = [];
  for (let s = 0; s < n; s += CHUNK) {
    const m = Math.min(CHUNK, n - s);
    parts.push(
      await engine.lastLayerGradients(
        model,
        {
          data: batch.images.data.subarray(s * per, (s + m) * per),
          dims: [m, ...batch.images.dims.slice(1)],
        },
        batch.labels.subarray(s, s + m),
      ),
    );
  }
  const join = (pick: (p: LastLayerGradients) => ArrayLike<number>): Float32Array => {
    const out = new Float32Array(parts.reduce((a, p) => a + pick(p).length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(pick(p), o);
      o += pick(p).length;
    }
    return out;
  };
  const hasBias = parts.every((p) => p.gradBias !== undefined);
  return {
    features: join((p) => p.features.data),
    logits: join((p) => p.logits.data),
    gradBias: hasBias ? join((p) => p.gradBias!.data) : null,
  };
}

/**
 * The engine's bias gradient is p - onehot(y) per example: it must agree with the residuals of the
 * float64 head built from its features and logits, or the features are not the head's input.
 */
function checkAgainstEngine(h: Head, gradBias: Float32Array | null): void {
  if (!gradBias) return;
  let worst = 0;
  for (let i = 0; i < h.r.length; i++) worst = Math.max(worst, Math.abs(h.r[i]! - gradBias[i]!));
  if (worst > 1e-3)
    throw new Error(
      `influence: the engine's last-layer bias gradients differ from softmax(logits) - onehot by ${worst.toExponential(2)}`,
    );
}

const argmax = (h: Head, j: number): number => {
  let best = 0;
  for (let c = 1; c < h.classes; c++) if (h.p[j * h.classes + c]! > h.p[j * h.classes + best]!) best = c;
  return best;
};

export async function runInfluence(t: InfluenceTrial, ctx: PluginContext): Promise<TrialResult> {
  const fineTune = ctx.engine.fineTune?.bind(ctx.engine);
  if (!fineTune) throw new Error('influence: this engine cannot fine-tune (EngineApi.fineTune is missing)');
  const started = performance.now();
  const ds = await ctx.data.dataset(t.dataset);
  // The same subset as a transfer trial with this (target, n, seed): every source sees the same images.
  // With sameSubset every seed trains on seed 0's images (the seed then changes only the training's randomness).
  const train = trainSubset(await ds.labels('train'), t.n, t.sameSubset ? 0 : t.seed, {
    analysis: 'influence',
    dataset: t.target,
  });
  const test = testSubset(await ds.labels('test'), t.testImages);
  const res = await fineTune(
    {
      model: { id: t.source },
      depth: t.depth,
      data: { kind: 'dataset', dataset: ds, train, test },
      hyper: fineTuneHyper(t),
      seed: t.seed,
    },
    {
      signal: ctx.signal,
      keepModel: true,
      onEpoch: (e) =>
        ctx.progress.report(
          (0.7 * e.epoch) / t.epochs,
          `epoch ${e.epoch}/${t.epochs}: test accuracy ${(100 * e.testAccuracy).toFixed(1)}%`,
        ),
    },
  );
  const model = res.model;
  if (!model) throw new Error('influence: the engine returned no fine-tuned model (keepModel)');
  try {
    const classes = (await ctx.engine.structure(model)).numClasses;
    const trainBatch = await ds.read('train', train);
    const testBatch = await ds.read('test', test);
    const a = await lastLayer(ctx.engine, model, trainBatch);
    const b = await lastLayer(ctx.engine, model, testBatch);
    const trainHead = headFrom(a.features, a.logits, trainBatch.labels, classes);
    const testHead = headFrom(b.features, b.logits, testBatch.labels, classes);
    checkAgainstEngine(trainHead, a.gradBias);
    const solver = solverFor(trainHead, t);
    ctx.progress.report(
      0.75,
      `${solver} solver on a head of ${headSize(trainHead)} parameters, then scores of ${t.n} training images for ${test.length} test images`,
    );
    // The solve is one synchronous computation (88 s for an exact 5,000-parameter head): it reports its
    // steps, which reach the server at once (the worker's channel writes synchronously), and stops on a cancel.
    const onSolveStep = (done: number, of: number): void => {
      ctx.signal?.throwIfAborted();
      ctx.progress.report(0.75 + (0.15 * done) / Math.max(1, of), `${solver} solver: step ${done} of ${of}`);
    };
    const computed = computeInfluence(trainHead, testHead, { ...t, seed: t.seed, signal: ctx.signal, onSolveStep });
    const { inv, test: testTable, train: trainTable, trainWithSelf, trainTargets, selfInfluence, solveSeconds } = computed;
    const predicted = Array.from({ length: testHead.n }, (_, j) => argmax(testHead, j));
    const accuracy = predicted.filter((p, j) => p === testHead.labels[j]).length / Math.max(1, testHead.n);
    const details: InfluenceDetails = {
      solver,
      method: inv.method,
      cutoff: inv.rcond,
      rank: inv.method === 'pinv' ? inv.rank : null,
      testIndices: test,
      testLabels: Array.from(testHead.labels),
      predicted,
      trainIndices: train,
      trainLabels: Array.from(trainHead.labels),
      helpful: testTable.helpful.map((l) => l.slice(0, t.galleryK)),
      helpfulScores: testTable.helpfulScores,
      harmful: testTable.harmful,
      harmfulScores: testTable.harmfulScores,
      selfInfluence,
    };
    const trust =
      t.ldsModels !== undefined || t.fidelity
        ? await trustFigures({
            t,
            ctx,
            ds,
            train,
            test,
            testBatch,
            model,
            computed,
            trainFeatures: a.features,
            testFeatures: b.features,
            classes,
            from: 0.9,
          })
        : { metrics: {}, details: {} };
    const ranks = Math.max(testTable.match.byRank.length, trainTable.match.byRank.length);
    return {
      metrics: {
        top1Match: testTable.match.top1,
        top5AtLeast3: testTable.match.top5AtLeast3,
        trainTop1Match: trainTable.match.top1,
        trainTop5AtLeast3: trainTable.match.top5AtLeast3,
        ...(trainTargets.length > 0
          ? {
              trainTop1MatchWithSelf: trainWithSelf.match.top1,
              trainTop5AtLeast3WithSelf: trainWithSelf.match.top5AtLeast3,
            }
          : {}),
        testAccuracy: accuracy,
        params: headSize(trainHead),
        rank: inv.rank,
        largestEigenvalue: inv.largest,
        testImages: testHead.n,
        trainTargets: trainTargets.length,
        solveSeconds,
        ...trust.metrics,
        seconds: (performance.now() - started) / 1000,
      },
      series: Array.from({ length: ranks }, (_, k) => ({
        rank: k + 1,
        ...(k < testTable.match.byRank.length ? { testMatch: testTable.match.byRank[k]! } : {}),
        ...(k < trainTable.match.byRank.length ? { trainMatch: trainTable.match.byRank[k]! } : {}),
      })),
      details: { ...details, ...trust.details } as unknown as Record<string, unknown>,
    };
  } finally {
    await ctx.engine.release?.(model);
  }
}
