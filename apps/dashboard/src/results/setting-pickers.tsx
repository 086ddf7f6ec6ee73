'use client';

import type { ReactNode } from 'react';
import { Picker } from '../ui/picker';
import { RunPicker } from './run-picker';
import { depthLabel, depthParam, type SettingChoice } from './selection';
import type { AnalysisData } from './use-analysis-data';

type ReadyData = Extract<AnalysisData, { state: 'ready' }>;

/** Says that a later poll failed, so what the page shows may be stale. */
export function StaleNotice({ because }: { readonly because: string | undefined }): ReactNode {
  if (!because) return null;
  return (
    <p className="panel panel--warning" role="status">
      Showing the last results received; refreshing failed: {because}
    </p>
  );
}

/**
 * The choices the leaderboard and compare pages share: run, target dataset and depth, then
 * the page's own pickers (children), then the baseline source for the deltas.
 */
export function SettingPickers({
  data,
  choice,
  onRunChange,
  choose,
  children,
}: {
  readonly data: ReadyData;
  readonly choice: SettingChoice;
  readonly onRunChange: (run: string) => void;
  readonly choose: (changes: Record<string, string>) => void;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <div className="pickers">
      <RunPicker runs={data.runs} runId={data.runId} onChange={onRunChange} />
      <Picker
        label="Target dataset"
        testId="pick-target"
        value={choice.target}
        options={choice.targets.map((t) => ({ value: t, label: t }))}
        onChange={(target) => choose({ target })}
      />
      <Picker
        label="Depth"
        testId="pick-depth"
        value={depthParam(choice.depth)}
        options={choice.depths.map((d) => ({ value: depthParam(d), label: depthLabel(d) }))}
        onChange={(depth) => choose({ depth })}
      />
      {children}
      <Picker
        label="Baseline"
        testId="pick-baseline"
        value={data.baseline ?? ''}
        options={[
          ...(data.baseline ? [] : [{ value: '', label: '(none)' }]),
          ...data.sources.map((s) => ({ value: s, label: s })),
        ]}
        onChange={(baseline) => choose({ baseline })}
      />
    </div>
  );
}
