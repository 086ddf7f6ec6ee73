import type { SaliencyGroup } from './saliency.queries';

/** The map kinds a grid can show, with the method whose score sits under each cell. */
export const MAP_KINDS = [
  { value: 'gradient', label: 'Loss gradient |∇|', method: 'gradient' },
  { value: 'gradient-signed', label: 'Loss gradient (signed)', method: 'gradient' },
  { value: 'smoothgrad', label: 'SmoothGrad', method: 'smoothgrad' },
  { value: 'integrated-gradients', label: 'Integrated gradients', method: 'integrated-gradients' },
] as const;

export const methodOfKind = (kind: string): string =>
  MAP_KINDS.find((k) => k.value === kind)?.method ?? 'gradient';

/** The datasets of a run's groups, in order. */
export const datasetsOf = (groups: readonly SaliencyGroup[]): string[] => [
  ...new Set(groups.map((g) => g.dataset)),
];

/** The kinds a dataset has maps for (the signed gradient comes with the gradient). */
export function kindsOf(groups: readonly SaliencyGroup[], dataset: string): string[] {
  const methods = new Set(groups.filter((g) => g.dataset === dataset).map((g) => g.method));
  return MAP_KINDS.filter((k) => methods.has(k.method)).map((k) => k.value);
}

/** The requested value when it is one of the options, else the first. */
export const pickOne = (options: readonly string[], requested: string | null): string | undefined =>
  requested !== null && options.includes(requested) ? requested : options[0];

/** An alignment ratio as shown under a cell: two decimals and '×' (1× = chance). */
export const ratioText = (r: number | null | undefined): string =>
  r === null || r === undefined ? '–' : `${r.toFixed(2)}×`;

/** The per-example view of one image, gathering from these runs. */
export function exampleHref(dataset: string, index: number, runIds: readonly string[]): string {
  const q = runIds.length > 0 ? `?${new URLSearchParams({ runs: runIds.join(',') }).toString()}` : '';
  return `/examples/${encodeURIComponent(dataset)}/${index}${q}`;
}

/** Bars with error whiskers for the chart: mean and the distances to the interval's bounds. */
export function chartRows(group: SaliencyGroup): { source: string; mean: number; error: [number, number] }[] {
  return group.sources.map((s) => ({
    source: s.source,
    mean: s.alignment.mean,
    error: [
      s.alignment.low === null ? 0 : s.alignment.mean - s.alignment.low,
      s.alignment.high === null ? 0 : s.alignment.high - s.alignment.mean,
    ],
  }));
}
