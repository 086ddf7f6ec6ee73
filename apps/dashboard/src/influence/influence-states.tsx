import Link from 'next/link';
import type { ReactNode } from 'react';
import { RunPicker } from '../results/run-picker';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import type { InfluenceData } from './use-influence-data';

/**
 * What the influence page shows before there are results: loading, an error (e.g. the server
 * is down), no influence runs, or a run without results yet. Null once ready.
 */
export function InfluenceStates({
  data,
  onRunChange,
}: {
  readonly data: InfluenceData;
  readonly onRunChange: (runId: string) => void;
}): ReactNode {
  switch (data.state) {
    case 'loading':
      return <LoadingState>{data.what}</LoadingState>;
    case 'error':
      return <ErrorState title={data.what} message={data.message} onRetry={data.retry} />;
    case 'no-runs':
      return (
        <EmptyState title="No influence runs yet.">
          <p>
            Start one on the <Link href="/runs/new">new-run</Link> page (analysis <code>influence</code>); its
            figures and galleries appear here as its trials finish.
          </p>
        </EmptyState>
      );
    case 'no-results':
      return (
        <>
          <RunPicker runs={data.runs} runId={data.runId} onChange={onRunChange} />
          <EmptyState title="This run has no results yet.">
            <p>
              {data.run
                ? `It is ${data.run.status.toLowerCase()}: ${data.run.completedCount} of ${data.run.trialCount} trials completed${data.run.failedCount ? `, ${data.run.failedCount} failed` : ''}. `
                : ''}
              Figures appear here as trials complete. <Link href={`/runs/${data.runId}`}>Open the run</Link>
            </p>
          </EmptyState>
        </>
      );
    case 'ready':
      return null;
  }
}
