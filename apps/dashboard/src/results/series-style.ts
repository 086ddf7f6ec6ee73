/** A CSS-class-safe name for a source, used in the chart bands' class names (band-<slug>). */
export function slug(source: string): string {
  const s = source
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'source';
}

// Tableau 10: distinguishable, and readable on white.
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** A source keeps its colour on every chart: its place among the run's sorted sources. */
export function seriesColor(source: string, allSources: readonly string[]): string {
  const i = allSources.indexOf(source);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length]!;
}
