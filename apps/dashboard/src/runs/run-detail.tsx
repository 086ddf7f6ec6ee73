'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { CancelButton } from './cancel-button';
import { errorMessages } from './error-messages';
import { formatTime } from './format';
import { ImportedMark } from './imported-mark';
import { LoadError, Loading } from './page-states';
import { ProgressBar } from './progress-bar';
import { isActive, pollInterval, progressPercent, statusRows } from './run-progress';
import { RunFailures } from './run-failures';
import { RunningTrials } from './running-trials';
import { FAILURES_SHOWN, RUN_DETAIL_QUERY, RUNNING_SHOWN } from './runs.queries';
import { StatusBadge } from './status-badge';

/**
 * One run, kept live by polling: while it is queued or running the page asks for it every
 * second (the server's runProgress subscription speaks graphql-ws, which the dashboard's
 * same-origin HTTP proxy cannot carry), and stops once it has finished.
 */
export function RunDetail({ id }: { readonly id: string }): ReactNode {
  const [poll, setPoll] = useState(0);
  const { data, loading, error, refetch } = useQuery(RUN_DETAIL_QUERY, {
    variables: { id, failures: FAILURES_SHOWN, running: RUNNING_SHOWN },
    ssr: false,
    pollInterval: poll,
  });
  const status = data?.run.status;
  useEffect(() => setPoll(pollInterval(status)), [status]);

  // A failed poll while data is shown keeps the data; only a first load failing is an error page.
  if (error && !data) return <LoadError what={`run ${id}`} error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading what="the run" />;
  if (!data) return null;
  const run = data.run;
  const percent = progressPercent(run.progress);
  const counts = run.trialCounts;
  const q = `run=${encodeURIComponent(run.id)}`;

  return (
    <>
      <header className="run-head">
        <h1>
          Run <code data-testid="run-id">{run.id}</code> <ImportedMark imported={run.imported} />
        </h1>
        <p className="muted">
          {run.analysis} v{run.analysisVersion} · started {formatTime(run.createdAt)}
          {run.finishedAt && <> · finished {formatTime(run.finishedAt)}</>}
        </p>
        {run.imported && (
          <p className="muted" data-testid="run-provenance">
            Imported {formatTime(run.imported.importedAt)} from a run file: run{' '}
            <code>{run.imported.sourceRunId}</code>, exported {formatTime(run.imported.exportedAt)} by
            Transferlab {run.imported.serverVersion}, sha256 <code>{run.imported.sourceChecksum}</code>. It is
            never executed here.
          </p>
        )}
      </header>
      {error && (
        <p className="inline-error" role="alert">
          Lost contact with the server: {errorMessages(error).join(' ')} (retrying)
        </p>
      )}
      <section className="panel" aria-labelledby="progress-heading">
        <h2 id="progress-heading">
          Progress <StatusBadge status={run.status} />
        </h2>
        <ProgressBar percent={percent} label="Run progress" />
        <p className="muted" data-testid="run-finished-count">
          {counts.completed + counts.failed} of {counts.total} trials finished
          {isActive(run.status) ? ' · updates every second' : ''}
        </p>
        {run.error && (
          <p className="inline-error" role="alert">
            {run.error}
          </p>
        )}
        <dl className="status-counts" aria-label="Trials by status">
          {statusRows(counts).rows.map(({ status: s, count }) => (
            <div key={s} data-trial-status={s}>
              <dt>{s}</dt>
              <dd>{count}</dd>
            </div>
          ))}
        </dl>
        <div className="actions">
          {isActive(run.status) && <CancelButton runId={run.id} />}
          <Link href={`/analyses/${encodeURIComponent(run.analysis)}?${q}`} data-testid="run-analysis-page">
            {run.analysis} page
          </Link>
          <a href={`/runs/${encodeURIComponent(run.id)}/trials.csv`} download>
            Trials (CSV)
          </a>
          {/* A run file is written once the run has finished (the server answers 409 before). */}
          {!isActive(run.status) && (
            <a href={`/runs/${encodeURIComponent(run.id)}/export.json`} download data-testid="run-export">
              Export run
            </a>
          )}
        </div>
      </section>
      {run.runningTrials.length > 0 && <RunningTrials trials={run.runningTrials} running={counts.running} />}
      <RunFailures run={run} />
      <section className="panel" aria-labelledby="params-heading">
        <h2 id="params-heading">Params</h2>
        <pre className="params-json">{JSON.stringify(run.params, null, 2)}</pre>
      </section>
    </>
  );
}
