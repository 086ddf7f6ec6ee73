import { datasetKey, datasetRef, type DatasetSpec } from '@transferlab/sdk';
import { MAX_SPEC_CHARS } from '../queue/worker-spec-limit';

/** An object the shape of a dataset ref: `{ name, params? }` and nothing else. */
function asRef(value: object): DatasetSpec | undefined {
  const { name, params, ...rest } = value as { name?: unknown; params?: unknown };
  if (typeof name !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (params === undefined) return name;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return undefined;
  return { name, params: params as Record<string, unknown> };
}

/**
 * Where the params name a dataset a trial declares: the fields whose value is its name
 * (`targets.1`, `dataset`), and for a view (a `{ name, params }` in a record such as `views`) the
 * fields that name the view, each followed by the view's own path (`targets.1 (views.mnist-01)`).
 * Searched through arrays and objects, knowing no analysis; `(params)` when nothing names it.
 */
export function datasetFields(params: unknown, spec: DatasetSpec): string[] {
  const key = datasetKey(spec);
  const plain = datasetRef(spec).params === undefined ? datasetRef(spec).name : undefined;
  const leaves: { path: string[]; value: string }[] = [];
  const views: string[][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') leaves.push({ path, value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (typeof value === 'object' && value !== null) {
      // A dataset ref inside the params (a view) is one dataset: the names in its own params are not fields of this one.
      const ref = path.length > 0 ? asRef(value) : undefined;
      if (ref !== undefined) {
        if (datasetKey(ref) === key) views.push(path);
      } else for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(params, []);
  const fields = new Set<string>();
  for (const leaf of leaves) if (leaf.value === plain) fields.add(leaf.path.join('.'));
  for (const view of views) {
    const named = leaves.filter((l) => l.value === view[view.length - 1]);
    for (const l of named) fields.add(`${l.path.join('.')} (${view.join('.')})`);
    if (named.length === 0) fields.add(view.join('.'));
  }
  return fields.size > 0 ? [...fields] : ['(params)'];
}

/** Why a remote worker could not ask for this dataset at all (its spec travels in a URL), else undefined. */
export function specTooLong(spec: DatasetSpec): string | undefined {
  const chars = JSON.stringify(datasetRef(spec)).length;
  return chars > MAX_SPEC_CHARS ? `its plugin and params are ${chars} characters as JSON, and a worker may ask for at most ${MAX_SPEC_CHARS}` : undefined;
}

/** The server's reason for not packing a dataset for workers, in the words of a refused run. */
export function packingProblem(message: string): string {
  // The packed images' content checksum is not the dataset's checksum: the dataset derives it
  // from another's (a class subset, a view), and a worker holds every byte it receives to it.
  const derived = /the bytes received have checksum ([0-9a-f]{64}), the trial was keyed with ([0-9a-f]{64})/.exec(message);
  if (derived)
    return `its checksum (${derived[2]!.slice(0, 12)}…) is derived from the dataset it reads, not computed from its own images (${derived[1]!.slice(0, 12)}…), so a worker could not check the images it is sent`;
  return message;
}

/** The refusal for one dataset: each field that names it, the dataset, and why. */
export function remoteDatasetIssues(params: unknown, spec: DatasetSpec, reason: string): string[] {
  return datasetFields(params, spec).map(
    (field) => `${field}: dataset '${datasetKey(spec)}' cannot be sent to remote workers (TRANSFERLAB_QUEUE=bullmq): ${reason}; run it on the local queue (TRANSFERLAB_QUEUE=local)`,
  );
}
