import { readFile } from 'node:fs/promises';
import { processCacheBudget } from '@transferlab/engine';
import { datasetKey, datasetRef, type Dataset, type DatasetSpec, type PluginContext, type PluginRegistry } from '@transferlab/sdk';
import { unpackDataset } from './dataset-bundle';

/**
 * Datasets loaded in this worker, by plugin and params: trials, checksums, catalog details and
 * thumbnails all read the same copy (Fashion-MNIST takes ~1.5 s to load). Each charges the
 * worker's cache budget once loaded; evicted (least recently used), it is loaded again when next
 * asked for, while a trial that has it keeps its copy.
 */
const loaded = new Map<string, Promise<Dataset>>();

/**
 * Resident bytes of a decoded dataset. The Dataset interface keeps its arrays to itself; every
 * built-in plugin holds one uint8 per pixel value and an int32 label per image (u8Dataset).
 */
export function datasetBytes(d: Pick<Dataset, 'imageShape' | 'sizes'>): number {
  const [c, h, w] = d.imageShape;
  return (d.sizes.train + d.sizes.test) * (c * h * w + 4);
}

/** Charge a loaded dataset to the budget, unless it was dropped or replaced while it loaded. */
function charge(key: string, p: Promise<Dataset>): void {
  p.then((d) => {
    if (loaded.get(key) !== p) return;
    // Larger than the whole budget: this caller has it, the worker does not keep it.
    if (!processCacheBudget.charge('datasets', key, datasetBytes(d), () => loaded.delete(key))) loaded.delete(key);
  }).catch(() => undefined);
}

function forget(key: string): void {
  loaded.delete(key);
  processCacheBudget.release('datasets', key);
}

/** Packed datasets a remote worker fetched from the server: datasetKey -> file and the checksum to hold it to. */
const packed = new Map<string, { readonly file: string; readonly checksum: string }>();

/** Use the packed copy for these datasets (a remote worker has no dataset files of its own). */
export function usePackedDatasets(files: Readonly<Record<string, string>>, checksums: Readonly<Record<string, string>>): void {
  for (const [key, file] of Object.entries(files)) {
    const checksum = checksums[`dataset:${key}`];
    if (checksum !== undefined && packed.get(key)?.checksum !== checksum) {
      packed.set(key, { file, checksum });
      forget(key);
    }
  }
}

/** Forgets the decoded datasets (a worker over its recycle threshold releases them; they load again when next used). */
export function releaseWorkerDatasets(): void {
  for (const key of [...loaded.keys()]) forget(key);
}

/** Loads a dataset plugin with its params parsed by its own schema; a bad param names the field. */
export function workerDataset(registry: PluginRegistry, ctx: PluginContext, spec: DatasetSpec): Promise<Dataset> {
  const key = datasetKey(spec);
  let d = loaded.get(key);
  if (d) processCacheBudget.touch('datasets', key);
  const pack = packed.get(key);
  if (!d && pack) {
    loaded.set(key, (d = readFile(pack.file).then((bytes) => unpackDataset(bytes, pack.checksum))));
    d.catch(() => loaded.delete(key));
    charge(key, d);
  }
  if (!d) {
    const ref = datasetRef(spec);
    const plugin = registry.get('dataset', ref.name);
    const parsed = plugin.params.safeParse(ref.params ?? {});
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(params)'}: ${i.message}`).join('; ');
      return Promise.reject(new Error(`dataset '${ref.name}': params are not valid: ${why}`));
    }
    loaded.set(key, (d = plugin.load(parsed.data, ctx)));
    // A failed load is not cached: the files may appear later.
    d.catch(() => loaded.delete(key));
    charge(key, d);
  }
  return d;
}
