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
  /** Columns shown, in this order (default: every column the facets do not fix). */
  readonly columns?: readonly string[];
  /**
   * A wide table (a pivot): one row per value of the other dimension, model and text columns,
   * and each of `values` spread into one column per value of the dimension `columns` (accuracy
   * at every n, say). When `columns` is also a facet, its chosen value is highlighted, ranks by
   * it, and the columns not spread show the row at that value.
   */
  readonly pivot?: { readonly columns: string; readonly values: readonly string[] };
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
  /**
   * Columns that split the images into strips, one per combination of their values in row order,
   * each headed by those values (a source, then helpful or harmful, say).
   */
  readonly group?: readonly string[];
  /**
   * Columns the facets fix (one value over the shown rows), drawn once above the images: the
   * image the gallery explains and its class, say.
   */
  readonly header?: readonly string[];
  /** A column whose 'yes' outlines the image (a training image of the test image's class, say). */
  readonly mark?: string;
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
  /**
   * How a run of this analysis computes the view for one test image no stored run covers
   * (optional): the per-example page offers a button that starts such a run. Its params are
   * those of the newest run of this analysis the page shows (else the analysis's defaults),
   * without the `reset` params, with `params.dataset` set to `[dataset]`, `params.index` to
   * `[index]`, the `set` values, and, when the copied params name no sources, the page's models
   * (at most `maxSources`) in `params.sources`.
   */
  readonly onRequest?: EvidenceRequest;
}

/** The params an evidence view's on-request run is made of (see EvidenceView.onRequest). */
export interface EvidenceRequest {
  /** The button's label ("Compute heat maps"). */
  readonly label: string;
  readonly params: {
    /** A list param of dataset names. */
    readonly dataset: string;
    /** A list param of test-split indices. */
    readonly index: string;
    /** A list param of source model ids. */
    readonly sources: string;
  };
  readonly maxSources: number;
  /** Params dropped from the copied run (its subset). */
  readonly reset?: readonly string[];
  /** Params set on top (JSON values). */
  readonly set?: Readonly<Record<string, unknown>>;
}

export type OutputView = TableView | SeriesView | GalleryView | EvidenceView;
