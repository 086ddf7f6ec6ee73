'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { errorText } from '../ui/error-text';
import { ErrorState, LoadingState } from '../ui/states';
import { ANALYSES_NAV_QUERY } from './analyses.queries';

/** Every registered analysis, from the server's registry, each linking to its page. */
export function AnalysesIndex(): ReactNode {
  const q = useQuery(ANALYSES_NAV_QUERY, { ssr: false });
  if (!q.data) {
    return q.error ? (
      <ErrorState
        title="Cannot load the analyses."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Loading the analyses…</LoadingState>
    );
  }
  return (
    <ul className="plugin-list" data-testid="analyses-list">
      {q.data.analyses.map((a) => (
        <li key={a.analysis} className="plugin-card">
          <Link href={`/analyses/${encodeURIComponent(a.analysis)}`}>{a.analysis}</Link>
          <p className="muted">{a.description}</p>
        </li>
      ))}
    </ul>
  );
}
