/** How the dashboard draws a table; each view is a small spec bound to one table (W&B's custom charts). */
export const VIEW_KINDS = ['table', 'series', 'gallery', 'evidence'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

interface ViewBase {
  readonly title: string;
  /** The table the view reads. */
  readonly table: string;
  readonly description?: string;
  /** Dimension (or model) columns the page offers a picker for; rows are filtered to the chosen values. */
  readonly facets?: readonly string[];
}

/** Rows as a table, optionally ranked by a measure or interval column (rank 1 first). */
export interface TableView extends ViewBase {
  readonly kind: 'table';
  readonly rank?: { readonly by: string; readonly order: 'asc' | 'desc' };
}

/** Lines of `y` against `x`, one per value of `series`, with the 95% band when `y` is an interval. */
export interface SeriesView extends ViewBase {
  readonly kind: 'series';
  readonly x: string;
  readonly y: string;
  readonly series: string;
  readonly xScale?: 'linear' | 'log2';
}

/** Images in a grid, one cell per row, with the captions' columns under each. */
export interface GalleryView extends ViewBase {
  readonly kind: 'gallery';
  /** An image or picture column. */
  readonly image: string;
  readonly caption?: readonly string[];
}

/**
 * Per-example evidence: rows keyed by an image column, joined with every other analysis's
 * evidence for the same `(dataset, split, index)` on the per-example page.
 */
export interface EvidenceView extends ViewBase {
  readonly kind: 'evidence';
  /** The image column the rows are keyed by. */
  readonly image: string;
  /** Columns shown for the example (measures, pictures, models). */
  readonly show: readonly string[];
}

export type OutputView = TableView | SeriesView | GalleryView | EvidenceView;
