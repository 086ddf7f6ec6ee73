import { datasetKey, datasetRef, type Dataset, type DatasetSpec, type PluginContext, type PluginRegistry } from '@transferlab/sdk';

/**
 * Datasets loaded in this worker, by plugin and params, for the worker's life: trials,
 * checksums, catalog details and thumbnails all read the same copy (Fashion-MNIST takes
 * ~1.5 s to load).
 */
const loaded = new Map<string, Promise<Dataset>>();

/** Loads a dataset plugin with its params parsed by its own schema; a bad param names the field. */
export function workerDataset(registry: PluginRegistry, ctx: PluginContext, spec: DatasetSpec): Promise<Dataset> {
  const key = datasetKey(spec);
  let d = loaded.get(key);
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
