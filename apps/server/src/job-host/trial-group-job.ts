import { registerJob, type JobContext } from '@transferlab/engine';
import { hostJob } from './plugin-host';
import { jobResult } from './trial-job';
import { usePackedDatasets } from './worker-datasets';
import type { TrialGroupPayload, TrialJobResult } from './worker-payload';

export const RUN_TRIAL_GROUP_JOB = 'transferlab.run-trial-group';

/** Runs trials of one group key through the analysis's runGroup inside a pool worker: one result per trial, in order. */
export async function runTrialGroup(payload: unknown, job: JobContext): Promise<TrialJobResult[]> {
  const p = payload as TrialGroupPayload;
  if (p.datasetFiles) usePackedDatasets(p.datasetFiles, p.checksums ?? {});
  const { registry, context, engine } = await hostJob(p, job, p.models);
  const analysis = registry.get('analysis', p.analysis);
  if (!analysis.runGroup) throw new Error(`analysis '${p.analysis}' cannot run trials as a group (no runGroup)`);
  const results = await analysis.runGroup(p.trials, context);
  job.signal.throwIfAborted();
  if (results.length !== p.trials.length) throw new Error(`analysis '${p.analysis}': runGroup returned ${results.length} results for ${p.trials.length} trials`);
  const provider = engine.providers().active;
  return results.map((r) => jobResult(r, analysis.version, provider));
}

export function registerTrialGroupJob(): void {
  registerJob(RUN_TRIAL_GROUP_JOB, runTrialGroup);
}
