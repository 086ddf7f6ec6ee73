/** A server timestamp (ISO 8601) as a short local date and time; the raw text if unparseable. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

/** The first characters of an id, enough to tell runs apart in a list. */
export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}

/** A trial's config in one line (`source=a target=b n=20 seed=0`); nested values are left out. */
export function configLine(config: unknown): string {
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    return JSON.stringify(config) ?? '';
  return Object.entries(config as Record<string, unknown>)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}
