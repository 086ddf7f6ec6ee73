'use client';

import { useEffect } from 'react';
import { errorText } from '../ui/error-text';

/** What a results page shows while one of its queries has no data yet. */
export type PendingState =
  | { readonly state: 'loading'; readonly what: string }
  | { readonly state: 'error'; readonly what: string; readonly message: string; readonly retry: () => void };

/** Keeps the runs list polling while the chosen run is live: its status and counts change as trials finish. */
export function useRunsPolling(
  runsQuery: { readonly startPolling: (ms: number) => void; readonly stopPolling: () => void },
  poll: number,
): void {
  const { startPolling, stopPolling } = runsQuery;
  useEffect(() => {
    if (poll > 0) startPolling(poll);
    else stopPolling();
    return stopPolling;
  }, [poll, startPolling, stopPolling]);
}

/** The state of a query without data: its error (with a retry), else loading. */
export function pendingState(
  query: { readonly error?: unknown; readonly refetch: () => unknown },
  what: { readonly loading: string; readonly failed: string },
): PendingState {
  return query.error
    ? {
        state: 'error',
        what: what.failed,
        message: errorText(query.error),
        retry: () => void query.refetch(),
      }
    : { state: 'loading', what: what.loading };
}

export const RUNS_PENDING = { loading: 'Loading runs…', failed: 'Cannot load the runs.' } as const;
export const RESULTS_PENDING = {
  loading: 'Loading results…',
  failed: 'Cannot load the results of this run.',
} as const;
