import { registerJob, type JobContext } from '@transferlab/engine';
import type { AnalysisPlugin, PluginContext, TrialResult } from '@transferlab/sdk';
import { hostJob } from './plugin-host';
import { checkedResult } from './trial-result-check';
import { usePackedDatasets } from './worker-datasets';
import type { TrialJobResult, TrialsPayload } from './worker-payload';

/** The job's name, which a lost worker's failure reason quotes (`died while running job 'transferlab.run-trial'`). */
export const RUN_TRIALS_JOB = 'transferlab.run-trial';

/**
 * Runs a job's trials inside a pool worker, one result per trial in order: a trial alone
 * through the analysis's run, the trials of one group key through its runGroup.
 */
export async function runTrials(payload: unknown, job: JobContext): Promise<TrialJobResult[]> {
  const p = payload as TrialsPayload;
  if (p.datasetFiles) usePackedDatasets(p.datasetFiles, p.checksums ?? {});
  const { registry, context, engine } = await hostJob(p, job, p.models);
  const analysis = registry.get('analysis', p.analysis);
  const results = await runAnalysis(analysis, p.trials, context).catch((e: unknown) => {
    // A plugin's own failure names the plugin, whatever its message says (a cancel stays a cancel).
    if (job.signal.aborted || !(e instanceof Error)) throw e;
    throw new Error(`analysis '${analysis.name}' ${analysis.version}: ${e.message}`, { cause: e });
  });
  // Trials that ignored their signal and finished anyway are still cancelled: their run is.
  job.signal.throwIfAborted();
  for (const r of results) checkedResult(r, analysis);
  const provider = engine.providers().active;
  return results.map((r) => jobResult(r, analysis.version, provider));
}

async function runAnalysis(analysis: AnalysisPlugin, trials: TrialsPayload['trials'], context: PluginContext): Promise<readonly TrialResult[]> {
  const [first, ...rest] = trials;
  if (!first) throw new Error(`analysis '${analysis.name}': a job with no trials`);
  if (rest.length === 0) return [await analysis.run(first, context)];
  if (!analysis.runGroup) throw new Error(`analysis '${analysis.name}' cannot run trials as a group (no runGroup)`);
  const results = await analysis.runGroup(trials, context);
  if (results.length !== trials.length) throw new Error(`analysis '${analysis.name}': runGroup returned ${results.length} results for ${trials.length} trials`);
  return results;
}

/** A plugin's result as plain data for the pool's channel (no prototypes, no undefined). */
export function jobResult(result: TrialResult, pluginVersion: string, provider: string): TrialJobResult {
  return {
    metrics: { ...result.metrics },
    series: result.series ? result.series.map((s) => ({ ...s })) : null,
    details: result.details ? { ...result.details } : null,
    pluginVersion,
    provider,
  };
}

export function registerTrialsJob(): void {
  registerJob(RUN_TRIALS_JOB, runTrials);
}
