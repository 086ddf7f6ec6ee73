type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Where an old per-analysis address (/robustness, /influence, /saliency) lands: the analysis's
 * page with the same query, each parameter under its new name where `renamed` gives one.
 */
export function movedPageHref(
  analysis: string,
  query: SearchParams,
  renamed: Readonly<Record<string, string>> = {},
): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of [value ?? []].flat()) q.append(Object.hasOwn(renamed, key) ? renamed[key]! : key, v);
  const s = q.toString();
  return `/analyses/${encodeURIComponent(analysis)}${s ? `?${s}` : ''}`;
}
