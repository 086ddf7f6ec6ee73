import Link from 'next/link';
import type { ReactNode } from 'react';
import { RunStates } from './run-states';
import type { AnalysisData } from './use-analysis-data';

/**
 * What the leaderboard and compare pages show before there is something to rank or chart
 * (RunStates, with the transfer sweep's words). Null once the data is ready.
 */
export function AnalysisStates({
  data,
  onRunChange,
}: {
  readonly data: AnalysisData;
  readonly onRunChange: (runId: string) => void;
}): ReactNode {
  return (
    <RunStates
      data={data}
      onRunChange={onRunChange}
      noRunsTitle="No runs yet."
      noRuns={
        <p>
          Start a transfer sweep on the <Link href="/runs">Runs</Link> page; its results appear here as its
          trials finish.
        </p>
      }
      resultsHint="Results appear here as trials complete (sweeps of the transfer analysis: source, target, n, seed)."
    />
  );
}
