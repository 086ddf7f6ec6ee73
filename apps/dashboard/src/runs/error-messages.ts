import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorText } from '../ui/error-text';

/**
 * What to tell the user about a failed operation, one line per error: each GraphQL error's
 * message (the server words validation failures itself), or the proxy's or network's reason.
 */
export function errorMessages(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message);
  return [errorText(error)];
}
