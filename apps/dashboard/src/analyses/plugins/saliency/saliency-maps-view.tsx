'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { imageSrc } from '../../../catalog/image-src';
import { Picker } from '../../../ui/picker';
import { ErrorState, LoadingState } from '../../../ui/states';
import type { CustomViewProps } from '../../custom-views';
import { exampleHref, thumbnailOf } from '../../image-links';
import { useTablePage } from '../../use-table-page';
import { pickFacet } from '../../view-data';
import {
  firstWarning,
  GRID_IMAGES,
  gridRows,
  imagesWithMaps,
  kindLabel,
  methodOfKind,
  pageOf,
  ratioText,
} from './maps-grid';
import './saliency-maps.css';

const FACETS = ['dataset', 'kind', 'source'] as const;

/**
 * The study's Figure 4 for any number of sources, from the `maps` table: rows = test images,
 * columns = sources, each cell the image with the source's heat map laid over it and the image's
 * alignment score under it. Dataset and kind are kept in the URL under the table's column names,
 * so the declared views above move with them (a kind also picks its method there).
 */
export function SaliencyMapsView({ runId, params, setParams, poll }: CustomViewProps): ReactNode {
  const facetPage = useTablePage({ runId, table: 'maps', facets: FACETS, take: 1, poll });
  const facets = facetPage.state === 'ready' ? facetPage.page.facets : [];
  const valuesOf = (column: string): readonly unknown[] =>
    facets.find((f) => f.column === column)?.values ?? [];
  const datasets = valuesOf('dataset').map(String);
  const kinds = valuesOf('kind').map(String);
  const sources = valuesOf('source').map(String);
  const dataset = pickFacet(datasets, params.get('dataset')) as string | undefined;
  const kind = pickFacet(kinds, params.get('kind')) as string | undefined;
  const page = pageOf(params.get('page'));
  const perPage = GRID_IMAGES * Math.max(1, sources.length);
  const rowsPage = useTablePage({
    runId,
    table: 'maps',
    filter: { dataset, kind },
    take: perPage,
    skip: page * perPage,
    poll,
    skipQuery: dataset === undefined || kind === undefined,
  });

  return (
    <section className="panel chart-panel saliency-maps" data-testid="saliency-maps">
      <h2>What each source looks at</h2>
      <p className="muted">
        Each test image with every source&apos;s heat map laid over it and the image&apos;s alignment score
        under it (1× = chance; ✗: the model gets the image wrong). Open an image for its per-example view.
      </p>
      {facetPage.state === 'loading' && <LoadingState>Loading the heat maps…</LoadingState>}
      {facetPage.state === 'error' && (
        <ErrorState
          title="Cannot load the heat maps."
          message={facetPage.message}
          onRetry={facetPage.retry}
        />
      )}
      {facetPage.state === 'ready' && (dataset === undefined || kind === undefined) && (
        <p className="muted">No heat maps in this run yet (a run with maps: 0 keeps scores only).</p>
      )}
      {dataset !== undefined && kind !== undefined && (
        <div className="pickers">
          <Picker
            label="Dataset"
            testId="pick-dataset"
            value={dataset}
            options={datasets.map((d) => ({ value: d, label: d }))}
            onChange={(d) => setParams({ dataset: d, page: null })}
          />
          <Picker
            label="Map"
            testId="pick-kind"
            value={kind}
            options={kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
            onChange={(k) => setParams({ kind: k, method: methodOfKind(k), page: null })}
          />
        </div>
      )}
      {rowsPage.state === 'error' && (
        <ErrorState title="Cannot load the heat maps." message={rowsPage.message} onRetry={rowsPage.retry} />
      )}
      {rowsPage.state === 'ready' && dataset !== undefined && (
        <MapsGrid
          runId={runId}
          dataset={dataset}
          sources={sources}
          rows={rowsPage.page.rows as Record<string, unknown>[]}
          total={rowsPage.page.total}
          page={page}
          onPage={(p) => setParams({ page: p === 0 ? null : String(p) })}
        />
      )}
    </section>
  );
}

function MapsGrid({
  runId,
  dataset,
  sources,
  rows,
  total,
  page,
  onPage,
}: {
  readonly runId: string;
  readonly dataset: string;
  readonly sources: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  readonly total: number;
  readonly page: number;
  readonly onPage: (page: number) => void;
}): ReactNode {
  const grid = gridRows(rows);
  const images = imagesWithMaps(total, sources.length);
  const pages = Math.ceil(images / GRID_IMAGES);
  const setting = typeof rows[0]?.setting === 'string' ? rows[0].setting : 'source';
  const warning = firstWarning(grid);
  return (
    <>
      <p className="muted" data-testid="maps-model">
        Model:{' '}
        {setting === 'source' ? 'each source as it is' : `each source fine-tuned to ${dataset} (${setting})`}.
        Maps are kept for the first {images} images of the subset; the tables above score them all.
      </p>
      {warning !== null && (
        <p className="sal-note" data-testid="maps-warning">
          ⚠ Degenerate maps (marked ⚠): {warning}.
        </p>
      )}
      {grid.length === 0 ? (
        <p className="muted">No heat maps on this page.</p>
      ) : (
        <div className="table-scroll">
          <table className="saliency-grid" data-testid="saliency-grid">
            <thead>
              <tr>
                <th scope="col">Image</th>
                {sources.map((s) => (
                  <th scope="col" key={s}>
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.map((row) => {
                const thumbs = row.image ? thumbnailOf(row.image.dataset) : undefined;
                return (
                  <tr key={row.index} data-index={row.index}>
                    <th scope="row">
                      <Link href={exampleHref(dataset, row.index, [runId])} data-testid="example-link">
                        #{row.index}
                      </Link>
                      <div className="muted">class {row.label}</div>
                    </th>
                    {sources.map((source) => {
                      const c = row.cells.get(source);
                      return (
                        <td key={source} data-source={source}>
                          <div className="sal-cell">
                            {thumbs && (
                              <img
                                className="sal-image"
                                src={imageSrc(thumbs, row.index, 'test')}
                                alt={`test image ${row.index}`}
                                width={84}
                                height={84}
                              />
                            )}
                            {c?.heatmap && (
                              <img
                                className="sal-map"
                                data-testid="heat-map"
                                src={c.heatmap}
                                alt={`${source} saliency on image ${row.index}`}
                                width={84}
                                height={84}
                              />
                            )}
                          </div>
                          <div
                            className="sal-score"
                            data-testid="alignment-score"
                            title="alignment: share of saliency on the object over its area share (1× = chance)"
                          >
                            {ratioText(c?.score)}
                            {c?.warning && (
                              <span className="sal-warning" data-testid="map-warning" title={c.warning}>
                                {' '}
                                ⚠
                              </span>
                            )}
                            {c && c.predicted !== row.label && (
                              <span className="sal-wrong" title={`predicted class ${c.predicted}`}>
                                {' '}
                                ✗
                              </span>
                            )}
                          </div>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            ← Previous
          </button>
          <span>
            page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
            Next →
          </button>
        </div>
      )}
    </>
  );
}
