import { asImage, type ImageCell } from '../../cell-values';
import type { TableRow } from '../../analyses.queries';

/** Images per page of the grid. */
export const GRID_IMAGES = 12;

/** The map kinds the saliency trial stores, as the picker names them; the method whose score each carries. */
const KINDS: Readonly<Record<string, { readonly label: string; readonly method: string }>> = {
  gradient: { label: 'Loss gradient |∇|', method: 'gradient' },
  'gradient-signed': { label: 'Loss gradient (signed)', method: 'gradient' },
  smoothgrad: { label: 'SmoothGrad', method: 'smoothgrad' },
  'integrated-gradients': { label: 'Integrated gradients', method: 'integrated-gradients' },
};

export const kindLabel = (kind: string): string => (Object.hasOwn(KINDS, kind) ? KINDS[kind]!.label : kind);

/** The method of the tables above that goes with a map kind (the signed gradient is the gradient's). */
export const methodOfKind = (kind: string): string =>
  Object.hasOwn(KINDS, kind) ? KINDS[kind]!.method : kind;

/** An alignment ratio as shown under a map: two decimals and '×' (1× = chance). */
export const ratioText = (r: number | null | undefined): string =>
  r === null || r === undefined ? '–' : `${r.toFixed(2)}×`;

/** One map of the `maps` table, read from its row. */
export interface MapCell {
  readonly source: string;
  readonly heatmap: string | null;
  readonly score: number | null;
  readonly predicted: number;
  /** Why the map's score may be high by construction (a degenerate integrated-gradients map), else null. */
  readonly warning: string | null;
}

/** One image of the grid: its reference, label and a map per source that has one. */
export interface GridRow {
  readonly index: number;
  readonly label: number;
  readonly image: ImageCell | null;
  readonly cells: ReadonlyMap<string, MapCell>;
}

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

/**
 * The `maps` rows of one dataset and kind (ordered image by image, a row per source) as grid rows:
 * one per image in the order the rows give, each with its sources' maps.
 */
export function gridRows(rows: readonly TableRow[]): GridRow[] {
  const out = new Map<
    number,
    { index: number; label: number; image: ImageCell | null; cells: Map<string, MapCell> }
  >();
  for (const r of rows) {
    const index = num(r.index, -1);
    if (index < 0) continue;
    const row = out.get(index) ?? {
      index,
      label: num(r.label, -1),
      image: asImage(r.image),
      cells: new Map(),
    };
    const source = String(r.source);
    row.cells.set(source, {
      source,
      heatmap: typeof r.heatmap === 'string' ? r.heatmap : null,
      score: typeof r.score === 'number' ? r.score : null,
      predicted: num(r.predicted, -1),
      warning: typeof r.warning === 'string' && r.warning !== '' ? r.warning : null,
    });
    out.set(index, row);
  }
  return [...out.values()];
}

/** The first warning among a page's maps (the note above the grid), or null when none has one. */
export const firstWarning = (grid: readonly GridRow[]): string | null =>
  grid.flatMap((r) => [...r.cells.values()]).find((c) => c.warning !== null)?.warning ?? null;

/**
 * How many images a dataset and kind have maps for, from the rows' total: each image has a row
 * per source (a source whose trial failed has none, so this can round up).
 */
export const imagesWithMaps = (totalRows: number, sources: number): number =>
  sources > 0 ? Math.ceil(totalRows / sources) : 0;

/** The grid page a URL asks for: a whole number from 0 (anything else is the first page). */
export function pageOf(requested: string | null): number {
  const p = Math.floor(Number(requested ?? 0));
  return Number.isFinite(p) && p > 0 ? p : 0;
}
