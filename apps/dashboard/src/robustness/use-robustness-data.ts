'use client';

import { useQuery } from '@apollo/client/react';
import { pendingState, RESULTS_PENDING, RUNS_PENDING, useRunsPolling } from '../results/run-loading';
import { RESULTS_RUNS_QUERY, type RunSummary } from '../results/results.query';
import { isActiveRun, pickRunId } from '../results/selection';
import { LIVE_POLL_MS, RUNS_SHOWN } from '../results/use-analysis-data';
import { errorText } from '../ui/error-text';
import { ROBUSTNESS_RESULTS_QUERY, type RobustnessResults } from './robustness.queries';

/** The analysis whose runs the robustness page lists. */
export const ROBUSTNESS_ANALYSIS = 'robustness';

export type RobustnessData =
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
      readonly results: RobustnessResults;
      /** A later poll failed: what is shown may be stale. */
      readonly staleBecause: string | undefined;
    };

/**
 * The robustness runs and the chosen run's leaderboards and curves (the URL's run, else the
 * newest with a completed trial), polled while the run is queued or running.
 */
export function useRobustnessData(requestedRun: string | null): RobustnessData {
  const runsQuery = useQuery(RESULTS_RUNS_QUERY, { variables: { take: RUNS_SHOWN }, ssr: false });
  const runs = (runsQuery.data?.runs ?? []).filter((r) => r.analysis === ROBUSTNESS_ANALYSIS);
  const runId = pickRunId(runs, requestedRun);
  const run = runs.find((r) => r.id === runId);
  const poll = isActiveRun(run) ? LIVE_POLL_MS : 0;
  const results = useQuery(ROBUSTNESS_RESULTS_QUERY, {
    variables: { runId: runId ?? '' },
    skip: runId === undefined,
    ssr: false,
    pollInterval: poll,
  });
  useRunsPolling(runsQuery, poll);

  if (!runsQuery.data) return pendingState(runsQuery, RUNS_PENDING);
  if (runId === undefined) return { state: 'no-runs' };
  const data = results.data?.robustnessResults;
  if (!data) return pendingState(results, RESULTS_PENDING);
  if (data.boards.length === 0) return { state: 'no-results', runs, run, runId };
  return {
    state: 'ready',
    runs,
    run,
    runId,
    results: data,
    staleBecause: results.error && errorText(results.error),
  };
}
