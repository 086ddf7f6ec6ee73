'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Empty, LoadError, Loading } from '../runs/page-states';
import { CATALOG_DATASETS_QUERY } from './catalog.queries';
import { DatasetCard } from './dataset-card';

/** Every dataset plugin as a card. */
export function DatasetsGrid(): ReactNode {
  const { data, loading, error, refetch } = useQuery(CATALOG_DATASETS_QUERY, {
    ssr: false,
    notifyOnNetworkStatusChange: true,
  });
  if (error) return <LoadError what="the datasets" error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading what="the datasets" />;
  if (data.datasets.length === 0) return <Empty>No dataset plugins are registered.</Empty>;
  return (
    <div className="dataset-grid">
      {data.datasets.map((d) => (
        <DatasetCard key={d.name} dataset={d} />
      ))}
    </div>
  );
}
