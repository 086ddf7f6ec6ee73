import Link from 'next/link';
import type { ReactNode } from 'react';
import { RunStates } from '../results/run-states';
import type { InfluenceData } from './use-influence-data';

/** What the influence page shows before there are results (RunStates, with its words). Null once ready. */
export function InfluenceStates({
  data,
  onRunChange,
}: {
  readonly data: InfluenceData;
  readonly onRunChange: (runId: string) => void;
}): ReactNode {
  return (
    <RunStates
      data={data}
      onRunChange={onRunChange}
      noRunsTitle="No influence runs yet."
      noRuns={
        <p>
          Start one on the <Link href="/runs/new">new-run</Link> page (analysis <code>influence</code>); its
          figures and galleries appear here as its trials finish.
        </p>
      }
      resultsHint="Figures appear here as trials complete."
    />
  );
}
