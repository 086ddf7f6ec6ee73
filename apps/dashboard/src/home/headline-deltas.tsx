'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ANALYSIS_RUNS_QUERY, RUN_TABLE_QUERY } from '../analyses/analyses.queries';
import { formatInterval, formatNumber } from '../analyses/cell-values';
import { shortId } from '../runs/format';
import { isActive } from '../runs/run-progress';
import { errorText } from '../ui/error-text';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import {
  headlineRun,
  headlineSource,
  headlineTargets,
  type HeadlineDelta,
  type HeadlineSource,
  type HeadlineTarget,
} from './headline';
import { HOME_ANALYSES_QUERY } from './home.queries';

/** Runs of the headline analysis looked through for the newest with results. */
const RUNS_LOOKED_AT = 20;
/** Rows of the summary table read (the server's page limit). */
const ROWS_READ = 500;
/** While the headline run is still running its figures refresh this often. */
const POLL_MS = 5_000;

/** Robust minus natural per target: read from the analysis whose summary table compares sources with a baseline. */
export function HeadlineDeltas(): ReactNode {
  const q = useQuery(HOME_ANALYSES_QUERY, { ssr: false });
  if (!q.data) {
    return q.error ? (
      <ErrorState
        title="Cannot load the analyses."
        message={errorText(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : (
      <LoadingState>Loading the headline…</LoadingState>
    );
  }
  const source = headlineSource(q.data.analyses);
  if (!source) {
    return (
      <EmptyState title="No registered analysis compares sources with a baseline.">
        <p>The headline reads a summary table with a delta interval per target, data budget and source.</p>
      </EmptyState>
    );
  }
  return <HeadlineFromRuns source={source} />;
}

function HeadlineFromRuns({ source }: { readonly source: HeadlineSource }): ReactNode {
  const runsQ = useQuery(ANALYSIS_RUNS_QUERY, {
    variables: { analysis: source.analysis, take: RUNS_LOOKED_AT },
    ssr: false,
    pollInterval: POLL_MS,
  });
  const run = headlineRun(runsQ.data?.runs ?? []);
  const tableQ = useQuery(RUN_TABLE_QUERY, {
    variables: { runId: run?.id ?? '', table: source.table, take: ROWS_READ, skip: 0 },
    skip: !run,
    ssr: false,
    pollInterval: run && isActive(run.status) ? POLL_MS : 0,
  });

  if (!runsQ.data) {
    return runsQ.error ? (
      <ErrorState
        title="Cannot load the runs."
        message={errorText(runsQ.error)}
        onRetry={() => void runsQ.refetch()}
      />
    ) : (
      <LoadingState>Loading the headline…</LoadingState>
    );
  }
  if (!run) {
    return (
      <EmptyState title={`No ${source.analysis} run has results yet.`}>
        <p>
          <Link href="/runs/new">Start a {source.analysis} run</Link> with a natural and a robust source; each
          source minus the natural one shows here as its trials finish.
        </p>
      </EmptyState>
    );
  }
  if (!tableQ.data) {
    return tableQ.error ? (
      <ErrorState
        title="Cannot load the results."
        message={errorText(tableQ.error)}
        onRetry={() => void tableQ.refetch()}
      />
    ) : (
      <LoadingState>Loading the results…</LoadingState>
    );
  }
  const targets = headlineTargets(tableQ.data.runTable.rows as readonly Readonly<Record<string, unknown>>[]);
  const page = `/analyses/${encodeURIComponent(source.analysis)}?run=${encodeURIComponent(run.id)}`;
  return (
    <div data-testid="headline" data-run={run.id}>
      <p className="muted">
        From {source.analysis} run <Link href={page}>{shortId(run.id)}</Link>
        {isActive(run.status)
          ? `, still running (${run.completedCount} of ${run.trialCount} trials finished): the figures fill in as trials finish.`
          : '.'}{' '}
        Each source&apos;s test accuracy minus the baseline&apos;s (the natural source unless the run&apos;s
        page names another), paired by seed: the mean with its 95% interval, and the paired t-test&apos;s
        p-value, at the smallest and the largest number of training images.
      </p>
      {targets.length === 0 ? (
        <EmptyState title="No source has a paired difference yet.">
          <p>A difference needs a baseline and another source with the same seeds finished.</p>
        </EmptyState>
      ) : (
        targets.map((t) => <TargetHeadline key={t.target} target={t} source={source} />)
      )}
      <p>
        <Link href={page}>All of this run&apos;s results</Link>
      </p>
    </div>
  );
}

function TargetHeadline({
  target,
  source,
}: {
  readonly target: HeadlineTarget;
  readonly source: HeadlineSource;
}): ReactNode {
  const setting =
    target.depth === undefined
      ? ''
      : target.depth === null
        ? ', all layers fine-tuned'
        : `, depth ${target.depth}`;
  const budgets =
    target.smallestN === target.largestN ? [target.smallestN] : [target.smallestN, target.largestN];
  return (
    <section className="panel" aria-label={`Target ${target.target}`} data-target={target.target}>
      <h3>
        {target.target}
        <span className="muted">
          {setting}
          {target.baseline ? `, baseline ${target.baseline}` : ''}
        </span>
      </h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Training</th>
            {budgets.map((n) => (
              <th scope="col" key={n}>
                Δ at n = {formatNumber(n, 'count')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {target.sources.map((s) => (
            <tr key={s.source} data-source={s.source}>
              <td>{s.source}</td>
              <td>{s.training ?? '—'}</td>
              {budgets.map((n) => (
                <td key={n} data-testid={`delta-n-${n}`}>
                  <DeltaText delta={n === target.smallestN ? s.smallest : s.largest} source={source} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DeltaText({
  delta,
  source,
}: {
  readonly delta: HeadlineDelta | undefined;
  readonly source: HeadlineSource;
}): ReactNode {
  if (!delta) return '—';
  const sign = delta.delta.mean > 0 ? '+' : '';
  return (
    <>
      <span className="num">{`${sign}${formatInterval(delta.delta, source.deltaFormat)}`}</span>{' '}
      <span className="muted">
        p {delta.pValue === null ? 'n/a' : formatNumber(delta.pValue, source.pValueFormat ?? 'pvalue')}
      </span>
    </>
  );
}
