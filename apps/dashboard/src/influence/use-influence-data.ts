'use client';

import { useQuery } from '@apollo/client/react';
import { pendingState, RESULTS_PENDING, RUNS_PENDING, useRunsPolling } from '../results/run-loading';
import { RESULTS_RUNS_QUERY, type RunSummary } from '../results/results.query';
import { isActiveRun, pickRunId } from '../results/selection';
import { LIVE_POLL_MS, RUNS_SHOWN } from '../results/use-analysis-data';
import { errorText } from '../ui/error-text';
import {
  INFLUENCE_RESULTS_QUERY,
  INFLUENCE_RUN_PARAMS_QUERY,
  type InfluenceResults,
} from './influence.queries';

/** The analysis whose runs the influence page lists. */
export const INFLUENCE_ANALYSIS = 'influence';

export type InfluenceData =
  | { readonly state: 'loading'; readonly what: string }
  | { readonly state: 'error'; readonly what: string; readonly message: string; readonly retry: () => void }
  | { readonly state: 'no-runs' }
  | {
      readonly state: 'no-results';
      readonly runs: RunSummary[];
      readonly run: RunSummary | undefined;
      readonly runId: string;
    }
  | {
      readonly state: 'ready';
      readonly runs: RunSummary[];
      readonly run: RunSummary | undefined;
      readonly runId: string;
      readonly results: InfluenceResults;
      /** The run's params (its views say which dataset a target shows); undefined until loaded. */
      readonly params: unknown;
      /** A later poll failed: what is shown may be stale. */
      readonly staleBecause: string | undefined;
    };

/**
 * The influence runs and the chosen run's settings (the URL's run, else the newest with a
 * completed trial), polled while the run is queued or running; deltas against `baseline`
 * (the server's default when null).
 */
export function useInfluenceData(requestedRun: string | null, baseline: string | null): InfluenceData {
  const runsQuery = useQuery(RESULTS_RUNS_QUERY, { variables: { take: RUNS_SHOWN }, ssr: false });
  const runs = (runsQuery.data?.runs ?? []).filter((r) => r.analysis === INFLUENCE_ANALYSIS);
  const runId = pickRunId(runs, requestedRun);
  const run = runs.find((r) => r.id === runId);
  const poll = isActiveRun(run) ? LIVE_POLL_MS : 0;
  const results = useQuery(INFLUENCE_RESULTS_QUERY, {
    variables: { runId: runId ?? '', baseline },
    skip: runId === undefined,
    ssr: false,
    pollInterval: poll,
  });
  const runParams = useQuery(INFLUENCE_RUN_PARAMS_QUERY, {
    variables: { id: runId ?? '' },
    skip: runId === undefined,
    ssr: false,
  });
  useRunsPolling(runsQuery, poll);

  if (!runsQuery.data) return pendingState(runsQuery, RUNS_PENDING);
  if (runId === undefined) return { state: 'no-runs' };
  const data = results.data?.influenceResults;
  if (!data) return pendingState(results, RESULTS_PENDING);
  if (data.settings.length === 0) return { state: 'no-results', runs, run, runId };
  return {
    state: 'ready',
    runs,
    run,
    runId,
    results: data,
    params: runParams.data?.run.params,
    staleBecause: results.error && errorText(results.error),
  };
}
