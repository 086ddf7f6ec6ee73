'use client';

import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { LoginNeeded } from '../auth/login-needed';
import { needsLogin } from '../auth/needs-login';
import { errorMessages } from './error-messages';
import { CANCEL_RUN_MUTATION } from './runs.queries';

/**
 * Cancels the run; the proxy adds the API token for a logged-in session, the server's refusal is
 * shown as it words it (with a link to log in when there is no session).
 * The answer's status alone would stop the page's polling with stale trial counts, so the run
 * is fetched again (counts, running trials) before the button lets go.
 */
export function CancelButton({ runId }: { readonly runId: string }): ReactNode {
  const [cancelRun, { loading }] = useMutation(CANCEL_RUN_MUTATION, {
    refetchQueries: ['RunDetail'],
    awaitRefetchQueries: true,
  });
  const [refused, setRefused] = useState<string[]>([]);
  const [loginNeeded, setLoginNeeded] = useState(false);
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={loading}
        onClick={() => {
          setRefused([]);
          setLoginNeeded(false);
          cancelRun({ variables: { id: runId } }).catch((e: unknown) => {
            setRefused(errorMessages(e));
            setLoginNeeded(needsLogin(e));
          });
        }}
      >
        {loading ? 'Cancelling…' : 'Cancel run'}
      </button>
      {refused.length > 0 && (
        <p className="inline-error" role="alert">
          Could not cancel: {refused.join(' ')}
        </p>
      )}
      {loginNeeded && <LoginNeeded />}
    </>
  );
}
