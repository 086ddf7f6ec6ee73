'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { imageSrc } from '../influence/gallery-images';
import { errorText } from '../ui/error-text';
import { ErrorState, LoadingState } from '../ui/states';
import { exampleHref, ratioText } from './saliency-choice';
import { SALIENCY_GRID_QUERY } from './saliency.queries';

/** Images per grid page. */
export const GRID_PAGE = 12;

/** A dataset key with params (`name{...}`) has no thumbnails of its own: the route loads plugins by name. */
export const thumbnailOf = (dataset: string): string | undefined =>
  dataset.includes('{') ? undefined : dataset;

/**
 * The study's Figure 4 for any number of sources: rows = test images, columns = sources, each cell
 * the image with the source's heat map laid over it and its alignment score under it.
 */
export function SaliencyGrid({
  runId,
  dataset,
  kind,
  page,
  onPage,
}: {
  readonly runId: string;
  readonly dataset: string;
  readonly kind: string;
  readonly page: number;
  readonly onPage: (page: number) => void;
}): ReactNode {
  const q = useQuery(SALIENCY_GRID_QUERY, {
    variables: { runId, dataset, kind, skip: page * GRID_PAGE, take: GRID_PAGE },
    ssr: false,
  });
  if (!q.data) {
    return q.error ? (
      <ErrorState
        title="Cannot load the grid."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Loading maps…</LoadingState>
    );
  }
  const grid = q.data.saliencyGrid;
  const thumbs = thumbnailOf(dataset);
  const pages = Math.ceil(grid.total / GRID_PAGE);
  return (
    <section className="saliency-grid-section">
      <p className="muted">
        Maps are kept for the first {grid.withMaps} of {grid.total} images; scores for all. Open an image for
        its per-example view.
      </p>
      <table className="saliency-grid" data-testid="saliency-grid">
        <thead>
          <tr>
            <th scope="col">Image</th>
            {grid.sources.map((s) => (
              <th scope="col" key={s}>
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.index} data-index={row.index}>
              <th scope="row">
                <Link href={exampleHref(dataset, row.index, [runId])} data-testid="example-link">
                  #{row.index}
                </Link>
                <div className="muted">class {row.label}</div>
              </th>
              {row.cells.map((c) => (
                <td key={c.source} data-source={c.source}>
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
                    {c.map && (
                      <img
                        className="sal-map"
                        data-testid="heat-map"
                        src={c.map}
                        alt={`${c.source} saliency on image ${row.index}`}
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
                    {ratioText(c.ratio)}
                    {c.predicted !== row.label && (
                      <span className="sal-wrong" title={`predicted class ${c.predicted}`}>
                        {' '}
                        ✗
                      </span>
                    )}
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
    </section>
  );
}
