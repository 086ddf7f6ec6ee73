import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerJob, type JobContext } from '@transferlab/engine';
import type { DatasetSpec } from '@transferlab/sdk';
import { packDataset, unpackDataset } from './dataset-bundle';
import { hostJob } from './plugin-host';
import { workerDataset } from './worker-datasets';
import type { WorkerBase } from './worker-payload';

export const DATASET_BUNDLE_JOB = 'transferlab.dataset-bundle';

export interface DatasetBundlePayload extends WorkerBase {
  readonly spec: DatasetSpec;
  readonly checksum: string;
}

/** Folder of packed datasets under the data directory, one `<checksum>.bin` each. */
export const BUNDLE_DIR = 'dataset-bundles';

/**
 * Packs a dataset for remote workers (once; later requests reuse the file) and returns its
 * path. Refuses when the loaded dataset's checksum is not the one asked for, or when the
 * checksum is derived (a view) rather than the content's, which a worker could not check.
 */
export async function datasetBundle(payload: unknown, job: JobContext): Promise<string> {
  const p = payload as DatasetBundlePayload;
  const file = join(p.dataDir, BUNDLE_DIR, `${p.checksum}.bin`);
  if (existsSync(file)) return file;
  const { registry, context } = await hostJob(p, job);
  const d = await workerDataset(registry, context, p.spec);
  if (d.checksum !== p.checksum) throw new Error(`the server's copy of this dataset has checksum ${d.checksum}, not ${p.checksum}`);
  const bytes = await packDataset(d);
  unpackDataset(bytes, d.checksum);
  await mkdir(join(p.dataDir, BUNDLE_DIR), { recursive: true });
  const tmp = `${file}.${process.pid}.part`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
  return file;
}

export function registerDatasetBundleJob(): void {
  registerJob(DATASET_BUNDLE_JOB, datasetBundle);
}
