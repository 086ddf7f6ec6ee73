'use client';

import { useQuery } from '@apollo/client/react';
import {
  pendingState,
  RESULTS_PENDING,
  RUNS_PENDING,
  useRunsPolling,
  type PendingState,
} from '../results/run-loading';
import { RESULTS_RUNS_QUERY, type RunSummary } from '../results/results.query';
import { isActiveRun, pickRunId } from '../results/selection';
import { LIVE_POLL_MS, RUNS_SHOWN } from '../results/use-analysis-data';
import { SALIENCY_RESULTS_QUERY, type SaliencyResults } from './saliency.queries';

export const SALIENCY_ANALYSIS = 'saliency';

export type SaliencyData =
  | PendingState
  | { readonly state: 'no-runs' }
  | { readonly state: 'no-results'; readonly runs: RunSummary[]; readonly runId: string }
  | {
      readonly state: 'ready';
      readonly runs: RunSummary[];
      readonly runId: string;
      readonly results: SaliencyResults;
    };

/** The saliency runs and the chosen run's groups (the URL's run, else the newest), polled while it runs. */
export function useSaliencyData(requestedRun: string | null): SaliencyData {
  const runsQuery = useQuery(RESULTS_RUNS_QUERY, { variables: { take: RUNS_SHOWN }, ssr: false });
  const runs = (runsQuery.data?.runs ?? []).filter((r) => r.analysis === SALIENCY_ANALYSIS);
  const runId = pickRunId(runs, requestedRun);
  const poll = isActiveRun(runs.find((r) => r.id === runId)) ? LIVE_POLL_MS : 0;
  const results = useQuery(SALIENCY_RESULTS_QUERY, {
    variables: { runId: runId ?? '' },
    skip: runId === undefined,
    ssr: false,
    pollInterval: poll,
  });
  useRunsPolling(runsQuery, poll);
  if (!runsQuery.data) return pendingState(runsQuery, RUNS_PENDING);
  if (runId === undefined) return { state: 'no-runs' };
  const data = results.data?.saliencyResults;
  if (!data) return pendingState(results, RESULTS_PENDING);
  if (data.groups.length === 0) return { state: 'no-results', runs, runId };
  return { state: 'ready', runs, runId, results: data };
}
