import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { RunPicker } from './run-picker';
import type { AnalysisData } from './use-analysis-data';

/**
 * What the leaderboard and compare pages show before there is something to rank or chart:
 * loading, an error (e.g. the server is down), no runs, or a run without results yet.
 * Returns null once the data is ready.
 */
export function AnalysisStates({
  data,
  onRunChange,
}: {
  readonly data: AnalysisData;
  readonly onRunChange: (runId: string) => void;
}): ReactNode {
  switch (data.state) {
    case 'loading':
      return <LoadingState>{data.what}</LoadingState>;
    case 'error':
      return <ErrorState title={data.what} message={data.message} onRetry={data.retry} />;
    case 'no-runs':
      return (
        <EmptyState title="No runs yet.">
          <p>
            Start a transfer sweep on the <Link href="/runs">Runs</Link> page; its results appear here as its
            trials finish.
          </p>
        </EmptyState>
      );
    case 'no-results':
      return (
        <>
          {data.run && <RunPicker runs={data.runs} runId={data.run.id} onChange={onRunChange} />}
          <EmptyState title="This run has no results yet.">
            <p>
              {data.run
                ? `It is ${data.run.status.toLowerCase()}: ${data.run.completedCount} of ${data.run.trialCount} trials completed${data.run.failedCount ? `, ${data.run.failedCount} failed` : ''}. `
                : ''}
              Results appear here as trials complete (sweeps of the transfer analysis: source, target, n,
              seed). {data.run && <Link href={`/runs/${data.run.id}`}>Open the run</Link>}
            </p>
          </EmptyState>
        </>
      );
    case 'ready':
      return null;
  }
}
