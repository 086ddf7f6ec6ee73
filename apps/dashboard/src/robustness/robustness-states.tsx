import Link from 'next/link';
import type { ReactNode } from 'react';
import { RunStates } from '../results/run-states';
import type { RobustnessData } from './use-robustness-data';

/** What the robustness page shows before there is a leaderboard (RunStates, with its words). Null once ready. */
export function RobustnessStates({
  data,
  onRunChange,
}: {
  readonly data: RobustnessData;
  readonly onRunChange: (runId: string) => void;
}): ReactNode {
  return (
    <RunStates
      data={data}
      onRunChange={onRunChange}
      noRunsTitle="No robustness runs yet."
      noRuns={
        <p>
          Start one on the <Link href="/runs/new">new-run</Link> page (analysis <code>robustness</code>); its
          leaderboards appear here as its trials finish.
        </p>
      }
      resultsHint="Leaderboards appear here as trials complete."
    />
  );
}
