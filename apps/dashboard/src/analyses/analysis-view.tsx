'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { pendingState, useRunsPolling } from '../results/run-loading';
import { RunPicker } from '../results/run-picker';
import { RunStates } from '../results/run-states';
import { isActiveRun, pickRunId } from '../results/selection';
import { useUrlParams } from '../results/use-url-params';
import { ErrorState, LoadingState } from '../ui/states';
import { errorText } from '../ui/error-text';
import { ANALYSIS_OUTPUTS_QUERY, ANALYSIS_RUNS_QUERY } from './analyses.queries';
import { CUSTOM_VIEWS } from './custom-views';
import { useBaselineChoice } from './baseline-picker';
import { tableCsvHref } from './csv-href';
import { SeriesColorsProvider } from './series-colors';
import { declaredOptions } from './table-options';
import { ViewPanel } from './view-panel';

/** How often tables are asked for again while the shown run is live. */
const LIVE_POLL_MS = 3_000;
/** The run picker lists this many of the analysis's newest runs (the server's page limit). */
const RUNS_SHOWN = 100;

/**
 * Any analysis's page, drawn from what it declares: its runs, then each declared view over the
 * chosen run's tables, each table's CSV, and the analysis's own view when it ships one.
 */
export function AnalysisView({ analysis }: { readonly analysis: string }): ReactNode {
  const [params, setParams] = useUrlParams();
  const outputsQuery = useQuery(ANALYSIS_OUTPUTS_QUERY, { variables: { analysis }, ssr: false });
  const runsQuery = useQuery(ANALYSIS_RUNS_QUERY, { variables: { analysis, take: RUNS_SHOWN }, ssr: false });
  const runs = runsQuery.data?.runs ?? [];
  const runId = pickRunId(runs, params.get('run'));
  const run = runs.find((r) => r.id === runId);
  const poll = isActiveRun(run) ? LIVE_POLL_MS : 0;
  useRunsPolling(runsQuery, poll);

  const outputs = outputsQuery.data?.analysisOutputs;
  const baseline = useBaselineChoice({ runId, outputs, params, setParams, poll });
  if (!outputs) {
    return outputsQuery.error ? (
      <ErrorState
        title={`Cannot load the analysis '${analysis}'.`}
        message={errorText(outputsQuery.error)}
        onRetry={() => void outputsQuery.refetch()}
      />
    ) : (
      <LoadingState>Loading the analysis…</LoadingState>
    );
  }
  const Custom = Object.hasOwn(CUSTOM_VIEWS, analysis) ? CUSTOM_VIEWS[analysis] : undefined;
  const runsState = runsQuery.data
    ? runId === undefined
      ? { state: 'no-runs' as const }
      : { state: 'ready' as const }
    : pendingState(runsQuery, { loading: 'Loading runs…', failed: 'Cannot load the runs.' });
  const onRunChange = (id: string): void => setParams({ run: id });
  const tables = new Map(outputs.tables.map((t) => [t.name, t]));
  const { options } = baseline;
  const echoes = declaredOptions(outputs.optionsSchema);

  return (
    <SeriesColorsProvider>
      <p className="lead muted" data-testid="analysis-description">
        {outputs.description}
      </p>
      <RunStates
        data={run !== undefined && run.completedCount === 0 ? { state: 'no-results', runs, run } : runsState}
        onRunChange={onRunChange}
        noRunsTitle={`No ${analysis} runs yet.`}
        noRuns={
          <p>
            Start one from <Link href={`/runs/new?analysis=${encodeURIComponent(analysis)}`}>New run</Link>,
            through GraphQL&apos;s startRun or with <code>transferlab run</code>.
          </p>
        }
        resultsHint="Its tables fill in as trials finish."
      />
      {runId !== undefined &&
        runsState.state === 'ready' &&
        !(run !== undefined && run.completedCount === 0) && (
          <>
            <div className="pickers">
              <RunPicker runs={runs} runId={runId} onChange={onRunChange} />
              {baseline.picker}
            </div>
            {outputs.tables.length === 0 && !Custom && (
              <p className="panel muted">
                This analysis declares no output tables; its results are in the run&apos;s{' '}
                <Link href={`/runs/${runId}`}>trials</Link> and GraphQL&apos;s runAggregate.
              </p>
            )}
            {outputs.views.map((v, i) => {
              const table = tables.get(v.table);
              return table ? (
                <ViewPanel
                  key={`${v.table}-${i}`}
                  runId={runId}
                  view={v}
                  table={table}
                  poll={poll}
                  params={params}
                  setParams={setParams}
                  options={options}
                  echoes={echoes}
                />
              ) : null;
            })}
            {Custom && (
              <Custom runId={runId} params={params} setParams={setParams} poll={poll} options={options} />
            )}
            {outputs.tables.length > 0 && (
              <section className="panel" data-testid="table-downloads">
                <h2>Tables</h2>
                <ul>
                  {outputs.tables.map((t) => (
                    <li key={t.name}>
                      <a href={tableCsvHref(runId, t.name, {}, options)} download>
                        {t.name}.csv
                      </a>{' '}
                      <span className="muted">{t.description}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
    </SeriesColorsProvider>
  );
}
