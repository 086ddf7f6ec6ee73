'use client';

import { useState, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '../ui/states';
import type { OutputTable, OutputView } from './analyses.queries';
import { tableCsvHref } from './csv-href';
import { FacetPicker } from './facet-picker';
import { useTablePage } from './use-table-page';
import { pickFacet } from './view-data';
import { GalleryView } from './views/gallery-view';
import { SeriesView } from './views/series-view';
import { TableView } from './views/table-view';

/** Rows a table or chart reads at once (the server's page limit). */
const CHART_ROWS = 500;
/** Images a gallery shows at first, and how many more each "Show more" adds. */
const GALLERY_PAGE = 48;

/**
 * One declared view: pickers for its facets (values from the whole table, the choice kept in the
 * URL under the column's name so views on the same columns move together), then its rows drawn.
 */
export function ViewPanel({
  runId,
  view,
  table,
  poll,
  params,
  setParams,
  options = {},
  echoes = [],
}: {
  readonly runId: string;
  readonly view: OutputView;
  readonly table: OutputTable;
  readonly poll: number;
  readonly params: URLSearchParams;
  readonly setParams: (changes: Record<string, string | null>) => void;
  /** The analysis's table options every table is asked with. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The analysis's option names: a table column of the same name echoes the option's value. */
  readonly echoes?: readonly string[];
}): ReactNode {
  const [shown, setShown] = useState(GALLERY_PAGE);
  const hasFacets = view.facets.length > 0;
  // A wide table reads every value of its pivot column; the facet's choice only highlights one.
  const pivot = view.kind === 'table' ? view.pivotColumns : null;
  // Each facet offers only the values left by the choices before it (an eps of the chosen norm);
  // the pivot column neither narrows nor is narrowed.
  const facetChoices = Object.fromEntries(
    view.facets.filter((f) => f !== pivot).map((f) => [f, params.get(f)]),
  );
  const facetPage = useTablePage({
    runId,
    table: table.name,
    facets: view.facets,
    facetChoices,
    options,
    take: 1,
    poll,
    skipQuery: !hasFacets,
  });
  const facetValues = facetPage.state === 'ready' ? facetPage.page.facets : [];
  const chosen: Record<string, unknown> = {};
  const filter: Record<string, unknown> = {};
  for (const f of facetValues) {
    const v = pickFacet(f.values, params.get(f.column));
    if (v === undefined) continue;
    chosen[f.column] = v;
    if (f.column !== pivot) filter[f.column] = v;
  }
  const gallery = view.kind === 'gallery' || view.kind === 'evidence';
  // A grouped gallery is read whole: a page cut would end a strip part-way.
  const paged = gallery && view.group.length === 0;
  const ready = !hasFacets || facetPage.state === 'ready';
  const rowsPage = useTablePage({
    runId,
    table: table.name,
    filter,
    options,
    take: paged ? shown : CHART_ROWS,
    poll,
    skipQuery: !ready,
  });

  return (
    <section className="panel chart-panel" data-testid={`view-${view.kind}`} data-view-table={table.name}>
      <h2>{view.title}</h2>
      <p className="muted">{view.description ?? table.description}</p>
      {facetPage.state === 'error' && (
        <ErrorState
          title="Cannot load this view's choices."
          message={facetPage.message}
          onRetry={facetPage.retry}
        />
      )}
      {facetValues.length > 0 && (
        <div className="pickers">
          {facetValues.map((f) => {
            const column = table.columns.find((c) => c.name === f.column);
            if (!column) return null;
            return (
              <FacetPicker
                key={f.column}
                column={column}
                values={f.values}
                value={String(chosen[f.column])}
                onChange={(v) => setParams({ [f.column]: v })}
              />
            );
          })}
        </div>
      )}
      {rowsPage.state === 'loading' && <LoadingState>Loading {view.title.toLowerCase()}…</LoadingState>}
      {rowsPage.state === 'error' && (
        <ErrorState
          title={`Cannot load ${view.title}.`}
          message={rowsPage.message}
          onRetry={rowsPage.retry}
        />
      )}
      {rowsPage.state === 'ready' && rowsPage.page.rows.length === 0 && <p className="muted">No rows yet.</p>}
      {rowsPage.state === 'ready' && rowsPage.page.rows.length > 0 && (
        <>
          {view.kind === 'table' && (
            <TableView
              view={view}
              table={table}
              rows={rowsPage.page.rows as Record<string, unknown>[]}
              chosen={chosen}
              echoes={echoes}
              csvHref={tableCsvHref(runId, table.name, filter, options)}
            />
          )}
          {view.kind === 'series' && (
            <SeriesView view={view} table={table} rows={rowsPage.page.rows as Record<string, unknown>[]} />
          )}
          {gallery && (
            <GalleryView view={view} table={table} rows={rowsPage.page.rows as Record<string, unknown>[]} />
          )}
          {rowsPage.page.total > rowsPage.page.rows.length && (
            <p className="muted">
              {rowsPage.page.rows.length} of {rowsPage.page.total} rows shown.{' '}
              {paged && shown < CHART_ROWS && (
                <button type="button" onClick={() => setShown(Math.min(CHART_ROWS, shown + GALLERY_PAGE))}>
                  Show more
                </button>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
