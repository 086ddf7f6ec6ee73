import { registerJob, type JobContext } from '@transferlab/engine';
import type { PluginContext, PluginRegistry } from '@transferlab/sdk';
import { hostJob } from '../../job-host/plugin-host';
import { workerDataset } from '../../job-host/worker-datasets';
import type { WorkerBase } from '../../job-host/worker-payload';
import { MAX_THUMBNAILS } from '../thumbnail-limits';

export const CATALOG_DATASET_JOB = 'transferlab.catalog.dataset';
export const CATALOG_THUMBNAIL_JOB = 'transferlab.catalog.thumbnail';

/** Where plugins and data are. */
export type CatalogWorkerPayload = WorkerBase;

export interface DatasetDetailsPayload extends CatalogWorkerPayload {
  readonly name: string;
}

export interface ThumbnailPayload extends CatalogWorkerPayload {
  readonly name: string;
  readonly index: number;
  /** Absent from older callers: the training split. */
  readonly split?: 'train' | 'test';
}

/** A dataset's facts with up to MAX_THUMBNAILS training samples, one per class first. */
export interface DatasetFacts {
  readonly trainSize: number;
  readonly testSize: number;
  readonly classes: string[];
  readonly imageShape: { channels: number; height: number; width: number };
  readonly checksum: string;
  readonly samples: { index: number; label: number }[];
}

async function context(
  p: CatalogWorkerPayload,
  job: JobContext,
): Promise<{ registry: PluginRegistry; ctx: PluginContext }> {
  const { registry, context: ctx } = await hostJob(p, job);
  return { registry, ctx };
}

/** Round-robin over classes in index order: the first image of each class, then the second, ... */
export function samplesByClass(
  labels: Int32Array,
  classCount: number,
  max: number,
): { index: number; label: number }[] {
  const byClass: number[][] = Array.from({ length: classCount }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const list = byClass[labels[i] ?? -1];
    if (list && list.length < max) list.push(i);
  }
  const out: { index: number; label: number }[] = [];
  for (let round = 0; out.length < max; round++) {
    let any = false;
    for (let c = 0; c < classCount && out.length < max; c++) {
      const index = byClass[c]?.[round];
      if (index === undefined) continue;
      out.push({ index, label: c });
      any = true;
    }
    if (!any) break;
  }
  return out;
}

export async function datasetFacts(payload: unknown, job: JobContext): Promise<DatasetFacts> {
  const p = payload as DatasetDetailsPayload;
  const { registry, ctx } = await context(p, job);
  // A format plugin (idx, class-subset, ...) needs params of its own: say which, readably.
  const defaults = registry.get('dataset', p.name).params.safeParse({});
  if (!defaults.success) {
    throw new Error(
      `its params have no defaults for ${defaults.error.issues.map((i) => `${i.path.join('.') || '(params)'} (${i.message})`).join(', ')}`,
    );
  }
  const d = await workerDataset(registry, ctx, p.name);
  const [channels, height, width] = d.imageShape;
  return {
    trainSize: d.sizes.train,
    testSize: d.sizes.test,
    classes: [...d.classes],
    imageShape: { channels, height, width },
    checksum: d.checksum,
    samples: samplesByClass(await d.labels('train'), d.classes.length, MAX_THUMBNAILS),
  };
}

/** PNG of one image of a split (training by default), encoded by the dataset plugin. */
export async function thumbnail(payload: unknown, job: JobContext): Promise<Uint8Array> {
  const p = payload as ThumbnailPayload;
  const { registry, ctx } = await context(p, job);
  return (await workerDataset(registry, ctx, p.name)).thumbnail(p.split ?? 'train', p.index);
}

export function registerCatalogJobs(): void {
  registerJob(CATALOG_DATASET_JOB, datasetFacts);
  registerJob(CATALOG_THUMBNAIL_JOB, thumbnail);
}
