import type { ReactNode } from 'react';

/** A page part still loading; role=status so assistive tech (and tests) can find it. */
export function LoadingState({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <p className="panel muted" role="status" aria-busy="true" data-testid="state-loading">
      {children}
    </p>
  );
}

/** A failed request: what failed, the error, and a way to try again. */
export function ErrorState({
  title,
  message,
  onRetry,
}: {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: () => void;
}): ReactNode {
  return (
    <div className="panel panel--error" role="alert" data-testid="state-error">
      <p>
        <strong>{title}</strong> {message}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Nothing to show yet, and what to do about it. */
export function EmptyState({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <div className="panel empty-state" data-testid="state-empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}
