'use client';

import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { errorMessages } from './error-messages';
import { CANCEL_RUN_MUTATION } from './runs.queries';

/**
 * Cancels the run; the proxy adds the API token, the server's refusal is shown as it words it.
 * The answer's status alone would stop the page's polling with stale trial counts, so the run
 * is fetched again (counts, running trials) before the button lets go.
 */
export function CancelButton({ runId }: { readonly runId: string }): ReactNode {
  const [cancelRun, { loading }] = useMutation(CANCEL_RUN_MUTATION, {
    refetchQueries: ['RunDetail'],
    awaitRefetchQueries: true,
  });
  const [refused, setRefused] = useState<string[]>([]);
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={loading}
        onClick={() => {
          setRefused([]);
          cancelRun({ variables: { id: runId } }).catch((e: unknown) => setRefused(errorMessages(e)));
        }}
      >
        {loading ? 'Cancelling…' : 'Cancel run'}
      </button>
      {refused.length > 0 && (
        <p className="inline-error" role="alert">
          Could not cancel: {refused.join(' ')}
        </p>
      )}
    </>
  );
}
