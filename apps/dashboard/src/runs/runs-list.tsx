'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { Empty, LoadError, Loading } from './page-states';
import { formatTime, shortId } from './format';
import { ImportedMark } from './imported-mark';
import { ProgressBar } from './progress-bar';
import { isActive, progressPercent } from './run-progress';
import { RUNS_LIST_QUERY, RUNS_PAGE_SIZE } from './runs.queries';
import { StatusBadge } from './status-badge';

/** While a listed run is active the list refreshes itself this often. */
const LIST_POLL_MS = 2_000;

/** The runs, newest first, a page at a time (one more is asked for to know whether an older page exists). */
export function RunsList(): ReactNode {
  const [page, setPage] = useState(0);
  const [poll, setPoll] = useState(0);
  const { data, loading, error, refetch } = useQuery(RUNS_LIST_QUERY, {
    variables: { take: RUNS_PAGE_SIZE + 1, skip: page * RUNS_PAGE_SIZE },
    ssr: false,
    pollInterval: poll,
  });
  const anyActive = (data?.runs ?? []).some((r) => isActive(r.status));
  useEffect(() => setPoll(anyActive ? LIST_POLL_MS : 0), [anyActive]);

  if (error) return <LoadError what="the runs" error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading what="the runs" />;
  const runs = (data?.runs ?? []).slice(0, RUNS_PAGE_SIZE);
  const hasOlder = (data?.runs.length ?? 0) > RUNS_PAGE_SIZE;

  if (runs.length === 0 && page === 0) {
    return (
      <Empty>
        <p>No runs yet.</p>
        <p>
          <Link href="/runs/new">Start a run</Link> to sweep sources, targets and data budgets.
        </p>
      </Empty>
    );
  }

  return (
    <section aria-label="Runs">
      <table className="table runs-table">
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Analysis</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">Trials (done / failed / all)</th>
            <th scope="col">Started</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-run={run.id}>
              <td>
                <Link href={`/runs/${encodeURIComponent(run.id)}`} title={run.id}>
                  <code>{shortId(run.id)}</code>
                </Link>
              </td>
              <td>{run.analysis}</td>
              <td>
                <StatusBadge status={run.status} />
                <ImportedMark imported={run.imported} />
              </td>
              <td>
                <ProgressBar
                  compact
                  percent={progressPercent(run.progress)}
                  label={`Progress of run ${run.id}`}
                />
              </td>
              <td className="num">
                {run.trialCounts.completed} / {run.trialCounts.failed} / {run.trialCounts.total}
              </td>
              <td>{formatTime(run.createdAt)}</td>
              <td>{formatTime(run.finishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.length === 0 && <p className="muted">No runs on this page.</p>}
      <nav className="pager" aria-label="Runs pages">
        <button type="button" disabled={page === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>
          ← Newer
        </button>
        <span className="muted">Page {page + 1}</span>
        <button type="button" disabled={!hasOlder} onClick={() => setPage((p) => p + 1)}>
          Older →
        </button>
      </nav>
    </section>
  );
}
