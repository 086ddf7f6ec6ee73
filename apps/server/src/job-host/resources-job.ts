import { registerJob, type JobContext } from '@transferlab/engine';
import { datasetKey } from '@transferlab/sdk';
import { hostJob } from './plugin-host';
import { workerDataset } from './worker-datasets';
import type { DatasetFactsByKey, ResourcesPayload } from './worker-payload';

export const DATASET_FACTS_JOB = 'transferlab.dataset-facts';

/**
 * Content checksums, split sizes and class counts of the datasets (with params) a run's
 * trials declare, computed in a worker (loading a dataset is real work) and memoised there
 * for the worker's life.
 */
export async function datasetFacts(payload: unknown, job: JobContext): Promise<DatasetFactsByKey> {
  const p = payload as ResourcesPayload;
  const { registry, context } = await hostJob(p, job);
  const out: DatasetFactsByKey = {};
  for (const spec of p.datasets) {
    const d = await workerDataset(registry, context, spec);
    out[datasetKey(spec)] = { checksum: d.checksum, sizes: { train: d.sizes.train, test: d.sizes.test }, classes: d.classes.length };
  }
  return out;
}

export function registerResourcesJob(): void {
  registerJob(DATASET_FACTS_JOB, datasetFacts);
}
