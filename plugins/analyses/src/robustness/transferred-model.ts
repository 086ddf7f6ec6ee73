import type { Dataset, ModelRef, PluginContext } from '@transferlab/sdk';
import { fineTuneHyper, trainSubset } from '../shared';
import type { RobustnessTrial } from './params';

/** The model a trial attacks: the source itself, or the source fine-tuned to the trial's dataset. */
export interface AttackedModel {
  readonly model: ModelRef;
  /** The fine-tuned model's test accuracy after its last epoch (null: the source itself). */
  readonly transferAccuracy: number | null;
  /** Forget the fine-tuned model (a no-op for the source). */
  readonly release: () => Promise<void>;
}

/** Share of the trial's progress bar that fine-tuning takes. */
export const FINE_TUNE_SHARE = 0.3;

/**
 * The source, or with `transfer` the source fine-tuned to the trial's dataset on the training
 * subset that a transfer trial with this (target, n, seed) uses, tested on the attack's subset.
 */
export async function attackedModel(t: RobustnessTrial, ds: Dataset, test: readonly number[], ctx: PluginContext): Promise<AttackedModel> {
  const source = { id: t.source };
  const s = t.transfer;
  if (!s) return { model: source, transferAccuracy: null, release: () => Promise.resolve() };
  const fineTune = ctx.engine.fineTune?.bind(ctx.engine);
  if (!fineTune) throw new Error('robustness: this engine cannot fine-tune (EngineApi.fineTune is missing), so transfer cannot be used');
  const train = trainSubset(await ds.labels('train'), s.n, s.seed, { analysis: 'robustness', field: 'transfer.n', dataset: t.datasetName });
  const res = await fineTune(
    { model: source, depth: s.depth, data: { kind: 'dataset', dataset: ds, train, test }, hyper: fineTuneHyper(s), seed: s.seed },
    {
      signal: ctx.signal,
      keepModel: true,
      onEpoch: (e) => ctx.progress.report((FINE_TUNE_SHARE * e.epoch) / s.epochs, `fine-tuning to ${t.datasetName} epoch ${e.epoch}/${s.epochs}: test accuracy ${(100 * e.testAccuracy).toFixed(1)}%`),
    },
  );
  const model = res.model;
  if (!model) throw new Error('robustness: the engine returned no fine-tuned model (keepModel)');
  return {
    model,
    transferAccuracy: res.epochs.at(-1)?.testAccuracy ?? null,
    release: async () => {
      await ctx.engine.release?.(model);
    },
  };
}
