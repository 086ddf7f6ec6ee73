import type { Dataset, ImageBatch, ModelRef, PluginContext } from '@transferlab/sdk';
import { fineTuneHyper } from '../shared';
import type { InfluenceComputation } from './compute';
import { fidelityCheck } from './fidelity';
import { linearDatamodelingScore } from './lds';
import type { InfluenceTrial } from './params';
import { scoreRow } from './scores';

/** What a trial stores of its trust figures in its details (absent figures: not asked for). */
export interface TrustDetails {
  readonly lds?: {
    /** Per test image (aligned with testIndices): Spearman's rho; null when constant. */
    readonly perTest: readonly (number | null)[];
    readonly models: number;
    readonly fraction: number;
  };
}

export interface TrustInput {
  readonly t: InfluenceTrial;
  readonly ctx: PluginContext;
  readonly ds: Dataset;
  /** Train-split indices of the trial's subset and test-split indices scored. */
  readonly train: readonly number[];
  readonly test: readonly number[];
  readonly testBatch: ImageBatch;
  /** The fine-tuned model the scores are of. */
  readonly model: ModelRef;
  readonly computed: InfluenceComputation;
  /** [n, K] and [m, K] features of the head's input, with labels and classes. */
  readonly trainFeatures: Float32Array;
  readonly testFeatures: Float32Array;
  readonly classes: number;
  /** Progress from `from` to 1. */
  readonly from: number;
}

/**
 * The trust figures a trial asked for. LDS: `ldsModels` fine-tunings exactly as the trial's
 * (engine fineTune, same source, depth, hyper-parameters and seed; `ldsFraction` of its training
 * subset, stratified), each read as every test image's cross-entropy. Fidelity: the convex
 * depth-0 check (`fidelity.ts`) on the trial's own features.
 */
export async function trustFigures(
  i: TrustInput,
): Promise<{ metrics: Record<string, number>; details: TrustDetails }> {
  const { t, ctx, computed } = i;
  const metrics: Record<string, number> = {};
  const details: { lds?: TrustDetails['lds'] } = {};
  const steps = (t.ldsModels ?? 0) + (t.fidelity ? 1 : 0);
  let done = 0;
  const report = (message: string): void =>
    ctx.progress.report(i.from + ((1 - i.from) * done) / Math.max(1, steps), message);
  if (t.ldsModels !== undefined) {
    const fineTune = ctx.engine.fineTune!.bind(ctx.engine);
    const started = performance.now();
    const base = await ctx.engine.evaluate(i.model, i.testBatch, {
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const { trainP, testP, inv } = computed;
    const lds = await linearDatamodelingScore({
      trainLabels: trainP.head.labels,
      tests: testP.head.n,
      scores: (row) => scoreRow(testP, row, trainP, inv, new Float64Array(trainP.head.n)),
      baseLosses: base.losses,
      models: t.ldsModels,
      fraction: t.ldsFraction ?? 0.5,
      seed: t.seed,
      retrain: async (kept) => {
        const res = await fineTune(
          {
            model: { id: t.source },
            depth: t.depth,
            data: { kind: 'dataset', dataset: i.ds, train: kept.map((p) => i.train[p]!), test: [...i.test] },
            hyper: fineTuneHyper(t),
            seed: t.seed,
          },
          { keepModel: true, ...(ctx.signal ? { signal: ctx.signal } : {}) },
        );
        if (!res.model) throw new Error('influence: the engine returned no retrained model (keepModel)');
        try {
          return (await ctx.engine.evaluate(res.model, i.testBatch)).losses;
        } finally {
          await ctx.engine.release?.(res.model);
        }
      },
      onModel: (m, of) => {
        done++;
        report(`LDS: retrained ${m} of ${of} models`);
      },
    });
    details.lds = { perTest: lds.perTest, models: t.ldsModels, fraction: t.ldsFraction ?? 0.5 };
    if (lds.mean !== null) metrics.lds = lds.mean;
    if (lds.low !== null && lds.high !== null) [metrics.ldsLow, metrics.ldsHigh] = [lds.low, lds.high];
    metrics.ldsTestImages = lds.n;
    metrics.ldsModels = t.ldsModels;
    metrics.ldsSeconds = (performance.now() - started) / 1000;
  }
  if (t.fidelity) {
    if (t.depth !== 0)
      throw new Error(`influence: fidelity is the convex depth-0 check; this trial has depth ${t.depth}`);
    report('leave-one-out fidelity: one exact refit per training image');
    const started = performance.now();
    const n = computed.trainP.head.n;
    const f = fidelityCheck({
      trainFeatures: Float64Array.from(i.trainFeatures),
      trainLabels: computed.trainP.head.labels,
      testFeatures: Float64Array.from(i.testFeatures),
      testLabels: computed.testP.head.labels,
      classes: i.classes,
      damping: t.fidelityDamping ?? 1,
      k: Math.max(1, Math.min(10, Math.floor(n / 2))),
      seed: t.seed,
    });
    if (Number.isFinite(f.pearson)) metrics.fidelityPearson = f.pearson;
    if (Number.isFinite(f.pearsonMean)) metrics.fidelityPearsonMean = f.pearsonMean;
    metrics.fidelityTopBeatsRandom = f.topBeatsRandom;
    metrics.fidelityRefits = f.refits;
    metrics.fidelitySeconds = (performance.now() - started) / 1000;
    done++;
  }
  return { metrics, details };
}
