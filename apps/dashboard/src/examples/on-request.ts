/**
 * Evidence computed on request for one image: a small run of the analysis whose evidence view
 * declares `onRequest` (the server lists them), covering just this image. The page knows no
 * analysis by name: the declaration says which params carry the dataset, the index and the sources.
 */
export interface RequestSpec {
  readonly label: string;
  readonly params: { readonly dataset: string; readonly index: string; readonly sources: string };
  readonly maxSources: number;
  readonly reset: readonly string[];
  readonly set: Readonly<Record<string, unknown>>;
}

export type RunRequest =
  | { readonly ok: true; readonly params: Record<string, unknown>; readonly sources: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A view's `onRequest` JSON as a spec, or null when it is not one. */
export function requestSpec(v: unknown): RequestSpec | null {
  if (!isRecord(v) || !text(v.label) || !isRecord(v.params)) return null;
  const { dataset, index, sources } = v.params;
  if (!text(dataset) || !text(index) || !text(sources)) return null;
  const max = typeof v.maxSources === 'number' && Number.isInteger(v.maxSources) && v.maxSources > 0 ? v.maxSources : 1;
  return {
    label: v.label,
    params: { dataset, index, sources },
    maxSources: max,
    reset: Array.isArray(v.reset) ? v.reset.filter(text) : [],
    set: isRecord(v.set) ? v.set : {},
  };
}

/**
 * The params of a run that covers just this image: those of `from` (a run of the same analysis on
 * this page, so the evidence is made as its was: same sources and settings) without the spec's
 * `reset`, else the analysis's defaults; then the image's dataset and index, the spec's `set`, and
 * the page's models as sources when the copied params name none. Only a test image of a dataset
 * named by its plugin can be asked for (a dataset with params has no name to ask by here).
 */
export function requestParams(
  spec: RequestSpec,
  analysis: string,
  image: { readonly dataset: string; readonly split: string; readonly index: number },
  from: unknown,
  models: readonly string[],
): RunRequest {
  if (image.split !== 'test') return { ok: false, reason: 'Only test images can be computed on request.' };
  if (image.dataset.includes('{'))
    return {
      ok: false,
      reason: `Dataset ${image.dataset} has params: start a ${analysis} run with ${spec.params.index} from the new-run form.`,
    };
  const reset = new Set([...spec.reset, spec.params.dataset, spec.params.index]);
  const base: Record<string, unknown> = {};
  if (isRecord(from)) for (const [k, v] of Object.entries(from)) if (!reset.has(k)) base[k] = v;
  const given = base[spec.params.sources];
  const copied = Array.isArray(given) ? given.filter((s): s is string => typeof s === 'string') : [];
  const sources = (copied.length > 0 ? copied : [...models]).slice(0, spec.maxSources);
  if (sources.length === 0)
    return { ok: false, reason: `No source model is named here: start a ${analysis} run from the new-run form.` };
  return {
    ok: true,
    sources,
    params: {
      ...base,
      [spec.params.sources]: sources,
      [spec.params.dataset]: [image.dataset],
      [spec.params.index]: [image.index],
      ...spec.set,
    },
  };
}
