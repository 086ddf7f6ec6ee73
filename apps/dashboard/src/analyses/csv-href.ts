/**
 * The server's CSV of a run's table (GET /runs/<id>/tables/<name>.csv), cut by the same filter
 * and computed with the same options as the rows shown.
 */
export function tableCsvHref(
  runId: string,
  table: string,
  filter: Readonly<Record<string, unknown>> = {},
  options: Readonly<Record<string, unknown>> = {},
): string {
  const q = new URLSearchParams();
  if (Object.keys(filter).length > 0) q.set('filter', JSON.stringify(filter));
  if (Object.keys(options).length > 0) q.set('options', JSON.stringify(options));
  const query = q.toString();
  return `/runs/${encodeURIComponent(runId)}/tables/${table}.csv${query ? `?${query}` : ''}`;
}
