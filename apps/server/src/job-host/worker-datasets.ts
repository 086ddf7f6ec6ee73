import { readFile } from 'node:fs/promises';
import { datasetKey, datasetRef, type Dataset, type DatasetSpec, type PluginContext, type PluginRegistry } from '@transferlab/sdk';
import { unpackDataset } from './dataset-bundle';

/**
 * Datasets loaded in this worker, by plugin and params, for the worker's life: trials,
 * checksums, catalog details and thumbnails all read the same copy (Fashion-MNIST takes
 * ~1.5 s to load).
 */
const loaded = new Map<string, Promise<Dataset>>();

/** Packed datasets a remote worker fetched from the server: datasetKey -> file and the checksum to hold it to. */
const packed = new Map<string, { readonly file: string; readonly checksum: string }>();

/** Use the packed copy for these datasets (a remote worker has no dataset files of its own). */
export function usePackedDatasets(files: Readonly<Record<string, string>>, checksums: Readonly<Record<string, string>>): void {
  for (const [key, file] of Object.entries(files)) {
    const checksum = checksums[`dataset:${key}`];
    if (checksum !== undefined && packed.get(key)?.checksum !== checksum) {
      packed.set(key, { file, checksum });
      loaded.delete(key);
    }
  }
}

/** Forgets the decoded datasets (a worker over its recycle threshold releases them; they load again when next used). */
export function releaseWorkerDatasets(): void {
  loaded.clear();
}

/** Loads a dataset plugin with its params parsed by its own schema; a bad param names the field. */
export function workerDataset(registry: PluginRegistry, ctx: PluginContext, spec: DatasetSpec): Promise<Dataset> {
  const key = datasetKey(spec);
  let d = loaded.get(key);
  const pack = packed.get(key);
  if (!d && pack) {
    loaded.set(key, (d = readFile(pack.file).then((bytes) => unpackDataset(bytes, pack.checksum))));
    d.catch(() => loaded.delete(key));
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
  }
  return d;
}
