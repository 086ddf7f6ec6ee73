import type { ReactNode } from 'react';
import { errorMessages } from './error-messages';

/** "Loading …" announced to assistive technology while a query is in flight. */
export function Loading({ what }: { readonly what: string }): ReactNode {
  return (
    <p className="panel muted" role="status" aria-busy="true">
      Loading {what}…
    </p>
  );
}

/** A failed query: what could not be loaded, why, and a retry. */
export function LoadError({
  what,
  error,
  onRetry,
}: {
  readonly what: string;
  readonly error: unknown;
  readonly onRetry: () => void;
}): ReactNode {
  return (
    <div className="panel panel--error" role="alert">
      <p>
        <strong>Cannot load {what}.</strong> {errorMessages(error).join(' ')}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** Nothing to show yet, with what the user can do about it. */
export function Empty({ children }: { readonly children: ReactNode }): ReactNode {
  return <div className="panel empty-state">{children}</div>;
}
