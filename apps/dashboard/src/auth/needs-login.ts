import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Thrown by the model upload when the dashboard answers 401: the browser has no session. */
export class LoginRequiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginRequiredError';
  }
}

/**
 * Whether an operation failed for want of a dashboard session: the server refused a mutation
 * that arrived without its token (UNAUTHENTICATED), or the upload route refused the file.
 */
export function needsLogin(error: unknown): boolean {
  if (error instanceof LoginRequiredError) return true;
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

/**
 * Where to go after logging in: a path of this dashboard only (`/runs/new`), never another
 * site (`//evil.test`, `https://…`), which would make the login page an open redirect.
 */
export function afterLoginPath(next: string | null | undefined): string {
  if (
    next === null ||
    next === undefined ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.includes('\\')
  )
    return '/';
  return next;
}

/** The login page's address, coming back to `path` afterwards. */
export function loginHref(path: string): string {
  return `/login?next=${encodeURIComponent(afterLoginPath(path))}`;
}
