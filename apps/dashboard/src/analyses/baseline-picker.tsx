'use client';

import type { ReactNode } from 'react';
import { Picker } from '../ui/picker';
import type { AnalysisOutputs } from './analyses.queries';
import { BASELINE_OPTION, baselineValuesFrom, chosenOptions, optionDescription } from './table-options';
import { useTablePage } from './use-table-page';

export interface BaselineChoice {
  /** The options every table of the run is asked with. */
  readonly options: Readonly<Record<string, string>>;
  /** The picker; null when the analysis takes no baseline (or its values are not loaded yet). */
  readonly picker: ReactNode;
}

/**
 * A picker for an analysis's `baseline` option, listing the run's values of its model column,
 * the choice kept in the URL as `baseline`; "default" leaves each table its own default.
 */
export function useBaselineChoice({
  runId,
  outputs,
  params,
  setParams,
  poll,
}: {
  readonly runId: string | undefined;
  readonly outputs: AnalysisOutputs | undefined;
  readonly params: URLSearchParams;
  readonly setParams: (changes: Record<string, string | null>) => void;
  readonly poll: number;
}): BaselineChoice {
  const from = outputs ? baselineValuesFrom(outputs) : undefined;
  const page = useTablePage({
    runId: runId ?? '',
    table: from?.table ?? '',
    facets: from ? [from.column] : [],
    take: 1,
    poll,
    skipQuery: runId === undefined || from === undefined,
  });
  if (!from || page.state !== 'ready') return { options: {}, picker: null };
  const values = page.page.facets.find((f) => f.column === from.column)?.values ?? [];
  const options = chosenOptions(params.get(BASELINE_OPTION), values);
  const description = optionDescription(outputs?.optionsSchema, BASELINE_OPTION);
  const picker = (
    <div title={description ?? undefined}>
      <Picker
        label="Baseline"
        testId="pick-baseline"
        value={options[BASELINE_OPTION] ?? ''}
        options={[
          { value: '', label: 'default' },
          ...values.map((v) => ({ value: String(v), label: String(v) })),
        ]}
        onChange={(v) => setParams({ [BASELINE_OPTION]: v === '' ? null : v })}
      />
    </div>
  );
  return { options, picker };
}
