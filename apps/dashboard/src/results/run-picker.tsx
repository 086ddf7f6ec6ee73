import type { ReactNode } from 'react';
import { ImportedMark } from '../runs/imported-mark';
import { Picker } from '../ui/picker';
import type { RunSummary } from './results.query';
import { isActiveRun, runLabel } from './selection';

/** Which run a page shows, with a live note while it is still running. */
export function RunPicker({
  runs,
  runId,
  onChange,
}: {
  readonly runs: readonly RunSummary[];
  readonly runId: string;
  readonly onChange: (runId: string) => void;
}): ReactNode {
  const run = runs.find((r) => r.id === runId);
  // A run named in a shared link may be older than the runs listed: still offer it.
  const options = run ? runs : [...runs, { id: runId, label: `run ${runId}` }];
  return (
    <div className="run-picker">
      <Picker
        label="Run"
        testId="pick-run"
        value={runId}
        options={options.map((r) => ({ value: r.id, label: 'label' in r ? r.label : runLabel(r) }))}
        onChange={onChange}
      />
      <ImportedMark imported={run?.imported} />
      {run && isActiveRun(run) && (
        <span className="live" role="status" data-testid="run-live">
          live · {Math.floor(run.progress * 100)}% of {run.trialCount} trials finished
        </span>
      )}
    </div>
  );
}
