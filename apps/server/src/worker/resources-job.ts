import { registerJob, type JobContext } from '@transferlab/engine';
import { datasetKey } from '@transferlab/sdk';
import { hostJob } from './plugin-host';
import { workerDataset } from './worker-datasets';
import type { DatasetChecksums, ResourcesPayload } from './worker-payload';

export const DATASET_CHECKSUMS_JOB = 'transferlab.dataset-checksums';

/**
 * Content checksums of the datasets (with params) a run's trials declare, computed in a
 * worker (loading a dataset is real work) and memoised there for the worker's life.
 */
export async function datasetChecksums(payload: unknown, job: JobContext): Promise<DatasetChecksums> {
  const p = payload as ResourcesPayload;
  const { registry, context } = await hostJob(p, job);
  const out: DatasetChecksums = {};
  for (const spec of p.datasets) out[datasetKey(spec)] = (await workerDataset(registry, context, spec)).checksum;
  return out;
}

export function registerResourcesJob(): void {
  registerJob(DATASET_CHECKSUMS_JOB, datasetChecksums);
}
