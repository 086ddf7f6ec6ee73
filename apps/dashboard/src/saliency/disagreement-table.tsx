'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { errorText } from '../ui/error-text';
import { ErrorState, LoadingState } from '../ui/states';
import { exampleHref, ratioText } from './saliency-choice';
import { SALIENCY_DISAGREEMENTS_QUERY } from './saliency.queries';

/** The images where a robust source's alignment differs most from the natural source's. */
export function DisagreementTable({
  runId,
  dataset,
  method,
  runIds,
}: {
  readonly runId: string;
  readonly dataset: string;
  readonly method: string;
  readonly runIds: readonly string[];
}): ReactNode {
  const q = useQuery(SALIENCY_DISAGREEMENTS_QUERY, {
    variables: { runId, dataset, method, take: 15 },
    ssr: false,
  });
  if (!q.data)
    return q.error ? (
      <ErrorState
        title="Cannot load the disagreements."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Loading…</LoadingState>
    );
  const rows = q.data.saliencyDisagreements;
  if (rows.length === 0) return <p className="muted">No pair of a natural and a robust source to compare.</p>;
  return (
    <table className="table" data-testid="disagreements">
      <thead>
        <tr>
          <th scope="col">Image</th>
          <th scope="col">Source</th>
          <th scope="col">Alignment</th>
          <th scope="col">{rows[0]!.baseline}</th>
          <th scope="col">Δ</th>
          <th scope="col">Predicted (source / natural)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.source}/${r.index}`}>
            <td>
              <Link href={exampleHref(dataset, r.index, runIds)}>#{r.index}</Link>{' '}
              <span className="muted">class {r.label}</span>
            </td>
            <td>{r.source}</td>
            <td>{ratioText(r.ratio)}</td>
            <td>{ratioText(r.baselineRatio)}</td>
            <td className={r.ratio >= r.baselineRatio ? 'delta delta--up' : 'delta delta--down'}>
              {(r.ratio - r.baselineRatio).toFixed(2)}
            </td>
            <td>
              {r.predicted === r.label ? '✓' : `✗ ${r.predicted}`} /{' '}
              {r.baselinePredicted === r.label ? '✓' : `✗ ${r.baselinePredicted}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
