import { datasetKey, z, type DatasetSpec } from '@transferlab/sdk';

/** A dataset plugin with its params, e.g. { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1, 2] } }. */
export const datasetRefSchema = z
  .object({ name: z.string().min(1).max(200), params: z.record(z.string(), z.unknown()).optional() })
  .strict();

/** What a trial loads: a plugin name (default params) or a plugin with params. */
export const datasetSpec = z.union([z.string().min(1).max(200), datasetRefSchema]);

/** Target datasets by name: plugin names, or names a run defines in `views`. */
export const targetNames = z
  .array(z.string().min(1).max(200))
  .min(1)
  .max(64)
  .describe('target datasets: dataset plugin names, or names defined in views');

/**
 * A run's own dataset names (`views`): each a dataset plugin with params, used by that name in the
 * params' list of datasets (`list`) and in results.
 */
export const datasetViews = (list: 'targets' | 'datasets', max: number) =>
  z
    .record(z.string().min(1).max(200), datasetRefSchema)
    .refine((v) => Object.keys(v).length <= max, `at most ${max} views`)
    .optional()
    .describe(
      `${list} defined as a dataset plugin with params, by the name used in ${list} (and in results)`,
    );

/** A dataset name's dataset: its view (a plugin with params) when the run defines one, else the plugin of that name. */
export const viewDataset = (
  views: Readonly<Record<string, DatasetSpec>> | undefined,
  name: string,
): DatasetSpec => views?.[name] ?? name;

/**
 * The key (`datasetKey`) of the dataset a stored trial config's `dataset` holds: where its images
 * really come from, since a view may name another plugin. `fallback` (the run's name for it) when
 * an older row kept no spec.
 */
export function storedDatasetKey(spec: unknown, fallback: string): string {
  if (typeof spec === 'string' && spec !== '') return spec;
  if (typeof spec === 'object' && spec !== null && typeof (spec as { name?: unknown }).name === 'string')
    return datasetKey(spec as DatasetSpec);
  return fallback;
}
