import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * What to tell the user about a failed operation: each GraphQL error's message (the server
 * words validation failures itself), or the error's own message for a network failure.
 */
export function errorMessages(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message);
  if (error instanceof Error) return [error.message];
  return [String(error)];
}
