import { registerJob, type JobContext } from '@transferlab/engine';
import type { TrialResult } from '@transferlab/sdk';
import { hostJob } from './plugin-host';
import { usePackedDatasets } from './worker-datasets';
import type { TrialJobResult, TrialPayload } from './worker-payload';

export const RUN_TRIAL_JOB = 'transferlab.run-trial';

/** Runs one trial of an analysis plugin inside a pool worker. */
export async function runTrial(payload: unknown, job: JobContext): Promise<TrialJobResult> {
  const p = payload as TrialPayload;
  if (p.datasetFiles) usePackedDatasets(p.datasetFiles, p.checksums ?? {});
  const { registry, context, engine } = await hostJob(p, job, p.models);
  const analysis = registry.get('analysis', p.analysis);
  const result = await analysis.run({ config: p.config, uses: p.uses }, context);
  // A trial that ignored its signal and finished anyway is still cancelled: its run is.
  job.signal.throwIfAborted();
  return jobResult(result, analysis.version, engine.providers().active);
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

export function registerTrialJob(): void {
  registerJob(RUN_TRIAL_JOB, runTrial);
}
