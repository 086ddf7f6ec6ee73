/** The query parameters the leaderboard and compare pages took, as the transfer page's URL names them. */
const KEPT = ['run', 'target', 'depth', 'n', 'baseline'] as const;

/**
 * Where an old /leaderboard or /compare link lands: the transfer analysis's page with the same
 * run, target, depth, data budget and baseline. Those pages spelled the null depth 'all'; the
 * page's depth facet spells it 'null'.
 */
export function transferHref(query: Readonly<Record<string, string | string[] | undefined>>): string {
  const q = new URLSearchParams();
  for (const key of KEPT) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === '') continue;
    q.set(key, key === 'depth' && value === 'all' ? 'null' : value);
  }
  const s = q.toString();
  return `/analyses/transfer${s ? `?${s}` : ''}`;
}
