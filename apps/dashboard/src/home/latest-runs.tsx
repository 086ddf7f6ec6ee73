'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { RESULTS_RUNS_QUERY } from '../results/results.query';
import { formatTime, shortId } from '../runs/format';
import { ProgressBar } from '../runs/progress-bar';
import { isActive, progressPercent } from '../runs/run-progress';
import { StatusBadge } from '../runs/status-badge';
import { errorText } from '../ui/error-text';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { HOME_RUNS_SHOWN } from './home.queries';

/** While a listed run is active the list refreshes itself this often. */
const POLL_MS = 2_000;

/** The newest runs with their status and progress, each linking to its run page and its analysis's page. */
export function LatestRuns(): ReactNode {
  const [poll, setPoll] = useState(0);
  const q = useQuery(RESULTS_RUNS_QUERY, {
    variables: { take: HOME_RUNS_SHOWN },
    ssr: false,
    pollInterval: poll,
  });
  const anyActive = (q.data?.runs ?? []).some((r) => isActive(r.status));
  useEffect(() => setPoll(anyActive ? POLL_MS : 0), [anyActive]);

  if (!q.data) {
    return q.error ? (
      <ErrorState
        title="Cannot load the runs."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Loading the latest runs…</LoadingState>
    );
  }
  if (q.data.runs.length === 0) {
    return (
      <EmptyState title="No runs yet.">
        <p>
          <Link href="/runs/new">Start a run</Link> to fine-tune natural and robust sources on a target and
          compare them here.
        </p>
      </EmptyState>
    );
  }
  return (
    <table className="table runs-table" data-testid="latest-runs">
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">Analysis</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Trials (done / failed / all)</th>
          <th scope="col">Started</th>
        </tr>
      </thead>
      <tbody>
        {q.data.runs.map((run) => (
          <tr key={run.id} data-run={run.id}>
            <td>
              <Link href={`/runs/${encodeURIComponent(run.id)}`} title={run.id}>
                <code>{shortId(run.id)}</code>
              </Link>
            </td>
            <td>
              <Link href={`/analyses/${encodeURIComponent(run.analysis)}?run=${encodeURIComponent(run.id)}`}>
                {run.analysis}
              </Link>
            </td>
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>
              <ProgressBar
                compact
                percent={progressPercent(run.progress)}
                label={`Progress of run ${run.id}`}
              />
            </td>
            <td className="num">
              {run.completedCount} / {run.failedCount} / {run.trialCount}
            </td>
            <td>{formatTime(run.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
