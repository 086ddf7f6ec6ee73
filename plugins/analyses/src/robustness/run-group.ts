import { datasetKey, type PluginContext, type TrialResult } from '@transferlab/sdk';
import { testSubset } from '../shared';
import type { RobustnessTrial } from './params';
import { attackModel, runRobustness } from './run-robustness';
import { attackedModel, FINE_TUNE_SHARE } from './transferred-model';

/**
 * Transferred trials that attack one fine-tuned model: the same source, target, fine-tuning and
 * test subset (norms and attacks may differ). Run as a group, the model is fine-tuned once.
 * The sources' own trials run alone (undefined).
 */
export function robustnessGroupKey(t: RobustnessTrial): string | undefined {
  if (!t.transfer) return undefined;
  return JSON.stringify([t.source, datasetKey(t.dataset), t.transfer, t.testLimit]);
}

/**
 * A group of one group key: one fine-tuning, then each trial's attacks on the kept model; one
 * result per trial, in order, each what runRobustness gives for it (the fine-tuning is
 * deterministic for its seed), its `seconds` including an equal share of the fine-tuning.
 */
export async function runRobustnessGroup(trials: readonly RobustnessTrial[], ctx: PluginContext): Promise<TrialResult[]> {
  const first = trials[0];
  const key = first && robustnessGroupKey(first);
  if (!first || key === undefined || trials.length < 2) {
    const out: TrialResult[] = [];
    for (const t of trials) out.push(await runRobustness(t, ctx));
    return out;
  }
  const odd = trials.findIndex((t) => robustnessGroupKey(t) !== key);
  if (odd >= 0) throw new Error(`robustness: trial ${odd} of the group differs from the first in source, target, fine-tuning or test subset`);
  const started = performance.now();
  const ds = await ctx.data.dataset(first.dataset);
  const indices = testSubset(await ds.labels('test'), first.testLimit);
  const attacked = await attackedModel(first, ds, indices, ctx);
  const share = (performance.now() - started) / trials.length;
  try {
    const out: TrialResult[] = [];
    for (const [i, t] of trials.entries()) {
      const span = { from: FINE_TUNE_SHARE + ((1 - FINE_TUNE_SHARE) * i) / trials.length, to: FINE_TUNE_SHARE + ((1 - FINE_TUNE_SHARE) * (i + 1)) / trials.length };
      out.push(await attackModel(t, ctx, ds, indices, attacked, performance.now() - share, span));
    }
    return out;
  } finally {
    await attacked.release();
  }
}
