'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ANALYSES_NAV_QUERY } from '../analyses/analyses.queries';
import { analysisLabel } from '../shell/nav-links';
import { errorText } from '../ui/error-text';
import { ErrorState, LoadingState } from '../ui/states';

/** One link per analysis page, from the server's registry, and the per-example page that joins them. */
export function AnalysisLinks(): ReactNode {
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
    <ul className="plugin-list" data-testid="home-analyses">
      {q.data.analyses.map((a) => (
        <li key={a.analysis} className="plugin-card" data-analysis={a.analysis}>
          <Link href={`/analyses/${encodeURIComponent(a.analysis)}`}>{analysisLabel(a.analysis)}</Link>
          <p className="muted">{a.description}</p>
        </li>
      ))}
      <li className="plugin-card" data-analysis="">
        <Link href="/examples">Examples</Link>
        <p className="muted">
          One test image across every run: each analysis&apos;s evidence about it side by side.
        </p>
      </li>
    </ul>
  );
}
