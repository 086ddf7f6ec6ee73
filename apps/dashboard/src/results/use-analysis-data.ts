'use client';

import { useQuery } from '@apollo/client/react';
import { pendingState, RUNS_PENDING, useRunsPolling } from './run-loading';
import { useEffect } from 'react';
import { errorText } from '../ui/error-text';
import { RESULTS_RUNS_QUERY, RUN_RESULTS_QUERY, type RunSummary, type TargetResults } from './results.query';
import { isActiveRun, pickBaseline, pickRunId, sourcesOf } from './selection';

/** How often results are asked for again while the shown run is still running. */
export const LIVE_POLL_MS = 3_000;
/** The run pickers list this many of the newest runs (the server's page limit). */
export const RUNS_SHOWN = 100;

export type AnalysisData =
  | { readonly state: 'loading'; readonly what: string }
  | { readonly state: 'error'; readonly what: string; readonly message: string; readonly retry: () => void }
  | { readonly state: 'no-runs' }
  | { readonly state: 'no-results'; readonly runs: RunSummary[]; readonly run: RunSummary | undefined }
  | {
      readonly state: 'ready';
      readonly runs: RunSummary[];
      readonly run: RunSummary | undefined;
      readonly runId: string;
      readonly results: TargetResults[];
      readonly sources: string[];
      readonly baseline: string | undefined;
      /** A later poll failed: what is shown may be stale. */
      readonly staleBecause: string | undefined;
    };

/**
 * The runs, the chosen run's aggregates and the baseline, for the leaderboard and compare
 * pages. Results are asked for once without a baseline to learn the sources (the server
 * refuses a baseline the run lacks), then with the chosen baseline for the deltas; both are
 * polled while the run is queued or running so the pages fill in live.
 */
export function useAnalysisData(requested: {
  readonly run: string | null;
  readonly baseline: string | null;
}): AnalysisData {
  const runsQuery = useQuery(RESULTS_RUNS_QUERY, { variables: { take: RUNS_SHOWN }, ssr: false });
  const runs = runsQuery.data?.runs ?? [];
  const runId = pickRunId(runs, requested.run);
  const run = runs.find((r) => r.id === runId);
  const poll = isActiveRun(run) ? LIVE_POLL_MS : 0;

  const plain = useQuery(RUN_RESULTS_QUERY, {
    variables: { runId: runId ?? '' },
    skip: runId === undefined,
    ssr: false,
  });
  const sources = sourcesOf(plain.data?.runResults ?? []);
  const baseline = pickBaseline(sources, requested.baseline);
  // Until a baseline source has results, poll without one; then the baseline query (which
  // carries everything) is the one polled.
  const { startPolling: pollPlain, stopPolling: stopPlain } = plain;
  const pollWithoutBaseline = baseline === undefined ? poll : 0;
  useEffect(() => {
    if (pollWithoutBaseline > 0) pollPlain(pollWithoutBaseline);
    else stopPlain();
    return stopPlain;
  }, [pollWithoutBaseline, pollPlain, stopPlain]);
  const withBaseline = useQuery(RUN_RESULTS_QUERY, {
    variables: { runId: runId ?? '', baseline: baseline ?? null },
    skip: runId === undefined || baseline === undefined,
    ssr: false,
    pollInterval: poll,
  });
  useRunsPolling(runsQuery, poll);

  if (!runsQuery.data) return pendingState(runsQuery, RUNS_PENDING);
  if (runId === undefined) return { state: 'no-runs' };
  const results = withBaseline.data?.runResults ?? plain.data?.runResults;
  if (!results) {
    const failed = plain.error ?? withBaseline.error;
    return failed
      ? {
          state: 'error',
          what: 'Cannot load the results of this run.',
          message: errorText(failed),
          retry: () => void (plain.error ? plain.refetch() : withBaseline.refetch()),
        }
      : { state: 'loading', what: 'Loading results…' };
  }
  if (results.length === 0) return { state: 'no-results', runs, run };
  const staleError = plain.error ?? withBaseline.error;
  return {
    state: 'ready',
    runs,
    run,
    runId,
    results,
    sources: sourcesOf(results),
    baseline,
    staleBecause: staleError && errorText(staleError),
  };
}
