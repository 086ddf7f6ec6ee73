'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { errorText } from '../ui/error-text';
import { ErrorState, LoadingState } from '../ui/states';
import { ANALYSES_NAV_QUERY } from './analyses.queries';

/**
 * Every registered analysis, from the server's registry, each linking to its page; `label`
 * names a link (default: the plugin's name) and `children` are more cards after them.
 */
export function AnalysesIndex({
  testId = 'analyses-list',
  label = (name) => name,
  children,
}: {
  readonly testId?: string;
  readonly label?: (name: string) => string;
  readonly children?: ReactNode;
}): ReactNode {
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
    <ul className="plugin-list" data-testid={testId}>
      {q.data.analyses.map((a) => (
        <li key={a.analysis} className="plugin-card" data-analysis={a.analysis}>
          <Link href={`/analyses/${encodeURIComponent(a.analysis)}`}>{label(a.analysis)}</Link>
          <p className="muted">{a.description}</p>
        </li>
      ))}
      {children}
    </ul>
  );
}
