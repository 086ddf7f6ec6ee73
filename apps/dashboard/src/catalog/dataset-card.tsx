'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { LoadError } from '../runs/page-states';
import { CATALOG_DATASET_QUERY, THUMBNAILS_SHOWN, type CatalogDatasetDetails } from './catalog.queries';
import { thumbnailSrc } from './model-rows';

function Details({
  name,
  details,
}: {
  readonly name: string;
  readonly details: CatalogDatasetDetails;
}): ReactNode {
  const { channels, height, width } = details.imageShape;
  return (
    <>
      <dl className="facts small-facts">
        <dt>Train / test</dt>
        <dd data-testid="dataset-sizes">
          {details.trainSize.toLocaleString()} / {details.testSize.toLocaleString()}
        </dd>
        <dt>Images</dt>
        <dd>
          {channels}×{height}×{width}
        </dd>
        <dt>Classes ({details.classes.length})</dt>
        <dd className="classes">{details.classes.join(', ')}</dd>
      </dl>
      <ul className="thumbs" aria-label={`${name} sample images`}>
        {details.thumbnails.map((t) => (
          <li key={t.index}>
            {/* Tiny PNGs from the server at a fixed size: next/image would add nothing here. */}
            <img
              src={thumbnailSrc(t.url)}
              alt={`${t.className} (training image ${t.index})`}
              title={t.className}
              width={56}
              height={56}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One dataset: its facts and a grid of sample images, loaded on its own (loading a dataset can take seconds). */
export function DatasetCard({
  dataset,
}: {
  readonly dataset: { name: string; version: string; description: string; origin: string };
}): ReactNode {
  const { data, loading, error, refetch } = useQuery(CATALOG_DATASET_QUERY, {
    variables: { name: dataset.name, thumbnails: THUMBNAILS_SHOWN },
    ssr: false,
    notifyOnNetworkStatusChange: true,
  });
  const headingId = `dataset-${dataset.name}`;
  let body: ReactNode;
  if (error)
    body = <LoadError what={`dataset ${dataset.name}`} error={error} onRetry={() => void refetch()} />;
  else if (loading || !data)
    body = (
      <p className="muted" role="status" aria-busy="true">
        Loading {dataset.name}…
      </p>
    );
  else if (!data.dataset.details)
    body = <p className="inline-error">Cannot be loaded: {data.dataset.loadError ?? 'no reason given'}</p>;
  else body = <Details name={dataset.name} details={data.dataset.details} />;

  return (
    <section className="dataset-card" aria-labelledby={headingId} data-dataset={dataset.name}>
      <h3 id={headingId}>
        {dataset.name} <span className="tag">v{dataset.version}</span>
      </h3>
      <p className="muted small">{dataset.description}</p>
      {body}
    </section>
  );
}
