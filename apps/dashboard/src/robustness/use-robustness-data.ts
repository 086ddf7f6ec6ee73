'use client';

import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
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
  // The run's status and counts change as trials finish: refresh them with the results.
  const { startPolling, stopPolling } = runsQuery;
  useEffect(() => {
    if (poll > 0) startPolling(poll);
    else stopPolling();
    return stopPolling;
  }, [poll, startPolling, stopPolling]);

  if (!runsQuery.data) {
    return runsQuery.error
      ? {
          state: 'error',
          what: 'Cannot load the runs.',
          message: errorText(runsQuery.error),
          retry: () => void runsQuery.refetch(),
        }
      : { state: 'loading', what: 'Loading runs…' };
  }
  if (runId === undefined) return { state: 'no-runs' };
  const data = results.data?.robustnessResults;
  if (!data) {
    return results.error
      ? {
          state: 'error',
          what: 'Cannot load the results of this run.',
          message: errorText(results.error),
          retry: () => void results.refetch(),
        }
      : { state: 'loading', what: 'Loading results…' };
  }
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
