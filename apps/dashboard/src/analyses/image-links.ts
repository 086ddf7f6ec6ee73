/**
 * The per-example page of an image, gathering from these runs (none: the newest with evidence);
 * without a split the page shows the test split's image.
 */
export function exampleHref(
  dataset: string,
  index: number,
  runIds: readonly string[],
  split?: 'train' | 'test',
): string {
  const q = new URLSearchParams();
  if (runIds.length > 0) q.set('runs', runIds.join(','));
  if (split !== undefined) q.set('split', split);
  const search = q.toString();
  return `/examples/${encodeURIComponent(dataset)}/${index}${search === '' ? '' : `?${search}`}`;
}

/**
 * The dataset whose thumbnails show an image reference's dataset, or undefined: a key with params
 * (`name{...}`, a view's dataset) has none, since the thumbnail route loads plugins by name with
 * their default params, whose indices point at other images.
 */
export const thumbnailOf = (dataset: string): string | undefined =>
  dataset.includes('{') ? undefined : dataset;
