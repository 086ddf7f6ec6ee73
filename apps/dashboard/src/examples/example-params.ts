/** Most runs one per-example query may name (the server's limit). */
export const MAX_EXAMPLE_RUNS = 20;

/** The runs a `runs` search param names (comma-separated, each once); undefined: let the server choose. */
export function runIdsParam(raw: string | null): string[] | undefined {
  const ids = [...new Set((raw ?? '').split(',').map((s) => s.trim()))].filter((s) => s !== '');
  return ids.length === 0 ? undefined : ids.slice(0, MAX_EXAMPLE_RUNS);
}

/** The split a `split` search param names; anything else (an old link has none) reads as test. */
export const splitParam = (raw: string | null): 'train' | 'test' => (raw === 'train' ? 'train' : 'test');

/** A split picker's value: 'train', 'test', or undefined for both. */
export const splitFilter = (raw: string | null): 'train' | 'test' | undefined =>
  raw === 'train' || raw === 'test' ? raw : undefined;

/** A page number from the URL (1-based); anything else reads as the first. */
export function pageParam(raw: string | null): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
