import type { Dataset, PluginContext } from '@transferlab/sdk';

/**
 * Datasets loaded in this worker, by name, for the worker's life: checksums, catalog details
 * and thumbnails all read the same copy (Fashion-MNIST takes ~1.5 s to load).
 */
const loaded = new Map<string, Promise<Dataset>>();

export function workerDataset(ctx: PluginContext, name: string): Promise<Dataset> {
  let d = loaded.get(name);
  if (!d) {
    loaded.set(name, (d = ctx.data.dataset(name)));
    // A failed load is not cached: the files may appear later.
    d.catch(() => loaded.delete(name));
  }
  return d;
}
