/**
 * Heat maps computed on request for one image: a small run of the analysis that makes them,
 * mapping just this image. The one analysis the per-example page names, since a picture column
 * says what is drawn but not how to ask for one.
 */
export const MAPS_ANALYSIS = 'saliency';

/** Most sources one request maps (the analysis's own limit on sources). */
export const MAX_MAP_SOURCES = 64;

/** Params of a finished run that are about its subset, not about how maps are made: replaced. */
const SUBSET_PARAMS = new Set(['images', 'indices', 'maps', 'datasets', 'views']);

export type MapsRequest =
  | { readonly ok: true; readonly params: Record<string, unknown>; readonly sources: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The params of a run that maps just this image: those of `from` (a run of the maps analysis on
 * this page, so the maps are made as its were: same sources, methods, fine-tuning), else the
 * analysis's defaults over the models the page names. Only a test image of a dataset named by
 * its plugin can be asked for (a dataset with params has no name to ask by here).
 */
export function mapsRequest(
  image: { readonly dataset: string; readonly split: string; readonly index: number },
  from: unknown,
  models: readonly string[],
): MapsRequest {
  if (image.split !== 'test') return { ok: false, reason: 'Heat maps are computed for test images only.' };
  if (image.dataset.includes('{'))
    return {
      ok: false,
      reason: `Dataset ${image.dataset} has params: start a ${MAPS_ANALYSIS} run with indices from the new-run form.`,
    };
  const base: Record<string, unknown> = {};
  if (isRecord(from)) for (const [k, v] of Object.entries(from)) if (!SUBSET_PARAMS.has(k)) base[k] = v;
  const given = Array.isArray(base.sources)
    ? base.sources.filter((s): s is string => typeof s === 'string')
    : [];
  const sources = (given.length > 0 ? given : [...models]).slice(0, MAX_MAP_SOURCES);
  if (sources.length === 0)
    return {
      ok: false,
      reason: `No source model is named here: start a ${MAPS_ANALYSIS} run from the new-run form.`,
    };
  return {
    ok: true,
    sources,
    params: { ...base, sources, datasets: [image.dataset], indices: [image.index], maps: 1 },
  };
}
