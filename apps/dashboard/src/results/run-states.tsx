import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import type { RunSummary } from './results.query';
import type { PendingState } from './run-loading';
import { RunPicker } from './run-picker';

/** A results page's data until it is ready: what every analysis page shows the same way. */
export type RunStatesData =
  | PendingState
  | { readonly state: 'no-runs' }
  | {
      readonly state: 'no-results';
      readonly runs: RunSummary[];
      readonly run?: RunSummary | undefined;
      readonly runId?: string;
    }
  | { readonly state: 'ready' };

/**
 * Loading, an error (e.g. the server is down) with a retry, no runs of the page's analysis
 * (`noRunsTitle` and `noRuns` say how to start one), or a chosen run without results yet (its
 * status and counts, `resultsHint`, a link to it). Null once the data is ready.
 */
export function RunStates({
  data,
  onRunChange,
  noRunsTitle,
  noRuns,
  resultsHint,
}: {
  readonly data: RunStatesData;
  readonly onRunChange: (runId: string) => void;
  readonly noRunsTitle: string;
  readonly noRuns: ReactNode;
  readonly resultsHint: string;
}): ReactNode {
  switch (data.state) {
    case 'loading':
      return <LoadingState>{data.what}</LoadingState>;
    case 'error':
      return <ErrorState title={data.what} message={data.message} onRetry={data.retry} />;
    case 'no-runs':
      return <EmptyState title={noRunsTitle}>{noRuns}</EmptyState>;
    case 'no-results': {
      const runId = data.runId ?? data.run?.id;
      const run = data.run;
      return (
        <>
          {runId !== undefined && <RunPicker runs={data.runs} runId={runId} onChange={onRunChange} />}
          <EmptyState title="This run has no results yet.">
            <p>
              {run
                ? `It is ${run.status.toLowerCase()}: ${run.completedCount} of ${run.trialCount} trials completed${run.failedCount ? `, ${run.failedCount} failed` : ''}. `
                : ''}
              {resultsHint} {runId !== undefined && <Link href={`/runs/${runId}`}>Open the run</Link>}
            </p>
          </EmptyState>
        </>
      );
    }
    case 'ready':
      return null;
  }
}
